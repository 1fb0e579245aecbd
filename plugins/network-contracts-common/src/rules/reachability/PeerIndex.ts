import type { TopologyService } from '../../model/types';
import type { Topology } from '../../model/Topology';
import type { NetworkPolicy } from '../../policy/NetworkPolicy';
import { isKnownTier } from '../policyIndex';

/** Services that join exactly the same networks. */
interface Group {
  networks: ReadonlySet<string>;
  size: number;
  /** Members by tier; `''` for services without a known tier. */
  byTier: Map<string, string[]>;
}

/** What a service reaches without a declaration. */
export interface UndeclaredPeers {
  count: number;
  /** A few of them, in compose order. */
  sample: string[];
}

const SAMPLE_SIZE = 3;

/** Shared by the many services that declare nothing, never written. */
const NONE_DECLARED: ReadonlySet<string> = new Set();

/**
 * Counts, for one service at a time, the peers it reaches without a
 * declared dependency. Services are grouped by the exact set of networks
 * they join, so the cost per service is the number of groups it touches
 * plus its declared dependencies, never the number of its peers: a flat
 * network of 10,000 services is one group.
 */
export class PeerIndex {
  private readonly groups = new Map<string, Group>();
  private readonly groupsByNetwork = new Map<string, Group[]>();
  private readonly tierCountOnNetwork = new Map<string, number>();
  private readonly declared = new Map<string, Set<string>>();
  private readonly reachCache = new Map<string, Group[]>();

  constructor(
    private readonly topology: Topology,
    private readonly policy: NetworkPolicy,
  ) {
    for (const service of topology.services.values()) {
      if (service.networks.length === 0) {
        continue;
      }
      const key = signature(service.networks);
      let group = this.groups.get(key);
      if (!group) {
        group = {
          networks: new Set(service.networks),
          size: 0,
          byTier: new Map(),
        };
        this.groups.set(key, group);
        for (const network of group.networks) {
          const list = this.groupsByNetwork.get(network) ?? [];
          list.push(group);
          this.groupsByNetwork.set(network, list);
        }
      }
      const tier = this.tierKey(service);
      group.size++;
      const members = group.byTier.get(tier) ?? [];
      members.push(service.name);
      group.byTier.set(tier, members);
      for (const network of service.networks) {
        const countKey = `${network}\n${tier}`;
        this.tierCountOnNetwork.set(
          countKey,
          (this.tierCountOnNetwork.get(countKey) ?? 0) + 1,
        );
      }
    }

    // A connection carries traffic both ways, so either side's
    // declaration covers the pair.
    for (const edge of topology.dependencies) {
      this.declare(edge.from, edge.to);
      this.declare(edge.to, edge.from);
    }
  }

  /** The peers `service` reaches that neither side declares. */
  undeclaredPeersOf(service: TopologyService): UndeclaredPeers {
    if (service.networks.length === 0) {
      return { count: 0, sample: [] };
    }
    const groups = this.groupsReachedFrom(service.networks);
    const reachable = groups.reduce((sum, g) => sum + g.size, 0) - 1;

    const tier = this.tierKey(service);
    const tierNetwork = this.intraTierNetwork(service);
    const exempt = tierNetwork
      ? (this.tierCountOnNetwork.get(`${tierNetwork}\n${tier}`) ?? 1) - 1
      : 0;
    const isExempt = (peer: TopologyService) =>
      tierNetwork !== undefined &&
      this.tierKey(peer) === tier &&
      peer.networks.includes(tierNetwork);

    const declared = this.declared.get(service.name) ?? NONE_DECLARED;
    let declaredReachable = 0;
    for (const name of declared) {
      const peer = this.topology.services.get(name);
      if (
        peer &&
        name !== service.name &&
        !isExempt(peer) &&
        this.topology.canReach(service.name, name).length > 0
      ) {
        declaredReachable++;
      }
    }

    const count = reachable - exempt - declaredReachable;
    const sample: string[] = [];
    if (count > 0) {
      for (const group of groups) {
        for (const [memberTier, members] of group.byTier) {
          if (
            tierNetwork !== undefined &&
            memberTier === tier &&
            group.networks.has(tierNetwork)
          ) {
            continue;
          }
          for (const member of members) {
            if (sample.length >= SAMPLE_SIZE) {
              break;
            }
            if (member !== service.name && !declared.has(member)) {
              sample.push(member);
            }
          }
        }
      }
    }
    return { count, sample };
  }

  private tierKey(service: TopologyService): string {
    return isKnownTier(this.policy, service.tier) ? service.tier : '';
  }

  /**
   * The tier network over which `service` may reach its own tier without
   * declaring it, when the policy says `intra_tier: allow`.
   */
  private intraTierNetwork(service: TopologyService): string | undefined {
    if (!isKnownTier(this.policy, service.tier)) {
      return undefined;
    }
    const tier = this.policy.tiers[service.tier];
    return tier.intraTier === 'allow' && service.networks.includes(tier.network)
      ? tier.network
      : undefined;
  }

  private groupsReachedFrom(networks: string[]): Group[] {
    const key = signature(networks);
    const cached = this.reachCache.get(key);
    if (cached) {
      return cached;
    }
    const seen = new Set<Group>();
    for (const network of networks) {
      for (const group of this.groupsByNetwork.get(network) ?? []) {
        seen.add(group);
      }
    }
    const groups = [...seen];
    this.reachCache.set(key, groups);
    return groups;
  }

  private declare(a: string, b: string) {
    const set = this.declared.get(a) ?? new Set<string>();
    set.add(b);
    this.declared.set(a, set);
  }
}

function signature(networks: ReadonlyArray<string>): string {
  return [...networks].sort().join('\n');
}

const cache = new WeakMap<Topology, PeerIndex>();

/** One index per topology, shared by the rules of a validation. */
export function peerIndexOf(
  topology: Topology,
  policy: NetworkPolicy,
): PeerIndex {
  let index = cache.get(topology);
  if (!index) {
    index = new PeerIndex(topology, policy);
    cache.set(topology, index);
  }
  return index;
}
