import { createRouteRef } from '@backstage/frontend-plugin-api';

export const rootRouteRef = createRouteRef();
export const topologyRouteRef = createRouteRef();
export const complianceRouteRef = createRouteRef();
