export type {
  GraphJson,
  GraphTier,
  GraphNetwork,
  GraphService,
  GraphFindingCounts,
  GraphEdge,
  GraphEdgeKind,
} from './GraphJson';
export { toGraphJson } from './toGraphJson';
export { toDot } from './toDot';
export { toMermaid } from './toMermaid';
export { toSvg } from './toSvg';
export { diffValidations } from './diffValidations';
export type { MeshDiff, EnvironmentDiff, ReachChange } from './diffValidations';
