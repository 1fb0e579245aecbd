export {
  absoluteCentres,
  edgeSides,
  sourceHandleId,
  targetHandleId,
} from './edgeSides';
export type { Side } from './edgeSides';
export { filterGraph } from './filterGraph';
export type { GraphFilter } from './filterGraph';
export { gridLayout } from './gridLayout';
export {
  GRID_LAYOUT_THRESHOLD,
  layoutGraph,
  toElkGraph,
  UNTIERED_GROUP,
} from './layoutGraph';
export type { GraphLayout, PositionedNode } from './layoutGraph';
export { toFlowElements, edgeStyle } from './toFlowElements';
export type {
  EdgePalette,
  NetworkNodeData,
  ServiceNodeData,
  TierNodeData,
} from './toFlowElements';
