import {
  FINDING_CATEGORIES,
  FINDING_SEVERITIES,
  networkContractsFindingsReadPermission as readPermission,
} from '@internal/plugin-network-contracts-common';
import Router from 'express-promise-router';
import { MAX_FINDINGS_LIMIT } from '../NetworkContractsApi';
import { queryEnum, queryLimit, queryOffset, queryString } from '../query';
import { sendCached } from '../ResponseCache';
import { RouteContext } from './RouteContext';

/** Findings and the compliance view. */
export function findingRoutes({ api, access }: RouteContext) {
  const router = Router();

  router.get('/findings', async (req, res) => {
    await access.request(req, readPermission);
    const waived = queryEnum(req, 'waived', ['true', 'false']);
    const body = await api.findingsBody(
      {
        mesh: queryString(req, 'mesh'),
        environment: queryString(req, 'environment'),
        tier: queryString(req, 'tier'),
        severity: queryEnum(req, 'severity', FINDING_SEVERITIES),
        category: queryEnum(req, 'category', FINDING_CATEGORIES),
        service: queryString(req, 'service'),
        ...(waived && { waived: waived === 'true' }),
      },
      {
        offset: queryOffset(req),
        limit: queryLimit(req, MAX_FINDINGS_LIMIT),
      },
    );
    sendCached(req, res, body);
  });

  router.get('/compliance', async (req, res) => {
    await access.request(req, readPermission);
    res.json(await api.compliance(queryString(req, 'mesh')));
  });

  return router;
}
