import type { NetworkPolicy } from '../policy/NetworkPolicy';

/** Lookups over a policy that several rules need. */
export interface PolicyIndex {
  /** Tier implemented by each compose network key. */
  tierOfNetwork: ReadonlyMap<string, string>;
  /** Whether services of `from` may join the network of `to`. */
  flowAllowed(from: string, to: string): boolean;
  /** Whether the tier must be isolated (its network `internal`). */
  isIsolated(tier: string | undefined): boolean;
}

const cache = new WeakMap<NetworkPolicy, PolicyIndex>();

/** Builds, once per policy object, the lookups rules share. */
export function policyIndex(policy: NetworkPolicy): PolicyIndex {
  const cached = cache.get(policy);
  if (cached) {
    return cached;
  }

  const tierOfNetwork = new Map<string, string>();
  for (const [name, tier] of Object.entries(policy.tiers)) {
    tierOfNetwork.set(tier.network, name);
  }
  const flows = new Set(policy.flows.map(f => `${f.from}\n${f.to}`));
  const index: PolicyIndex = {
    tierOfNetwork,
    flowAllowed: (from, to) => from === to || flows.has(`${from}\n${to}`),
    isIsolated: tier =>
      tier !== undefined &&
      Object.prototype.hasOwnProperty.call(policy.tiers, tier) &&
      policy.tiers[tier].internal,
  };
  cache.set(policy, index);
  return index;
}

/** Whether the policy defines the tier. */
export function isKnownTier(
  policy: NetworkPolicy,
  tier: string | undefined,
): tier is string {
  return (
    tier !== undefined &&
    Object.prototype.hasOwnProperty.call(policy.tiers, tier)
  );
}
