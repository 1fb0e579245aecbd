import type { ComposeLoadResult } from '../compose';
import { buildTopology } from '../model/buildTopology';
import type { Topology } from '../model/Topology';
import type { ReadProblem } from '../metadata/ReadProblem';
import {
  readServiceMetadataSet,
  ServiceMetadataSet,
} from '../metadata/readServiceMetadataSet';
import type { ServiceMetadata } from '../metadata/ServiceMetadata';
import type {
  NetworkPolicy,
  RuleSeverityOverride,
} from '../policy/NetworkPolicy';
import { readNetworkPolicy } from '../policy/readNetworkPolicy';
import { ContractInputError } from '../source';
import { applyWaivers } from './applyWaivers';
import type { Finding } from './Finding';
import type {
  EnvironmentLoadFailure,
  MeshInput,
  ValidateOptions,
  ValidationResult,
} from './MeshInput';
import type { Rule, RuleDefinition, RuleHit } from './Rule';
import {
  EnvironmentFailure,
  EnvironmentView,
  MeshContext,
  positionLookup,
} from './RuleContext';
import { ENGINE_RULES, RULES } from './ruleCatalogue';
import { sortFindings } from './sortFindings';
import { summarizeFindings } from './summarizeFindings';
import { unusedWaiver } from './waiver/unusedWaiver';

/**
 * Checks a mesh against its contracts: every rule of {@link RULES} over the
 * policy, the metadata and each environment. Pure: it reads nothing and
 * keeps no state, so the same input always gives the same findings.
 *
 * Bad metadata files, policy warnings and environments whose compose files
 * did not load come back as findings of category `metadata`, at their
 * position; everything else is still validated. It throws
 * `ContractInputError` only when nothing can be validated: the policy has
 * errors, or there is no environment.
 *
 * @public
 */
export function validateMesh(
  input: MeshInput,
  options: ValidateOptions = {},
): ValidationResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { policy, policyProblems } = readPolicy(input.policy);
  const metadata = readMetadata(input.metadata);
  const metadataByName = new Map<string, ServiceMetadata>(
    metadata.services.map(m => [m.serviceName, m]),
  );

  const names = environmentOrder(input, policy, options.environments);
  const loaded: EnvironmentView[] = [];
  const failed: EnvironmentFailure[] = [];
  for (const environment of names) {
    const entry = input.environments[environment];
    if (isFailure(entry)) {
      failed.push({ environment, problems: entry.problems });
      continue;
    }
    const topology = buildTopology({
      project: entry.project,
      metadata: metadata.services,
      policy,
    });
    loaded.push({ environment, ...entry, topology });
  }

  const mesh: MeshContext = {
    policy,
    metadata: metadata.services,
    metadataByName,
    metadataProblems: metadataReadProblems(metadata, policy, metadataByName),
    policyProblems: [...policyProblems, ...unknownRuleProblems(policy)],
    failedEnvironments: failed,
    environments: names,
    today,
  };

  const findings: Finding[] = [];
  const emit = (
    rule: RuleDefinition,
    hits: Iterable<RuleHit>,
    env?: string,
  ) => {
    // Looked up once per rule and environment, not once per finding.
    const override = severityOverride(rule, policy);
    if (override === 'off') {
      return;
    }
    for (const hit of hits) {
      findings.push(toFinding(rule, hit, override, env));
    }
  };
  for (const rule of ENGINE_RULES) {
    runRule(rule, mesh, loaded, emit);
  }

  const unused = applyWaivers(findings, policy, metadataByName, names, today);
  emit(unusedWaiver, unused);

  const topologies: Record<string, Topology> = {};
  for (const view of loaded) {
    topologies[view.environment] = view.topology;
  }
  sortFindings(findings);
  return {
    findings,
    topologies,
    environments: names,
    summary: summarizeFindings(findings),
  };
}

function runRule(
  rule: Rule,
  mesh: MeshContext,
  loaded: EnvironmentView[],
  emit: (rule: RuleDefinition, hits: Iterable<RuleHit>, env?: string) => void,
) {
  if (rule.scope === 'mesh') {
    emit(rule, rule.check(mesh));
    return;
  }
  const base = loaded[0];
  for (const view of loaded) {
    const context = {
      ...mesh,
      ...view,
      ...(view !== base && { base }),
      at: positionLookup(view.positions),
    };
    emit(rule, rule.check(context), view.environment);
  }
}

