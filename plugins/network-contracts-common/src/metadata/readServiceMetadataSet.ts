import type { NetworkPolicy } from '../policy/NetworkPolicy';
import { SourcePosition } from '../source';
import { closestName } from './closestName';
import { ReadOptions, ReadProblem } from './ReadProblem';
import { readServiceMetadata } from './readServiceMetadata';
import { ServiceMetadata } from './ServiceMetadata';

/**
 * The metadata files of a mesh, read together.
 *
 * @public
 */
export interface ServiceMetadataSet {
  /**
   * Services whose file could be used, in input order. A file with an
   * error of its own, or a second file for a name already taken, is left
   * out; a service with an unknown tier or dependency stays, with its
   * problem reported, because the service itself exists.
   */
  services: ServiceMetadata[];
  /** Problems of every file, and of the files taken together. */
  problems: ReadProblem[];
}

/**
 * Reads every metadata file and checks them against each other and, when
 * given, the policy: duplicate names, tiers the policy does not define,
 * dependencies on services that have no metadata, and file names that do
 * not match the service name.
 *
 * @public
 */
export function readServiceMetadataSet(
  files: ReadonlyArray<{ path: string; text: string }>,
  policy?: Pick<NetworkPolicy, 'tiers'>,
  options?: ReadOptions,
): ServiceMetadataSet {
  const problems: ReadProblem[] = [];
  const services: ServiceMetadata[] = [];
  const byName = new Map<string, ServiceMetadata>();
  const byCompose = new Map<string, ServiceMetadata>();

  for (const file of files) {
    const result = readServiceMetadata(file.text, file.path, options);
    problems.push(...result.problems);
    const service = result.value;
    if (!service) {
      continue;
    }

    problems.push(...checkFileName(service));
    const taken =
      byName.get(service.serviceName) ?? byCompose.get(service.composeService);
    if (taken) {
      problems.push(duplicate(service, taken));
      continue;
    }
    byName.set(service.serviceName, service);
    byCompose.set(service.composeService, service);
    services.push(service);
  }

  for (const service of services) {
    if (policy) {
      problems.push(...checkTier(service, policy));
    }
    problems.push(...checkDependencies(service, byName));
  }
  return { services, problems };
}

function at(service: ServiceMetadata, field: string): SourcePosition {
  return (
    service.source.positions[field] ?? {
      file: service.source.file,
      line: 1,
      column: 1,
    }
  );
}

function checkFileName(service: ServiceMetadata): ReadProblem[] {
  const base = service.source.file.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.ya?ml$/i, '');
  if (stem === service.serviceName) {
    return [];
  }
  return [
    {
      severity: 'warning',
      position: at(service, 'service_name'),
      field: 'service_name',
      message: `File "${base}" describes service "${service.serviceName}".`,
      fix: `Rename the file to "${service.serviceName}.yaml", or correct service_name.`,
    },
  ];
}

function duplicate(
  service: ServiceMetadata,
  taken: ServiceMetadata,
): ReadProblem {
  const sameName = taken.serviceName === service.serviceName;
  const field = sameName ? 'service_name' : 'compose_service';
  const name = sameName ? service.serviceName : service.composeService;
  return {
    severity: 'error',
    position: at(service, field),
    field,
    message:
      `Service "${name}" is already described in ${taken.source.file}; ` +
      'this file was ignored.',
    fix: 'Keep one file per service: merge the two or rename one of them.',
  };
}

function checkTier(
  service: ServiceMetadata,
  policy: Pick<NetworkPolicy, 'tiers'>,
): ReadProblem[] {
  if (Object.prototype.hasOwnProperty.call(policy.tiers, service.tier)) {
    return [];
  }
  const tiers = Object.keys(policy.tiers);
  const guess = closestName(service.tier, tiers);
  return [
    {
      severity: 'error',
      position: at(service, 'tier'),
      field: 'tier',
      message: `Tier "${service.tier}" is not defined in the policy.`,
      fix: guess
        ? `Did you mean "${guess}"? Tiers: ${tiers.join(', ')}.`
        : `Use one of ${tiers.join(', ')}, or add the tier to the policy.`,
    },
  ];
}

function checkDependencies(
  service: ServiceMetadata,
  byName: Map<string, ServiceMetadata>,
): ReadProblem[] {
  const problems: ReadProblem[] = [];
  service.dependencies.forEach((dependency, i) => {
    const field = `dependencies.${i}`;
    if (dependency === service.serviceName) {
      problems.push({
        severity: 'warning',
        position: at(service, field),
        field,
        message: `Service "${dependency}" lists itself as a dependency.`,
        fix: 'Remove it from dependencies.',
      });
    } else if (!byName.has(dependency)) {
      const guess = closestName(dependency, byName.keys());
      problems.push({
        severity: 'error',
        position: at(service, field),
        field,
        message: `Dependency "${dependency}" has no metadata file.`,
        fix: guess
          ? `Did you mean "${guess}"?`
          : `Add .codex/services/${dependency}.yaml, or remove the dependency.`,
      });
    }
  });
  return problems;
}
