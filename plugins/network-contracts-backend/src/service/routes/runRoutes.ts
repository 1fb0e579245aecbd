import { InputError } from '@backstage/errors';
import {
  networkContractsFindingsReadPermission as readPermission,
  networkContractsRunCreatePermission as createPermission,
} from '@internal/plugin-network-contracts-common';
import Router from 'express-promise-router';
import { queryLimit, queryString } from '../query';
import { RouteContext } from './RouteContext';

/** The run history, and runs on demand. */
export function runRoutes({ api, access }: RouteContext) {
  const router = Router();

  router.get('/runs', async (req, res) => {
    await access.request(req, readPermission);
    const items = await api.listRuns({
      mesh: queryString(req, 'mesh'),
      limit: queryLimit(req),
    });
    res.json({ items });
  });

  router.get('/runs/:id', async (req, res) => {
    await access.request(req, readPermission);
    res.json(await api.getRun(req.params.id));
  });

  router.post('/runs', async (req, res) => {
    await access.request(req, createPermission);
    const mesh = req.body?.mesh;
    const extra = Object.keys(req.body ?? {}).filter(key => key !== 'mesh');
    if (extra.length > 0 || (mesh !== undefined && typeof mesh !== 'string')) {
      throw new InputError(
        `Invalid body: expected { "mesh"?: string }, got ${
          extra.length > 0 ? `"${extra[0]}"` : 'a non-string "mesh"'
        }.`,
      );
    }
    res.status(202).json({ items: await api.startRuns(mesh) });
  });

  return router;
}