function severityOverride(
  rule: RuleDefinition,
  policy: NetworkPolicy,
): RuleSeverityOverride | undefined {
  return Object.prototype.hasOwnProperty.call(policy.severity, rule.id)
    ? policy.severity[rule.id]
    : undefined;
}

function toFinding(
  rule: RuleDefinition,
  hit: RuleHit,
  override: Exclude<RuleSeverityOverride, 'off'> | undefined,
  environment: string | undefined,
): Finding {
  const env = hit.environment ?? environment;
  // Assigned in the order the report prints, without a spread per
  // optional field: this runs once per finding.
  const finding = {
    rule: rule.id,
    category: rule.category,
    severity: override ?? hit.severity ?? rule.defaultSeverity,
  } as Finding;
  if (hit.service !== undefined) {
    finding.service = hit.service;
  }
  if (env !== undefined) {
    finding.environment = env;
  }
  finding.message = hit.message;
  finding.remediation = hit.remediation;
  if (hit.position) {
    finding.position = hit.position;
  }
  finding.waived = false;
  return finding;
}

function readPolicy(policy: MeshInput['policy']): {
  policy: NetworkPolicy;
  policyProblems: ReadProblem[];
} {
  if (!('text' in policy)) {
    return { policy, policyProblems: [] };
  }
  const result = readNetworkPolicy(policy.text, policy.file);
  if (!result.value) {
    throw new ContractInputError(
      result.problems.filter(p => p.severity === 'error'),
    );
  }
  return { policy: result.value, policyProblems: result.problems };
}

function readMetadata(metadata: MeshInput['metadata']): ServiceMetadataSet {
  if (isMetadataSet(metadata)) {
    return metadata;
  }
  // Tiers are checked by metadata/unknown-tier, against the same policy.
  return readServiceMetadataSet(metadata);
}

function isMetadataSet(
  metadata: MeshInput['metadata'],
): metadata is ServiceMetadataSet {
  return !Array.isArray(metadata);
}

/**
 * Read problems, minus those that rules of their own report: unknown tiers
 * and dependencies on services without metadata.
 */
function metadataReadProblems(
  set: ServiceMetadataSet,
  policy: NetworkPolicy,
  byName: ReadonlyMap<string, ServiceMetadata>,
): ReadProblem[] {
  const byFile = new Map(set.services.map(s => [s.source.file, s]));
  return set.problems.filter(problem => {
    const service = problem.position && byFile.get(problem.position.file);
    if (!service || !problem.field) {
      return true;
    }
    if (problem.field === 'tier') {
      return Object.prototype.hasOwnProperty.call(policy.tiers, service.tier);
    }
    const dependency = /^dependencies\.(\d+)$/.exec(problem.field);
    if (dependency) {
      const name = service.dependencies[Number(dependency[1])];
      return name === service.serviceName || byName.has(name);
    }
    return true;
  });
}

function unknownRuleProblems(policy: NetworkPolicy): ReadProblem[] {
  const known = new Set(RULES.map(r => r.id));
  const problems: ReadProblem[] = [];
  const check = (id: string, field: string) => {
    if (!known.has(id)) {
      problems.push({
        severity: 'warning',
        field,
        position: policy.source.positions[field] ?? {
          file: policy.source.file,
          line: 1,
          column: 1,
        },
        message: `Rule "${id}" does not exist.`,
        fix: 'Use a rule id from docs/rules/README.md.',
      });
    }
  };
  for (const id of Object.keys(policy.severity)) {
    check(id, `severity.${id}`);
  }
  policy.waivers.forEach((waiver, i) =>
    check(waiver.rule, `waivers.${i}.rule`),
  );
  return problems;
}

function environmentOrder(
  input: MeshInput,
  policy: NetworkPolicy,
  wanted: string[] | undefined,
): string[] {
  const given = Object.keys(input.environments);
  const ordered = [
    ...Object.keys(policy.environments).filter(e => given.includes(e)),
    ...given.filter(e => !(e in policy.environments)).sort(),
  ];
  const names = wanted ? ordered.filter(e => wanted.includes(e)) : ordered;
  const missing = (wanted ?? []).filter(e => !given.includes(e));
  if (missing.length > 0 || names.length === 0) {
    throw new ContractInputError({
      message: missing.length
        ? `No compose project for environment ${missing.join(', ')}.`
        : 'There is no environment to validate.',
      fix: 'Define environments in the policy, or pass their compose projects.',
    });
  }
  return names;
}

function isFailure(
  entry: ComposeLoadResult | EnvironmentLoadFailure,
): entry is EnvironmentLoadFailure {
  return !('project' in entry);
}
