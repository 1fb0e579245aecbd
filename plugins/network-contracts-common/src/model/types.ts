import type { ServiceMetadata } from '../metadata/ServiceMetadata';
import type { ComposePortLike } from './ComposeProjectLike';

/**
 * How a service's network stack is set up, from its `network_mode`:
 *
 * - `networks`: attached to compose networks (the default);
 * - `service`: shares the stack of another service (`service:x`), and so
 *   its networks;
 * - `host`: on the host's stack; it reaches other services only through
 *   ports they publish on the host;
 * - `none`: no network at all;
 * - `unresolved`: a mode the model cannot follow (`container:` of a
 *   container outside the project, a `service:` cycle, Docker's legacy
 *   `bridge`); it is treated as reaching nothing.
 *
 * @public
 */
export type NetworkStack =
  | { kind: 'networks' }
  | { kind: 'service'; service: string }
  | { kind: 'host' }
  | { kind: 'none' }
  | { kind: 'unresolved'; mode: string };

/**
 * A service joined to a compose network.
 *
 * @public
 */
export interface NetworkAttachment {
  /** Compose network key. */
  network: string;
  aliases: string[];
  ipv4Address?: string;
}

/**
 * One compose service in the topology.
 *
 * @public
 */
export interface TopologyService {
  /** Compose service name; the service's id in the topology. */
  name: string;
  /** Its metadata file, when one names this compose service. */
  metadata?: ServiceMetadata;
  /** The tier its metadata declares. */
  tier?: string;
  stack: NetworkStack;
  /** Networks it joins itself (empty unless `stack.kind` is `networks`). */
  attachments: NetworkAttachment[];
  /** Network keys it is on, after following `service:x`. */
  networks: string[];
  /** True when its stack, or the one it shares, is the host's. */
  onHostStack: boolean;
  publishedPorts: ComposePortLike[];
  expose: string[];
  hostname?: string;
  containerName?: string;
  /** Services it waits for in compose (`depends_on`). */
  dependsOn: string[];
}

/**
 * One compose network in the topology.
 *
 * @public
 */
export interface TopologyNetwork {
  /** Compose network key; the network's id in the topology. */
  key: string;
  /** Name of the network in Docker. */
  name: string;
  internal: boolean;
  external: boolean;
  driver?: string;
  /** The policy tier this network implements. */
  tier?: string;
  /** Services on it, including those sharing a member's stack. */
  members: string[];
}

/**
 * One policy tier in the topology.
 *
 * @public
 */
export interface TopologyTier {
  name: string;
  /** Compose network key that implements it. */
  network: string;
  /** Whether the policy requires that network to be internal. */
  internal: boolean;
  description?: string;
  intraTier: 'allow' | 'declared';
  /** Compose services whose metadata puts them in this tier. */
  services: string[];
  /** Tiers this tier may reach, from the policy's flows. */
  flowsTo: string[];
}

/**
 * A declared dependency and whether the network lets it happen.
 *
 * @public
 */
export interface DependencyEdge {
  /** Compose service that declares the dependency. */
  from: string;
  /** Compose service it depends on. */
  to: string;
  /** True when `from` can reach `to` over a network or the host. */
  reachable: boolean;
  /** Networks they share. */
  networks: string[];
  /** True when `from` is on the host stack and reaches `to` through it. */
  viaHost: boolean;
}

/**
 * A declared dependency that names no compose service of the project.
 *
 * @public
 */
export interface UnresolvedDependency {
  from: string;
  dependency: string;
}
