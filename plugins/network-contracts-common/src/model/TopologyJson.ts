/**
 * The topology of one environment as plain JSON: what the `graph` command
 * prints, the REST API returns and the frontend draws. Ids are prefixed by
 * kind (`service:db`, `network:data_tier`, `tier:data_tier`) so they are
 * unique across node kinds, and every list is sorted by id so that the same
 * input always gives the same document.
 *
 * @public
 */
export interface TopologyJson {
  /** Format version; bumped on any incompatible change. */
  version: 1;
  /** Compose project name. */
  project?: string;
  /** Environment name, when the caller gave one. */
  environment?: string;
  nodes: {
    tiers: TopologyJsonTier[];
    services: TopologyJsonService[];
    networks: TopologyJsonNetwork[];
  };
  edges: TopologyJsonEdge[];
  /** Declared dependencies that name no service of the project. */
  unresolvedDependencies: { from: string; dependency: string }[];
}

/**
 * A tier node, with the services its metadata puts in it.
 *
 * @public
 */
export interface TopologyJsonTier {
  id: string;
  name: string;
  /** Id of the network that implements it. */
  network: string;
  /** Whether the policy requires that network to be internal. */
  internal: boolean;
  description?: string;
  /** Ids of its services. */
  services: string[];
}

/**
 * A service node.
 *
 * @public
 */
export interface TopologyJsonService {
  id: string;
  /** Compose service name. */
  name: string;
  /** Catalog entity name, when the service has metadata. */
  entityName?: string;
  tier?: string;
  /** Path of the metadata file, when there is one. */
  metadataFile?: string;
  /** `networks`, `service`, `host`, `none` or `unresolved`. */
  stack: string;
  /** Id of the service whose stack it shares, for `service`. */
  sharesStackWith?: string;
  publishedPorts: {
    target: number;
    published?: string;
    hostIp?: string;
    protocol: string;
  }[];
  expose: string[];
  hostname?: string;
  containerName?: string;
}

/**
 * A network node.
 *
 * @public
 */
export interface TopologyJsonNetwork {
  id: string;
  /** Compose network key. */
  key: string;
  /** Docker network name. */
  name: string;
  internal: boolean;
  external: boolean;
  /** Id of the tier it implements. */
  tier?: string;
  /** Number of services on it, including those sharing a stack. */
  memberCount: number;
}

/**
 * An edge: a service attached to a network, a declared dependency between
 * services, or a flow the policy allows between tiers.
 *
 * @public
 */
export type TopologyJsonEdge =
  | {
      kind: 'attachment';
      /** Service id. */
      from: string;
      /** Network id. */
      to: string;
      aliases: string[];
      ipv4Address?: string;
    }
  | {
      kind: 'dependency';
      from: string;
      to: string;
      reachable: boolean;
      /** Ids of the networks the two services share. */
      networks: string[];
      viaHost: boolean;
    }
  | { kind: 'flow'; from: string; to: string };
