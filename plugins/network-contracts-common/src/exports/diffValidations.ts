import type { Topology } from '../model/Topology';
import type { Finding } from '../rules/Finding';
import type { ValidationResult } from '../rules/MeshInput';

/**
 * Two services that can reach each other after a change and could not
 * before (opened), or the reverse (closed).
 *
 * @public
 */
export interface ReachChange {
  /** The service whose network membership changed. */
  from: string;
  /** The peer it now reaches, or no longer reaches. */
  to: string;
  /** Tier of `from`, from its metadata. */
  fromTier?: string;
  /** Tier of `to`, from its metadata. */
  toTier?: string;
  /** Compose keys of the networks that carry (or carried) the path. */
  networks: string[];
  /** Docker names of those networks, in the same order. */
  networkNames: string[];
}

/**
 * How the connectivity of one environment changed.
 *
 * @public
 */
export interface EnvironmentDiff {
  /** Pairs of existing services that can now reach each other. */
  opened: ReachChange[];
  /** Pairs of existing services that no longer can. */
  closed: ReachChange[];
  /** Services that appeared, with the networks they join. */
  addedServices: { name: string; networks: string[] }[];
  /** Services that are gone, with the networks they were on. */
  removedServices: { name: string; networks: string[] }[];
}

/**
 * What changed between two validations of a mesh.
 *
 * @public
 */
export interface MeshDiff {
  /** By environment; an environment that loaded on one side only counts
   * all of its services as added or removed. */
  environments: Record<string, EnvironmentDiff>;
  /** Findings of `after` that `before` did not have. */
  findingsAdded: Finding[];
  /** Findings of `before` that `after` no longer has. */
  findingsFixed: Finding[];
}

/**
 * Compares two validations: per environment, the services added and
 * removed and the pairs of services whose reachability changed, then the
 * findings added and fixed.
 *
 * Reachability is compared through network membership: only services whose
 * set of networks changed are looked at, and for each of them only the
 * members of the networks it joined or left, so a flat network of 10,000
 * unchanged services costs nothing. Pairs involving an added or removed
 * service are summed up by that service's networks rather than listed.
 *
 * Findings are matched by rule, environment, service and message, not by
 * position, so that moving a line does not count as a change.
 *
 * @public
 */
export function diffValidations(
  before: ValidationResult,
  after: ValidationResult,
): MeshDiff {
  const environments: Record<string, EnvironmentDiff> = {};
  const names = [
    ...after.environments,
    ...before.environments.filter(e => !after.environments.includes(e)),
  ];
  for (const name of names) {
    const diff = diffTopologies(
      before.topologies[name],
      after.topologies[name],
    );
    if (diff) {
      environments[name] = diff;
    }
  }

  const beforeKeys = new Set(before.findings.map(findingKey));
  const afterKeys = new Set(after.findings.map(findingKey));
  return {
    environments,
    findingsAdded: after.findings.filter(f => !beforeKeys.has(findingKey(f))),
    findingsFixed: before.findings.filter(f => !afterKeys.has(findingKey(f))),
  };
}

function diffTopologies(
  before: Topology | undefined,
  after: Topology | undefined,
): EnvironmentDiff | undefined {
  if (!before && !after) {
    return undefined;
  }
  const servicesOf = (t: Topology | undefined) =>
    t ? [...t.services.values()] : [];
  const diff: EnvironmentDiff = {
    opened: [],
    closed: [],
    addedServices: servicesOf(after)
      .filter(s => !before?.services.has(s.name))
      .map(s => ({ name: s.name, networks: [...s.networks].sort() })),
    removedServices: servicesOf(before)
      .filter(s => !after?.services.has(s.name))
      .map(s => ({ name: s.name, networks: [...s.networks].sort() })),
  };
  if (!before || !after) {
    return diff;
  }

  const seen = new Set<string>();
  for (const service of after.services.values()) {
    const old = before.services.get(service.name);
    if (!old) {
      continue;
    }
    const was = new Set(old.networks);
    const now = new Set(service.networks);
    const joined = service.networks.filter(n => !was.has(n));
    const left = old.networks.filter(n => !now.has(n));
    collect(diff.opened, service.name, joined, after, before, seen, 'open');
    collect(diff.closed, service.name, left, before, after, seen, 'close');
  }
  diff.opened.sort(comparePairs);
  diff.closed.sort(comparePairs);
  return diff;
}

/**
 * Pairs of `from` with the members of `networks` in `gained` that share no
 * network with it in `other`, and exist there.
 */
function collect(
  into: ReachChange[],
  from: string,
  networks: string[],
  gained: Topology,
  other: Topology,
  seen: Set<string>,
  kind: string,
) {
  for (const network of networks) {
    for (const peer of gained.networks.get(network)?.members ?? []) {
      const key = `${kind}\n${[from, peer].sort().join('\n')}`;
      if (
        peer === from ||
        seen.has(key) ||
        !other.services.has(peer) ||
        other.canReach(from, peer).length > 0
      ) {
        continue;
      }
      seen.add(key);
      const shared = gained.canReach(from, peer);
      const fromTier = gained.services.get(from)?.tier;
      const toTier = gained.services.get(peer)?.tier;
      into.push({
        from,
        to: peer,
        ...(fromTier && { fromTier }),
        ...(toTier && { toTier }),
        networks: shared,
        networkNames: shared.map(n => gained.networks.get(n)?.name ?? n),
      });
    }
  }
}

function findingKey(finding: Finding): string {
  return [
    finding.rule,
    finding.environment ?? '',
    finding.service ?? '',
    finding.message,
  ].join('\n');
}

function comparePairs(a: ReachChange, b: ReachChange): number {
  const left = `${a.from}\n${a.to}`;
  const right = `${b.from}\n${b.to}`;
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}
