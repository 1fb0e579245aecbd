import { createRouteRef } from '@backstage/frontend-plugin-api';

export const rootRouteRef = createRouteRef();
export const topologyRouteRef = createRouteRef();
export const complianceRouteRef = createRouteRef();

/** A rule's page; the id's `/` travels encoded in the one path segment. */
export const ruleRouteRef = createRouteRef({ params: ['ruleId'] });
