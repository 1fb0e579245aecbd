import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { networkContractsApiRef, NetworkContractsClient } from './api';

const legacyRootRouteRef = createRouteRef({ id: 'network-contracts' });
const legacyTopologyRouteRef = createRouteRef({
  id: 'network-contracts:topology',
});
const legacyComplianceRouteRef = createRouteRef({
  id: 'network-contracts:compliance',
});

/**
 * The network-contracts plugin for the legacy frontend system. Apps on the
 * new system import `@internal/plugin-network-contracts/alpha` instead.
 *
 * @public
 */
export const networkContractsPlugin = createPlugin({
  id: 'network-contracts',
  apis: [
    createApiFactory({
      api: networkContractsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new NetworkContractsClient(deps),
    }),
  ],
  routes: {
    root: legacyRootRouteRef,
    topology: legacyTopologyRouteRef,
    compliance: legacyComplianceRouteRef,
  },
});

/**
 * The history of validation runs, as a routable page.
 *
 * @public
 */
export const NetworkContractsPage = networkContractsPlugin.provide(
  createRoutableExtension({
    name: 'NetworkContractsPage',
    mountPoint: legacyRootRouteRef,
    component: () => import('./legacy').then(m => m.LegacyRunHistoryPage),
  }),
);

/**
 * The topology of the mesh, as a routable page.
 *
 * @public
 */
export const TopologyPage = networkContractsPlugin.provide(
  createRoutableExtension({
    name: 'TopologyPage',
    mountPoint: legacyTopologyRouteRef,
    component: () => import('./legacy').then(m => m.LegacyTopologyPage),
  }),
);

/**
 * The compliance view, as a routable page.
 *
 * @public
 */
export const CompliancePage = networkContractsPlugin.provide(
  createRoutableExtension({
    name: 'CompliancePage',
    mountPoint: legacyComplianceRouteRef,
    component: () => import('./legacy').then(m => m.LegacyCompliancePage),
  }),
);

/**
 * The contract card for the overview of a service's entity page.
 *
 * @public
 */
export const EntityNetworkContractCard = networkContractsPlugin.provide(
  createComponentExtension({
    name: 'EntityNetworkContractCard',
    component: {
      lazy: () =>
        import('./components/NetworkContractCard').then(
          m => m.NetworkContractCard,
        ),
    },
  }),
);

/**
 * The contract tab of a service's entity page.
 *
 * @public
 */
export const EntityNetworkContractContent = networkContractsPlugin.provide(
  createComponentExtension({
    name: 'EntityNetworkContractContent',
    component: {
      lazy: () =>
        import('./components/NetworkContractContent').then(
          m => m.NetworkContractContent,
        ),
    },
  }),
);
