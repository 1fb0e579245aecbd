import { InputProblem } from '@internal/plugin-network-contracts-common';
import { Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';

// TODO(network-contracts): the common package's readServiceMetadataSet and
// readNetworkPolicy are not published yet; for now this file reads the
// fields the catalog needs with the same result shapes, and is to become a
// re-export of the common readers.

/** A problem found in an input file, with its severity. */
export interface ReadProblem extends InputProblem {
  severity: 'error' | 'warning';
}

/** The metadata fields the catalog mapping uses. */
export interface ServiceMetadata {
  serviceName: string;
  composeService: string;
  tier: string;
  role?: string;
  dependencies: string[];
  exposedPorts: number[];
  internalEndpoints: string[];
  securityProfile?: string;
  codexAgentTags: string[];
  owner?: string;
  system?: string;
  lifecycle?: string;
  description?: string;
  dnsAliases?: string[];
  source: {
    file: string;
    positions: Record<string, { file: string; line: number; column: number }>;
  };
}

/** The policy fields the catalog mapping uses. */
export interface NetworkPolicy {
  tiers: Record<string, { network: string; description?: string }>;
  environments: Record<string, { files: string[] }>;
  catalog: { owner?: string; lifecycle?: string; system?: string };
}

interface Parsed {
  doc?: Document;
  data?: Record<string, unknown>;
  problems: ReadProblem[];
  at: (field: string) => { file: string; line: number; column: number };
}

function parse(text: string, file: string, example: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const at = (field: string) => {
    const node = doc.getIn(field.split('.'), true) as
      | { range?: [number, number] }
      | undefined;
    return position(node?.range?.[0] ?? 0);
  };

  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    return {
      at,
      problems: [
        {
          severity: 'error',
          position: position(error.pos[0]),
          message: `The file is not valid YAML: ${
            error.message.split('\n')[0]
          }`,
          fix: 'Correct the YAML syntax at this position.',
        },
      ],
    };
  }
  if (!isMap(doc.contents)) {
    return {
      at,
      problems: [
        {
          severity: 'error',
          position: position(0),
          message: 'The file must hold a mapping of fields.',
          fix: `Start from an example such as:\n${example}`,
        },
      ],
    };
  }
  return { doc, data: doc.toJS() as Record<string, unknown>, problems: [], at };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads one `.codex/services/<service>.yaml`. */
export function readServiceMetadata(
  source: string,
  file: string,
): { value?: ServiceMetadata; problems: ReadProblem[] } {
  const { value, problems } = readOne(source, file);
  return { value, problems };
}

function readOne(
  source: string,
  file: string,
): { value?: ServiceMetadata; problems: ReadProblem[]; at: Parsed['at'] } {
  const parsed = parse(source, file, 'service_name: db\ntier: data_tier\n');
  const data = parsed.data;
  const at = parsed.at;
  if (!data) {
    return { problems: parsed.problems, at };
  }

  const problems: ReadProblem[] = [];
  for (const field of ['service_name', 'tier']) {
    if (typeof data[field] !== 'string' || !data[field]) {
      problems.push({
        severity: 'error',
        position: parsed.at(field),
        field,
        message: `Field "${field}" is missing or not a string.`,
        fix: `Add "${field}:" with a value, such as "${field}: example".`,
      });
    }
  }
  if (problems.length > 0) {
    return { problems, at };
  }

  const serviceName = String(data.service_name);
  return {
    problems,
    at,
    value: {
      serviceName,
      composeService: text(data.compose_service) ?? serviceName,
      tier: String(data.tier),
      role: text(data.role),
      dependencies: strings(data.dependencies),
      exposedPorts: strings(data.exposed_ports).map(Number),
      internalEndpoints: strings(data.internal_endpoints),
      securityProfile: text(data.security_profile),
      codexAgentTags: strings(data.codex_agent_tags),
      owner: text(data.owner),
      system: text(data.system),
      lifecycle: text(data.lifecycle),
      description: text(data.description),
      dnsAliases: isSeq(parsed.doc?.get('dns_aliases'))
        ? strings(data.dns_aliases)
        : undefined,
      source: {
        file,
        positions: { service_name: at('service_name'), tier: at('tier') },
      },
    },
  };
}

/** Reads `.codex/network-policy.yaml`. */
export function readNetworkPolicy(
  source: string,
  file: string,
): { value?: NetworkPolicy; problems: ReadProblem[] } {
  const parsed = parse(source, file, 'version: 1\ntiers: {}\n');
  const data = parsed.data;
  if (!data) {
    return { problems: parsed.problems };
  }

  const tiers: NetworkPolicy['tiers'] = {};
  for (const [name, tier] of Object.entries(
    (data.tiers ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    tiers[name] = {
      network: text(tier?.network) ?? name,
      description: text(tier?.description),
    };
  }
  const environments: NetworkPolicy['environments'] = {};
  for (const [name, env] of Object.entries(
    (data.environments ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    environments[name] = { files: strings(env?.files) };
  }
  const catalog = (data.catalog ?? {}) as Record<string, unknown>;
  return {
    problems: [],
    value: {
      tiers,
      environments,
      catalog: {
        owner: text(catalog.owner),
        lifecycle: text(catalog.lifecycle),
        system: text(catalog.system),
      },
    },
  };
}

/** Reads every metadata file and checks tiers and dependencies. */
export function readServiceMetadataSet(
  files: ReadonlyArray<{ path: string; text: string }>,
  policy?: Pick<NetworkPolicy, 'tiers'>,
): { services: ServiceMetadata[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const services: ServiceMetadata[] = [];
  const names = new Set<string>();
  const positions = new Map<ServiceMetadata, Parsed['at']>();

  for (const file of files) {
    const result = readOne(file.text, file.path);
    problems.push(...result.problems);
    if (result.value && !names.has(result.value.serviceName)) {
      names.add(result.value.serviceName);
      services.push(result.value);
      positions.set(result.value, result.at);
    }
  }

  for (const service of services) {
    const parsed = { at: positions.get(service)! };
    if (policy && !(service.tier in policy.tiers)) {
      problems.push({
        severity: 'error',
        position: parsed.at('tier'),
        field: 'tier',
        message: `Tier "${service.tier}" is not defined in the policy.`,
        fix: `Use one of ${Object.keys(policy.tiers).join(', ')}.`,
      });
    }
    service.dependencies.forEach((dependency, d) => {
      if (!names.has(dependency)) {
        problems.push({
          severity: 'error',
          position: parsed.at(`dependencies.${d}`),
          field: `dependencies.${d}`,
          message: `Dependency "${dependency}" has no metadata file.`,
          fix: `Add .codex/services/${dependency}.yaml, or remove it.`,
        });
      }
    });
  }
  return { services, problems };
}
