export { networkContractsApiRef } from './NetworkContractsApi';
export type { NetworkContractsApi } from './NetworkContractsApi';
export { NetworkContractsClient } from './NetworkContractsClient';
export type {
  Compliance,
  ComplianceWaiver,
  ContractFinding,
  EffectiveNetwork,
  ExportFormat,
  FindingsQuery,
  GraphJson,
  MeshSummary,
  RuleDoc,
  RunCounts,
  ServiceContract,
  ServiceContractMetadata,
  SeverityCounts,
  ValidationRun,
} from './types';
