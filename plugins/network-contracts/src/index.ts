/**
 * The network-contracts frontend plugin.
 *
 * @packageDocumentation
 */

export { networkContractsPlugin as default } from './plugin';
export * from './api';
export {
  NetworkContractCard,
  hasNetworkContract,
} from './components/NetworkContractCard';
export { RunHistoryPage } from './components/RunHistoryPage';
