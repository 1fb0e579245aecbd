import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { hasNetworkContract } from './lib/contract/tier';
import { networkContractsApiRef, NetworkContractsClient } from './api';
import { rootRouteRef } from './routes';

const networkContractsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: networkContractsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new NetworkContractsClient(deps),
    }),
});

const runHistoryPage = PageBlueprint.make({
  params: {
    path: '/network-contracts',
    title: 'Network contracts',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/RunHistoryPage').then(m => <m.RunHistoryPage />),
  },
});

const networkContractCard = EntityCardBlueprint.make({
  name: 'contract',
  params: {
    filter: hasNetworkContract,
    loader: () =>
      import('./components/NetworkContractCard').then(m => (
        <m.NetworkContractCard />
      )),
  },
});

const networkContractContent = EntityContentBlueprint.make({
  name: 'contract',
  params: {
    path: 'network-contract',
    title: 'Network contract',
    filter: hasNetworkContract,
    loader: () =>
      import('./components/NetworkContractContent').then(m => (
        <m.NetworkContractContent />
      )),
  },
});

/**
 * The network-contracts frontend plugin: each service's network contract on
 * its entity page, and the history of validation runs.
 *
 * @public
 */
export const networkContractsPlugin = createFrontendPlugin({
  pluginId: 'network-contracts',
  info: { packageJson: () => import('../package.json') },
  extensions: [
    networkContractsApi,
    runHistoryPage,
    networkContractCard,
    networkContractContent,
  ],
  routes: {
    root: rootRouteRef,
  },
});
