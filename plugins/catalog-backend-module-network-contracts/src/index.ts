/**
 * Catalog module that turns network contract files
 * (`.codex/services/*.yaml`, `.codex/network-policy.yaml`) into Component,
 * System, Resource and Domain entities.
 *
 * @packageDocumentation
 */

export { catalogModuleNetworkContracts as default } from './module';
export { NetworkContractsProvider } from './provider/NetworkContractsProvider';
export type { NetworkContractsRunSummary } from './provider/NetworkContractsProvider';
export { readProviderConfigs } from './provider/readProviderConfigs';
export type { NetworkContractsProviderConfig } from './provider/readProviderConfigs';
export { NetworkContractsProcessor } from './processor/NetworkContractsProcessor';
export {
  buildContractEntities,
  DEFAULT_LIFECYCLE,
  DEFAULT_NAMESPACE,
  DEFAULT_OWNER,
} from './mapping/buildContractEntities';
export type {
  ContractEntities,
  ContractEntityOptions,
  ContractFileLocation,
  RejectedContractFile,
} from './mapping/buildContractEntities';
export { problemLocationEntity } from './mapping/problemLocationEntity';
export * from './mapping/constants';
