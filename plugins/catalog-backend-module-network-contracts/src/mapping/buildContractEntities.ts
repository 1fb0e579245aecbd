import {
  ANNOTATION_EDIT_URL,
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
  Entity,
} from '@backstage/catalog-model';
import { NetworkContractFiles } from '@internal/plugin-network-contracts-node';
import { basename } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import {
  NetworkPolicy,
  ReadProblem,
  readNetworkPolicy,
  readServiceMetadataSet,
  ServiceMetadata,
} from '../readers/contractReaders';
import {
  COMPOSE_FILES_ANNOTATION,
  COMPOSE_NETWORK_ANNOTATION,
  MESH_LABEL,
  METADATA_FILE_ANNOTATION,
  TIER_LABEL,
} from './constants';
import {
  fitName,
  isValidName,
  kebab,
  networkResourceName,
  tierSystemName,
  toTag,
} from './entityNames';

/** Owner of entities whose metadata, config and policy name none. */
export const DEFAULT_OWNER = 'group:default/platform-team';
/** Lifecycle of services whose metadata, config and policy name none. */
export const DEFAULT_LIFECYCLE = 'production';
/** Namespace of generated entities unless configured. */
export const DEFAULT_NAMESPACE = 'default';

/**
 * Where a file of the mesh lives, as the catalog should point at it.
 *
 * @public
 */
export interface ContractFileLocation {
  /** Location reference: `url:<url>` or `file:<absolute path>`. */
  ref: string;
  /** The file's absolute path or URL. */
  target: string;
  /** Web page showing the file; URL targets only. */
  viewUrl?: string;
  /** Web page editing the file; URL targets only. */
  editUrl?: string;
}

/**
 * How {@link buildContractEntities} names and owns what it builds.
 *
 * @public
 */
export interface ContractEntityOptions {
  /** Mesh name. Default: the policy's `catalog.system`, else the folder. */
  mesh?: string;
  /** Default {@link DEFAULT_NAMESPACE}. */
  namespace?: string;
  /** Used when metadata names no owner; wins over the policy's default. */
  owner?: string;
  /** Used when metadata names no lifecycle; wins over the policy's. */
  lifecycle?: string;
  /** Turns a root-relative path into a catalog location. */
  locate(path: string): ContractFileLocation;
}

/**
 * A file none of whose entities could be built, and why.
 *
 * @public
 */
export interface RejectedContractFile {
  path: string;
  location: ContractFileLocation;
  problems: ReadProblem[];
}

/**
 * The entities of one mesh, each with the file it came from.
 *
 * @public
 */
export interface ContractEntities {
  mesh: string;
  entities: Array<{ entity: Entity; location: ContractFileLocation }>;
  /** Files with an error: their service is left out. */
  rejected: RejectedContractFile[];
  /** Problems that leave the entity usable. */
  warnings: ReadProblem[];
}

/**
 * Maps a mesh's files to catalog entities: a Component per service, a
 * System per tier, a Resource per tier network and a Domain for the mesh.
 * Never throws on bad content: a file with an error is rejected with its
 * problems and everything else is still built.
 *
 * @public
 */
