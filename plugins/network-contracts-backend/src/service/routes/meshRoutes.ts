import { InputError } from '@backstage/errors';
import { networkContractsFindingsReadPermission as readPermission } from '@internal/plugin-network-contracts-common';
import Router from 'express-promise-router';
import { EXPORT_FORMATS } from '../NetworkContractsApi';
import { queryEnum, queryString } from '../query';
import { sendCached } from '../ResponseCache';
import { RouteContext } from './RouteContext';

/** Meshes, service contracts, topology and exports. */
export function meshRoutes({ api, access }: RouteContext) {
  const router = Router();

  router.get('/meshes', async (req, res) => {
    await access.request(req, readPermission);
    res.json({ items: await api.listMeshes() });
  });

  router.get('/services/:name', async (req, res) => {
    await access.request(req, readPermission);
    const mesh = queryString(req, 'mesh');
    res.json(await api.serviceContract(req.params.name, mesh));
  });

  router.get('/topology', async (req, res) => {
    await access.request(req, readPermission);
    const environment = queryString(req, 'environment');
    const mesh = queryString(req, 'mesh');
    sendCached(req, res, await api.topologyBody(environment, mesh));
  });

  router.get('/export', async (req, res) => {
    await access.request(req, readPermission);
    const format = queryEnum(req, 'format', EXPORT_FORMATS);
    if (!format) {
      throw new InputError(
        `Missing query parameter "format": use one of ${EXPORT_FORMATS.join(
          ', ',
        )}.`,
      );
    }
    const document = await api.export({
      format,
      environment: queryString(req, 'environment'),
      mesh: queryString(req, 'mesh'),
    });
    res.type(document.contentType).send(document.body);
  });

  return router;
}
