export type {
  ComposeProjectLike,
  ComposeServiceLike,
  ComposePortLike,
  ComposeNetworkLike,
} from './ComposeProjectLike';
export type {
  NetworkStack,
  NetworkAttachment,
  TopologyService,
  TopologyNetwork,
  TopologyTier,
  DependencyEdge,
  UnresolvedDependency,
} from './types';
export { Topology } from './Topology';
export type { HostReach, TopologyParts } from './Topology';
export { buildTopology } from './buildTopology';
export type { TopologyInput } from './buildTopology';
export { toTopologyJson } from './toTopologyJson';
export type {
  TopologyJson,
  TopologyJsonTier,
  TopologyJsonService,
  TopologyJsonNetwork,
  TopologyJsonEdge,
} from './TopologyJson';