export function buildContractEntities(
  files: NetworkContractFiles,
  options: ContractEntityOptions,
): ContractEntities {
  const problems: ReadProblem[] = [];

  const policyRead = files.policy
    ? readNetworkPolicy(files.policy.text, files.policy.path)
    : { problems: [] };
  problems.push(...policyRead.problems);
  const policy: NetworkPolicy | undefined = policyRead.value;

  const set = readServiceMetadataSet(files.services, policy);
  problems.push(...set.problems);

  const mesh = fitName(
    kebab(options.mesh ?? policy?.catalog.system ?? basename(files.root)) ||
      'mesh',
  );
  const context: Context = {
    mesh,
    namespace: options.namespace ?? DEFAULT_NAMESPACE,
    owner: options.owner ?? policy?.catalog.owner ?? DEFAULT_OWNER,
    lifecycle:
      options.lifecycle ?? policy?.catalog.lifecycle ?? DEFAULT_LIFECYCLE,
    policy,
    composeFiles: composeFilesByService(files, policy),
  };

  for (const service of set.services) {
    if (!isValidName(service.serviceName)) {
      problems.push({
        severity: 'error',
        position: service.source.positions.service_name,
        field: 'service_name',
        message: `Backstage rejects "${service.serviceName}" as an entity name.`,
        fix:
          'Use letters and digits with single "-", "_" or "." between ' +
          'them, at most 63 characters, such as "auth-service".',
      });
    }
  }

  const errorsByFile = new Map<string, ReadProblem[]>();
  const warnings: ReadProblem[] = [];
  for (const problem of problems) {
    const file = problem.position?.file;
    if (problem.severity === 'error' && file) {
      errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), problem]);
    } else {
      warnings.push(problem);
    }
  }

  const services = set.services.filter(
    service => !errorsByFile.has(service.source.file),
  );
  const entities: ContractEntities['entities'] = [];
  const policyLocation = options.locate(
    files.policy?.path ?? files.services[0]?.path ?? '',
  );

  entities.push({
    entity: domainEntity(context, policyLocation),
    location: policyLocation,
  });
  const tiers = new Set([
    ...Object.keys(policy?.tiers ?? {}),
    ...services.map(service => service.tier),
  ]);
  for (const tier of tiers) {
    entities.push({
      entity: systemEntity(context, tier, policyLocation),
      location: policyLocation,
    });
  }
  for (const [tier, { network }] of Object.entries(policy?.tiers ?? {})) {
    entities.push({
      entity: networkEntity(context, tier, network, policyLocation),
      location: policyLocation,
    });
  }
  for (const service of services) {
    const location = options.locate(service.source.file);
    entities.push({
      entity: serviceEntity(context, service, location),
      location,
    });
  }

  const rejected = [...errorsByFile].map(([path, fileProblems]) => ({
    path,
    location: options.locate(path),
    problems: fileProblems,
  }));
  return { mesh, entities, rejected, warnings };
}

interface Context {
  mesh: string;
  namespace: string;
  owner: string;
  lifecycle: string;
  policy?: NetworkPolicy;
  composeFiles: Map<string, string[]>;
}

function annotationsFor(
  location: ContractFileLocation,
): Record<string, string> {
  const annotations: Record<string, string> = {
    [ANNOTATION_LOCATION]: location.ref,
    [ANNOTATION_ORIGIN_LOCATION]: location.ref,
    [ANNOTATION_SOURCE_LOCATION]: location.ref,
  };
  if (location.viewUrl) {
    annotations[ANNOTATION_VIEW_URL] = location.viewUrl;
  }
  if (location.editUrl) {
    annotations[ANNOTATION_EDIT_URL] = location.editUrl;
  }
  return annotations;
}

function domainEntity(
  context: Context,
  location: ContractFileLocation,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: {
      name: context.mesh,
      namespace: context.namespace,
      description: `Services of the ${context.mesh} Docker Compose mesh.`,
      labels: { [MESH_LABEL]: context.mesh },
      annotations: { ...annotationsFor(location), [MESH_LABEL]: context.mesh },
    },
    spec: { owner: context.owner },
  };
}

function systemEntity(
  context: Context,
  tier: string,
  location: ContractFileLocation,
): Entity {
  const description = context.policy?.tiers[tier]?.description;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: tierSystemName(context.mesh, tier),
      namespace: context.namespace,
      title: `${context.mesh} ${tier}`,
      description: [description, `Tier: ${tier}.`].filter(Boolean).join(' '),
      labels: { [TIER_LABEL]: tier, [MESH_LABEL]: context.mesh },
      annotations: { ...annotationsFor(location), [MESH_LABEL]: context.mesh },
    },
    spec: {
      owner: context.owner,
      domain: `domain:${context.namespace}/${context.mesh}`,
    },
  };
}

