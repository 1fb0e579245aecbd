import type { MeshDiff, ReachChange } from '../exports/diffValidations';
import type { Finding } from '../rules/Finding';

/** Pairs listed per direction and environment before the rest is counted. */
const PAIR_LIMIT = 50;

/**
 * A {@link MeshDiff} in plain words: per environment, the services added
 * and removed and each path opened or closed
 * (`opens api_tier/backend -> data_tier/db over app_data`), then the
 * findings added and fixed. Says so when nothing changed.
 *
 * @public
 */
export function formatDiff(diff: MeshDiff): string {
  const lines: string[] = [];
  for (const [environment, env] of Object.entries(diff.environments)) {
    const changes: string[] = [];
    for (const service of env.addedServices) {
      changes.push(`adds service ${service.name}${on(service.networks)}`);
    }
    for (const service of env.removedServices) {
      changes.push(`removes service ${service.name}${on(service.networks)}`);
    }
    changes.push(...pairs('opens', env.opened), ...pairs('closes', env.closed));
    if (changes.length > 0) {
      lines.push(`${environment}:`, ...changes.map(c => `  ${c}`));
    }
  }
  if (lines.length === 0) {
    lines.push('No change in connectivity.');
  }

  lines.push(...findingLines('Findings added', diff.findingsAdded));
  lines.push(...findingLines('Findings fixed', diff.findingsFixed));
  const errors = diff.findingsAdded.filter(
    f => !f.waived && f.severity === 'error',
  ).length;
  lines.push(
    errors > 0
      ? `The change adds ${errors} unwaived error${errors === 1 ? '' : 's'}.`
      : 'The change adds no unwaived error.',
  );
  return `${lines.join('\n')}\n`;
}

function pairs(verb: string, list: ReachChange[]): string[] {
  const shown = list
    .slice(0, PAIR_LIMIT)
    .map(
      pair =>
        `${verb} ${tiered(pair.fromTier, pair.from)} -> ` +
        `${tiered(pair.toTier, pair.to)} over ${pair.networkNames.join(', ')}`,
    );
  if (list.length > PAIR_LIMIT) {
    shown.push(`${verb} ${list.length - PAIR_LIMIT} more paths`);
  }
  return shown;
}

function tiered(tier: string | undefined, service: string): string {
  return tier ? `${tier}/${service}` : service;
}

function on(networks: string[]): string {
  return networks.length ? ` on ${networks.join(', ')}` : ' with no network';
}

function findingLines(title: string, findings: Finding[]): string[] {
  if (findings.length === 0) {
    return [];
  }
  return [
    `${title}:`,
    ...findings.map(f => {
      const where = [f.environment, f.service].filter(Boolean).join('/');
      const waived = f.waived ? ' (waived)' : '';
      return `  ${f.severity}${waived} ${f.rule}${
        where ? ` [${where}]` : ''
      }: ${f.message}`;
    }),
  ];
}
