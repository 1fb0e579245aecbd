import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { RunStore } from '../database/RunStore';

/** What the router needs from the plugin. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  runs: RunStore;
}

const MAX_LIMIT = 500;

function parseLimit(value: unknown): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const limit = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(limit) || limit < 1) {
    throw new InputError(
      `Invalid query parameter "limit": expected a whole number from 1 to ${MAX_LIMIT}`,
    );
  }
  return Math.min(limit, MAX_LIMIT);
}

/**
 * The REST API of the plugin, mounted at `/api/network-contracts`.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, runs } = options;
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/v1/runs', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const source =
      typeof req.query.source === 'string' ? req.query.source : undefined;
    const items = await runs.listRuns({
      source,
      limit: parseLimit(req.query.limit),
    });
    res.json({ items });
  });

  router.get('/v1/runs/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await runs.getRun(req.params.id));
  });

  return router;
}
