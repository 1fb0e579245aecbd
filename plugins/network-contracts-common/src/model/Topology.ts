import type { ServiceMetadata } from '../metadata/ServiceMetadata';
import type { ComposePortLike } from './ComposeProjectLike';
import type {
  DependencyEdge,
  TopologyNetwork,
  TopologyService,
  TopologyTier,
  UnresolvedDependency,
} from './types';

/**
 * How a service on the host stack reaches another one: through the ports
 * the other publishes, or through everything it listens on when both are
 * on the host stack.
 *
 * @public
 */
export interface HostReach {
  ports: ComposePortLike[];
  sameStack: boolean;
}

/**
 * The parts a topology is made of, as `buildTopology` computes them.
 *
 * @public
 */
export interface TopologyParts {
  project?: string;
  services: TopologyService[];
  networks: TopologyNetwork[];
  tiers: TopologyTier[];
  dependencies: DependencyEdge[];
  unresolvedDependencies: UnresolvedDependency[];
  /** Metadata files whose compose service is not in the project. */
  unplacedMetadata: ServiceMetadata[];
}

/**
 * Services, networks and tiers of one environment, with reachability kept
 * as network membership: answering "can a reach b" costs the number of
 * networks of one of them, never a list of all pairs.
 *
 * @public
 */
export class Topology {
  readonly project?: string;
  readonly services: ReadonlyMap<string, TopologyService>;
  readonly networks: ReadonlyMap<string, TopologyNetwork>;
  readonly tiers: ReadonlyMap<string, TopologyTier>;
  readonly dependencies: ReadonlyArray<DependencyEdge>;
  readonly unresolvedDependencies: ReadonlyArray<UnresolvedDependency>;
  readonly unplacedMetadata: ReadonlyArray<ServiceMetadata>;

  private readonly networkSets = new Map<string, ReadonlySet<string>>();
  private readonly declared = new Map<string, Set<string>>();
  private readonly edgesFrom = new Map<string, DependencyEdge[]>();

  constructor(parts: TopologyParts) {
    this.project = parts.project;
    this.services = new Map(parts.services.map(s => [s.name, s]));
    this.networks = new Map(parts.networks.map(n => [n.key, n]));
    this.tiers = new Map(parts.tiers.map(t => [t.name, t]));
    this.dependencies = parts.dependencies;
    this.unresolvedDependencies = parts.unresolvedDependencies;
    this.unplacedMetadata = parts.unplacedMetadata;

    for (const service of parts.services) {
      this.networkSets.set(service.name, new Set(service.networks));
    }
    // A connection, once open, carries traffic both ways: a pair counts as
    // declared when either side declares the other.
    for (const edge of parts.dependencies) {
      this.declarePair(edge.from, edge.to);
      this.declarePair(edge.to, edge.from);
      const list = this.edgesFrom.get(edge.from) ?? [];
      list.push(edge);
      this.edgesFrom.set(edge.from, list);
    }
  }

  /**
   * Networks `a` and `b` share, sorted; empty when they cannot reach each
   * other over a network. Services on the host stack or without a network
   * share none: see {@link Topology.hostReach}.
   */
  canReach(a: string, b: string): string[] {
    const left = this.networkSets.get(a);
    const right = this.networkSets.get(b);
    if (!left || !right || a === b) {
      return [];
    }
    // No pair array to pick the smaller set: this runs per finding.
    const small = left.size <= right.size ? left : right;
    const large = small === left ? right : left;
    const shared: string[] = [];
    for (const network of small) {
      if (large.has(network)) {
        shared.push(network);
      }
    }
    return shared.sort();
  }

  /**
   * What `a` reaches of `b` through the host, when `a` is on the host
   * stack; undefined otherwise. Services on compose networks can also
   * reach the host's published ports, but that is ingress, not a path
   * inside the mesh, and is not modelled here.
   */
  hostReach(a: string, b: string): HostReach | undefined {
    const from = this.services.get(a);
    const to = this.services.get(b);
    if (!from?.onHostStack || !to || a === b) {
      return undefined;
    }
    return { ports: to.publishedPorts, sameStack: to.onHostStack };
  }

  /**
   * Services `a` shares at least one network with, each once, computed as
   * they are consumed.
   */
  *peersOf(a: string): IterableIterator<string> {
    const seen = new Set<string>([a]);
    for (const network of this.networkSets.get(a) ?? []) {
      for (const member of this.networks.get(network)?.members ?? []) {
        if (!seen.has(member)) {
          seen.add(member);
          yield member;
        }
      }
    }
  }

  /**
   * Peers of `a` that neither declares as a dependency of the other, with
   * the networks that connect them. Lazy, so a rule can walk one service at
   * a time without holding every pair of the mesh.
   */
  *undeclaredPeersOf(
    a: string,
  ): IterableIterator<{ peer: string; networks: string[] }> {
    const declared = this.declared.get(a);
    for (const peer of this.peersOf(a)) {
      if (!declared?.has(peer)) {
        yield { peer, networks: this.canReach(a, peer) };
      }
    }
  }

  /** Whether `a` or `b` declares the other as a dependency. */
  isDeclared(a: string, b: string): boolean {
    return this.declared.get(a)?.has(b) ?? false;
  }

  /** Dependencies `a` declares. */
  dependenciesOf(a: string): DependencyEdge[] {
    return this.edgesFrom.get(a) ?? [];
  }

  private declarePair(a: string, b: string) {
    const set = this.declared.get(a) ?? new Set<string>();
    set.add(b);
    this.declared.set(a, set);
  }
}
