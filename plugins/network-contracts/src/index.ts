/**
 * The network-contracts frontend plugin. The package root serves the
 * legacy frontend system; `/alpha` holds the new system's plugin.
 *
 * @packageDocumentation
 */

export {
  networkContractsPlugin,
  NetworkContractsPage,
  TopologyPage,
  CompliancePage,
  EntityNetworkContractCard,
  EntityNetworkContractContent,
} from './plugin';
export * from './api';
export { hasNetworkContract } from './lib/contract/tier';
export { NetworkContractCard } from './components/NetworkContractCard';
export type { NetworkContractCardProps } from './components/NetworkContractCard';
export { NetworkContractContent } from './components/NetworkContractContent';
export { ServiceContractView } from './components/ServiceContractView';
export type { ServiceContractViewProps } from './components/ServiceContractView';
export { TopologyGraph } from './components/TopologyGraph';
export type { TopologyGraphProps } from './components/TopologyGraph';
export { TierPicker, TierFilter } from './components/TierPicker';
export { RunHistoryPage } from './components/RunHistoryPage';
export { RulePage } from './components/RulePage';
export type { RulePageProps } from './components/RulePage';
