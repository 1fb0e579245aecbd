export {
  NetworkContractCard,
  hasNetworkContract,
  TIER_LABEL,
} from './NetworkContractCard';
