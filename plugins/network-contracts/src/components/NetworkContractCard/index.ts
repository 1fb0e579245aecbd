export { NetworkContractCard } from './NetworkContractCard';
export type { NetworkContractCardProps } from './NetworkContractCard';
export { hasNetworkContract } from '../../lib/contract/tier';
