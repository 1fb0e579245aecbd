export type {
  ProblemSeverity,
  ReadProblem,
  ReadResult,
  ReadOptions,
} from './ReadProblem';
export type {
  ServiceMetadata,
  SecurityProfile,
  MetadataSource,
} from './ServiceMetadata';
export { readServiceMetadata } from './readServiceMetadata';
export { readServiceMetadataSet } from './readServiceMetadataSet';
export type { ServiceMetadataSet } from './readServiceMetadataSet';
export { isValidEntityName } from './entityName';
