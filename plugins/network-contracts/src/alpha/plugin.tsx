import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  CatalogFilterBlueprint,
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import HistoryIcon from '@material-ui/icons/History';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { networkContractsApiRef, NetworkContractsClient } from '../api';
import { hasNetworkContract } from '../lib/contract/tier';
import {
  complianceRouteRef,
  rootRouteRef,
  ruleRouteRef,
  topologyRouteRef,
} from '../routes';

const networkContractsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: networkContractsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new NetworkContractsClient(deps),
    }),
});

// Run history has a path of its own rather than the plugin's root: the
// sidebar marks an item active on every page below its path, so a page at
// `/network-contracts` would light up on the topology and compliance too.
const runHistoryPage = PageBlueprint.make({
  params: {
    path: '/network-contracts/runs',
    title: 'Validation runs',
    icon: <HistoryIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('../components/RunHistoryPage').then(m => <m.RunHistoryPage />),
  },
});

const topologyPage = PageBlueprint.make({
  name: 'topology',
  params: {
    path: '/network-contracts/topology',
    title: 'Topology',
    icon: <AccountTreeIcon fontSize="inherit" />,
    routeRef: topologyRouteRef,
    loader: () =>
      import('../components/TopologyPage').then(m => <m.TopologyPage />),
  },
});

const compliancePage = PageBlueprint.make({
  name: 'compliance',
  params: {
    path: '/network-contracts/compliance',
    title: 'Compliance',
    icon: <VerifiedUserIcon fontSize="inherit" />,
    routeRef: complianceRouteRef,
    loader: () =>
      import('../components/CompliancePage').then(m => <m.CompliancePage />),
  },
});

// No icon, so that the page stays out of the sidebar: it needs a rule id.
const rulePage = PageBlueprint.make({
  name: 'rule',
  params: {
    path: '/network-contracts/rules/:ruleId',
    title: 'Rule',
    routeRef: ruleRouteRef,
    loader: () => import('../components/RulePage').then(m => <m.RulePage />),
  },
});

const networkContractCard = EntityCardBlueprint.make({
  name: 'contract',
  params: {
    filter: hasNetworkContract,
    loader: () =>
      import('../components/NetworkContractCard').then(m => (
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
      import('../components/NetworkContractContent').then(m => (
        <m.NetworkContractContent />
      )),
  },
});

const tierFilter = CatalogFilterBlueprint.make({
  name: 'tier',
  params: {
    loader: () =>
      import('../components/TierPicker').then(m => <m.TierPicker />),
  },
});

/**
 * The network-contracts plugin for the new frontend system: the contract
 * card and tab on service pages, the topology and compliance pages, the
 * run history and a tier filter on the catalog.
 *
 * @alpha
 */
export const networkContractsPlugin = createFrontendPlugin({
  pluginId: 'network-contracts',
  info: { packageJson: () => import('../../package.json') },
  extensions: [
    networkContractsApi,
    runHistoryPage,
    topologyPage,
    compliancePage,
    rulePage,
    networkContractCard,
    networkContractContent,
    tierFilter,
  ],
  routes: {
    root: rootRouteRef,
    topology: topologyRouteRef,
    compliance: complianceRouteRef,
    rule: ruleRouteRef,
  },
});
