/**
 * The graph of one environment as plain JSON, shared by the `graph`
 * command, the backend's topology endpoint and the frontend's topology
 * page. Ids are stable strings prefixed by kind (`service:db`,
 * `network:data_tier`, `tier:data_tier`, `dependency:service:a->service:b`)
 * and every list is sorted by id, so the same mesh always gives the same
 * document.
 *
 * @public
 */
export interface GraphJson {
  /** Format version; bumped on any incompatible change. */
  version: 1;
  /** Environment of the policy the graph is drawn for. */
  environment: string;
  /** Compose project name, when the files give one. */
  project?: string;
  /** Tiers of the policy. */
  tiers: GraphTier[];
  /** Compose networks of the environment. */
  networks: GraphNetwork[];
  /** Compose services of the environment. */
  services: GraphService[];
  /** Attachments, declared dependencies and undeclared reach. */
  edges: GraphEdge[];
  /**
   * At most this many undeclared edges are emitted per service; see
   * {@link GraphService.undeclaredOmitted}.
   */
  undeclaredEdgeLimit: number;
}

/**
 * A tier of the policy.
 *
 * @public
 */
export interface GraphTier {
  /** `tier:<name>`. */
  id: string;
  /** Tier name as the policy spells it. */
  name: string;
  /** Id of the network that implements the tier. */
  network: string;
  /** Whether the policy requires that network to be internal. */
  internal: boolean;
  /** The policy's description of the tier. */
  description?: string;
  /** Ids of the tiers this tier may call, from the policy's flows. */
  flowsTo: string[];
}

/**
 * A compose network.
 *
 * @public
 */
export interface GraphNetwork {
  /** `network:<key>`. */
  id: string;
  /** Compose network key. */
  key: string;
  /** Network name in Docker. */
  name: string;
  /** Whether the network is `internal` (no route out of the host). */
  internal: boolean;
  /** Whether the network is created outside the project. */
  external: boolean;
  /** Id of the tier it implements, when it implements one. */
  tier?: string;
  /** Number of services on it, including those sharing a member's stack. */
  memberCount: number;
}

/**
 * Unwaived findings by severity.
 *
 * @public
 */
export interface GraphFindingCounts {
  /** Unwaived errors. */
  error: number;
  /** Unwaived warnings. */
  warning: number;
  /** Unwaived notes. */
  info: number;
}

/**
 * A compose service.
 *
 * @public
 */
export interface GraphService {
  /** `service:<compose name>`. */
  id: string;
  /** Compose service name. */
  name: string;
  /** Id of the tier its metadata declares, when the tier is known. */
  tier?: string;
  /** Ids of the networks it is on, after following `service:x`. */
  networks: string[];
  /** `networks`, `service`, `host`, `none` or `unresolved`. */
  stack: string;
  /** Host ports it publishes, as `[hostIp:]published:target/protocol`. */
  publishedPorts: string[];
  /**
   * Unwaived findings about the service in this environment, counting
   * also those that hold in every environment (its metadata file).
   */
  findings: GraphFindingCounts;
  /** Whether a metadata file describes the service. */
  hasMetadata: boolean;
  /** Path of its metadata file, relative to the mesh root. */
  metadataFile?: string;
  /**
   * True when the service reaches more undeclared peers than
   * {@link GraphJson.undeclaredEdgeLimit}, so that some are not drawn.
   */
  undeclaredOmitted: boolean;
}

/**
 * The kinds of edge:
 *
 * - `attachment`: a service joins a network (source service, target
 *   network);
 * - `dependency`: a declared dependency the policy allows;
 * - `forbidden`: a declared dependency across tiers with no flow in the
 *   policy;
 * - `undeclared`: two services share a network and neither declares the
 *   other; the source is the service the edge was found from.
 *
 * @public
 */
export type GraphEdgeKind =
  | 'attachment'
  | 'dependency'
  | 'forbidden'
  | 'undeclared';

/**
 * An edge between two nodes.
 *
 * @public
 */
export interface GraphEdge {
  /** `<kind>:<source>-><target>`. */
  id: string;
  kind: GraphEdgeKind;
  /** Id of the service the edge starts from. */
  source: string;
  /** Id of a service, or of a network for attachments. */
  target: string;
  /**
   * Ids of the networks the edge runs over: the attached network, or the
   * networks both services share.
   */
  networks: string[];
  /**
   * For declared dependencies: whether the network lets the call happen
   * (over a shared network or the host).
   */
  reachable?: boolean;
  /** DNS aliases of the service on the network, for attachments. */
  aliases?: string[];
}
