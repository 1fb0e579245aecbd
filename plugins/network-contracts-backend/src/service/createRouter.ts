import express from 'express';
import Router from 'express-promise-router';
import { findingRoutes } from './routes/findingRoutes';
import { meshRoutes } from './routes/meshRoutes';
import { RouteContext } from './routes/RouteContext';
import { ruleRoutes } from './routes/ruleRoutes';
import { runRoutes } from './routes/runRoutes';

/**
 * The REST API of the plugin, mounted at `/api/network-contracts`; see
 * `src/schema/openapi.yaml`.
 */
export function createRouter(context: RouteContext): express.Router {
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.use('/v1', meshRoutes(context));
  router.use('/v1', findingRoutes(context));
  router.use('/v1', runRoutes(context));
  router.use('/v1', ruleRoutes(context));

  return router;
}
