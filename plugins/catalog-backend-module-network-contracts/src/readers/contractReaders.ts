// The catalog reads contract files with the common package's readers, so
// that the catalog, the validator and the CLI report the same problems.
export {
  readNetworkPolicy,
  readServiceMetadataSet,
} from '@internal/plugin-network-contracts-common';
export type {
  NetworkPolicy,
  ReadProblem,
  ServiceMetadata,
} from '@internal/plugin-network-contracts-common';
