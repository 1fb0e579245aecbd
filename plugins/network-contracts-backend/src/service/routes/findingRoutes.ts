import {
  FindingCategory,
  networkContractsFindingsReadPermission as readPermission,
} from '@internal/plugin-network-contracts-common';
import Router from 'express-promise-router';
import { queryEnum, queryString } from '../query';
import { sendCached } from '../ResponseCache';
import { RouteContext } from './RouteContext';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const CATEGORIES: readonly FindingCategory[] = [
  'metadata',
  'tier',
  'isolation',
  'reachability',
  'dns',
  'ports',
  'identity',
  'hazard',
  'drift',
  'waiver',
];

/** Findings and the compliance view. */
export function findingRoutes({ api, access }: RouteContext) {
  const router = Router();

  router.get('/findings', async (req, res) => {
    await access.request(req, readPermission);
    const waived = queryEnum(req, 'waived', ['true', 'false']);
    const body = await api.findingsBody({
      mesh: queryString(req, 'mesh'),
      environment: queryString(req, 'environment'),
      tier: queryString(req, 'tier'),
      severity: queryEnum(req, 'severity', SEVERITIES),
      category: queryEnum(req, 'category', CATEGORIES),
      service: queryString(req, 'service'),
      ...(waived && { waived: waived === 'true' }),
    });
    sendCached(req, res, body);
  });

  router.get('/compliance', async (req, res) => {
    await access.request(req, readPermission);
    res.json(await api.compliance(queryString(req, 'mesh')));
  });

  return router;
}
