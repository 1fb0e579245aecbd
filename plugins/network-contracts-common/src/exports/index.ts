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
