import type { NetworkPolicy, PolicyWaiver } from '../policy/NetworkPolicy';
import type { ServiceMetadata } from '../metadata/ServiceMetadata';
import type { Finding } from './Finding';
import type { RuleHit } from './Rule';
import { policyAt } from './RuleContext';

/**
 * Marks the findings live waivers cover, and returns a hit for each live
 * waiver that covered none. Expired waivers cover nothing; the rule
 * `waiver/expired` reports them.
 */
export function applyWaivers(
  findings: Finding[],
  policy: NetworkPolicy,
  metadataByName: ReadonlyMap<string, ServiceMetadata>,
  environments: ReadonlyArray<string>,
  today: string,
): RuleHit[] {
  const live = policy.waivers
    .map((waiver, index) => ({ waiver, index, used: false }))
    .filter(({ waiver }) => waiver.expires >= today);
  if (live.length === 0) {
    return [];
  }

  // Waivers may name a service by its metadata name or its compose name.
  const composeName = (waiver: PolicyWaiver) =>
    metadataByName.get(waiver.service)?.composeService ?? waiver.service;
  const byKey = new Map<string, typeof live>();
  for (const entry of live) {
    const key = `${entry.waiver.rule}\n${composeName(entry.waiver)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }

  for (const finding of findings) {
    if (finding.category === 'waiver') {
      continue;
    }
    const candidates = byKey.get(`${finding.rule}\n${finding.service ?? ''}`);
    const match = candidates?.find(
      ({ waiver }) =>
        waiver.environment === undefined ||
        waiver.environment === finding.environment,
    );
    if (match) {
      match.used = true;
      finding.waived = true;
      finding.waiver = { ...match.waiver };
    }
  }

  return live
    .filter(
      ({ waiver, used }) =>
        !used &&
        (waiver.environment === undefined ||
          environments.includes(waiver.environment)),
    )
    .map(({ waiver, index }) => ({
      service: waiver.service,
      environment: waiver.environment,
      message:
        `The waiver of ${waiver.rule} for "${waiver.service}" covers no ` +
        'finding.',
      remediation:
        'Delete the waiver if the problem is fixed, or correct its rule, ' +
        'service or environment.',
      position: policyAt(policy, `waivers.${index}.rule`, `waivers.${index}`),
    }));
}