function networkEntity(
  context: Context,
  tier: string,
  network: string,
  location: ContractFileLocation,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: networkResourceName(context.mesh, network),
      namespace: context.namespace,
      description: `Compose network "${network}" of tier ${tier}.`,
      labels: { [TIER_LABEL]: tier, [MESH_LABEL]: context.mesh },
      annotations: {
        ...annotationsFor(location),
        [MESH_LABEL]: context.mesh,
        [COMPOSE_NETWORK_ANNOTATION]: network,
      },
    },
    spec: {
      type: 'network',
      owner: context.owner,
      system: `system:${context.namespace}/${tierSystemName(
        context.mesh,
        tier,
      )}`,
    },
  };
}

function serviceEntity(
  context: Context,
  service: ServiceMetadata,
  location: ContractFileLocation,
): Entity {
  const { mesh, namespace } = context;
  const tierNetwork = context.policy?.tiers[service.tier]?.network;
  const dependsOn = service.dependencies
    .filter(dependency => dependency !== service.serviceName)
    .map(dependency => `component:${namespace}/${dependency}`);
  if (tierNetwork) {
    // The service needs its tier's network to run, so it depends on it; the
    // edge lives on the service, which goes away with its metadata file.
    dependsOn.push(
      `resource:${namespace}/${networkResourceName(mesh, tierNetwork)}`,
    );
  }

  const annotations: Record<string, string> = {
    ...annotationsFor(location),
    [MESH_LABEL]: mesh,
    [METADATA_FILE_ANNOTATION]: service.source.file,
  };
  const composeFiles = context.composeFiles.get(service.composeService);
  if (composeFiles?.length) {
    annotations[COMPOSE_FILES_ANNOTATION] = composeFiles.join(',');
  }

  const tags = [
    ...new Set(service.codexAgentTags.map(toTag).filter(Boolean)),
  ] as string[];
  const links = location.viewUrl
    ? [{ url: location.viewUrl, title: 'Network contract', icon: 'code' }]
    : undefined;
  const labels: Record<string, string> = {
    [TIER_LABEL]: service.tier,
    [MESH_LABEL]: mesh,
  };
  if (service.securityProfile) {
    labels['network-contracts.io/security-profile'] = service.securityProfile;
  }

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: service.serviceName,
      namespace,
      // The stock search collator indexes the description, so the tier in
      // it is what lets a search for "data_tier" find the service.
      description: [
        service.description,
        `Tier: ${service.tier}.`,
        service.role ? `Role: ${service.role}.` : undefined,
      ]
        .filter(Boolean)
        .join(' '),
      labels,
      annotations,
      ...(tags.length ? { tags } : {}),
      ...(links ? { links } : {}),
    },
    spec: {
      type: 'service',
      lifecycle: service.lifecycle ?? context.lifecycle,
      owner: service.owner ?? context.owner,
      system: `system:${namespace}/${tierSystemName(mesh, service.tier)}`,
      dependsOn,
    },
  };
}

/**
 * Finds, for each compose service, the files that define it: the files of
 * the policy's environments, or every compose file at the root.
 */
function composeFilesByService(
  files: NetworkContractFiles,
  policy?: NetworkPolicy,
): Map<string, string[]> {
  // In the environments' merge order, so the base file comes first.
  const named = [
    ...new Set(
      Object.values(policy?.environments ?? {}).flatMap(env => env.files),
    ),
  ];
  const composeFiles = named.length
    ? named.flatMap(path => files.composeFiles.filter(f => f.path === path))
    : files.composeFiles;
  const byService = new Map<string, string[]>();
  for (const file of composeFiles) {
    // Only the service keys matter here; compose's own tags (`!reset`,
    // `!override`) are left unresolved, quietly.
    const services = parseDocument(file.text, { logLevel: 'silent' }).get(
      'services',
    );
    if (!isMap(services)) {
      continue;
    }
    for (const item of services.items) {
      const name = String((item.key as { value?: unknown })?.value ?? item.key);
      byService.set(name, [...(byService.get(name) ?? []), file.path]);
    }
  }
  return byService;
}
