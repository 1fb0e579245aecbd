export type {
  NetworkPolicy,
  PolicyTier,
  PolicyFlow,
  PolicyEnvironment,
  PolicyWaiver,
  RuleSeverityOverride,
} from './NetworkPolicy';
export { readNetworkPolicy } from './readNetworkPolicy';
