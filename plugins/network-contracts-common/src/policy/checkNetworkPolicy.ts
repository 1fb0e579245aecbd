import { ReadProblem } from '../metadata/ReadProblem';
import { NetworkPolicy } from './NetworkPolicy';

type Draft = Omit<NetworkPolicy, 'extra' | 'source'> & {
  source: NetworkPolicy['source'];
};

/**
 * Checks that the parts of a well-formed policy agree with each other:
 * flows name defined tiers, no two tiers share a network, waivers expire on
 * real dates and name defined environments, and compose files are relative.
 */
export function checkNetworkPolicy(policy: Draft): ReadProblem[] {
  return [
    ...checkTiers(policy),
    ...checkFlows(policy),
    ...checkWaivers(policy),
    ...checkEnvironments(policy),
  ];
}

function problem(
  policy: Draft,
  field: string,
  severity: ReadProblem['severity'],
  message: string,
  fix: string,
): ReadProblem {
  const position = policy.source.positions[field] ?? {
    file: policy.source.file,
    line: 1,
    column: 1,
  };
  return { severity, position, field, message, fix };
}

function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function checkTiers(policy: Draft): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const owners = new Map<string, string>();
  for (const [tier, { network }] of Object.entries(policy.tiers)) {
    const owner = owners.get(network);
    if (owner) {
      problems.push(
        problem(
          policy,
          `tiers.${tier}.network`,
          'error',
          `Network "${network}" already implements tier "${owner}".`,
          'Give each tier its own compose network.',
        ),
      );
    }
    owners.set(network, owner ?? tier);
  }
  if (owners.size === 0) {
    problems.push(
      problem(
        policy,
        'tiers',
        'error',
        'The policy defines no tier.',
        'Add at least one tier, for example `api_tier: { network: api_tier, internal: false }`.',
      ),
    );
  }
  return problems;
}

function checkFlows(policy: Draft): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const seen = new Set<string>();
  const tiers = Object.keys(policy.tiers).join(', ');
  policy.flows.forEach((flow, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!has(policy.tiers, flow[end])) {
        problems.push(
          problem(
            policy,
            `flows.${i}.${end}`,
            'error',
            `Flow ${end} "${flow[end]}" is not a tier of this policy.`,
            `Use one of ${tiers}.`,
          ),
        );
      }
    }

    const key = `${flow.from}\u0000${flow.to}`;
    if (flow.from === flow.to) {
      problems.push(
        problem(
          policy,
          `flows.${i}`,
          'warning',
          `Flow ${flow.from} -> ${flow.to} stays inside one tier.`,
          'Remove it: traffic inside a tier is governed by its intra_tier setting.',
        ),
      );
    } else if (seen.has(key)) {
      problems.push(
        problem(
          policy,
          `flows.${i}`,
          'warning',
          `Flow ${flow.from} -> ${flow.to} is listed twice.`,
          'Remove the second entry.',
        ),
      );
    }
    seen.add(key);
  });
  return problems;
}

function checkWaivers(policy: Draft): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const environments = Object.keys(policy.environments);
  policy.waivers.forEach((waiver, i) => {
    if (!isRealDate(waiver.expires)) {
      problems.push(
        problem(
          policy,
          `waivers.${i}.expires`,
          'error',
          `"${waiver.expires}" is not a calendar date.`,
          'Write an existing day as YYYY-MM-DD, for example 2026-01-31.',
        ),
      );
    }
    const { environment } = waiver;
    if (
      environment &&
      environments.length > 0 &&
      !has(policy.environments, environment)
    ) {
      problems.push(
        problem(
          policy,
          `waivers.${i}.environment`,
          'error',
          `Waiver names environment "${environment}", which is not defined.`,
          `Use one of ${environments.join(', ')}, or leave environment out ` +
            'to cover all of them.',
        ),
      );
    }
  });
  return problems;
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  );
}

function checkEnvironments(policy: Draft): ReadProblem[] {
  const problems: ReadProblem[] = [];
  for (const [name, environment] of Object.entries(policy.environments)) {
    environment.files.forEach((file, i) => {
      if (/^([a-z]:)?[\\/]/i.test(file)) {
        problems.push(
          problem(
            policy,
            `environments.${name}.files.${i}`,
            'error',
            `Compose file "${file}" is an absolute path.`,
            'Write it relative to the folder that holds .codex/.',
          ),
        );
      }
    });
  }
  return problems;
}
