import { ContractInputError, SourcePosition } from '../source';
import { buildService } from './buildService';
import {
  expectBoolean,
  expectMap,
  expectSeq,
  expectText,
  newMap,
  toPlain,
} from './nodes';
import {
  ComposeLoadResult,
  ComposeNetwork,
  ComposeProject,
  ComposeService,
  ComposeVolume,
} from './types';
import { YMap, YNode } from './yamlTree';

/** @internal */
export interface BuildProjectInput {
  root: YMap;
  name: string;
  profiles: Set<string>;
  lookup: (name: string) => string | undefined;
  warnings: string[];
  readEnvFile(
    path: string,
    required: boolean,
    pos: SourcePosition,
  ): Promise<Map<string, string>>;
}

const INVALID = 'invalid compose project';

/**
 * Turns the merged tree into the project Compose prints, and checks what
 * Compose checks: references to networks, volumes and services, and
 * `network_mode` used together with `networks`.
 *
 * @internal
 */
export async function buildProject(
  input: BuildProjectInput,
): Promise<ComposeLoadResult> {
  const { root, name } = input;
  const positions = new Map<string, SourcePosition>();
  const mark = (path: string, pos: SourcePosition) => positions.set(path, pos);
  const project: ComposeProject = Object.create(null);
  project.name = name;
  mark('name', root.entries.get('name')?.pos ?? root.pos);

  for (const [key, value] of root.entries) {
    if (!['name', 'version', 'services', 'networks', 'volumes'].includes(key)) {
      project[key] = toPlain(value);
    }
  }
  if (root.entries.has('version')) {
    input.warnings.push(
      'the attribute `version` is obsolete, it will be ignored',
    );
  }

  // A later file may reset `services` away entirely.
  const services =
    (root.entries.get('services') as YMap | undefined) ?? newMap(root.pos);
  const enabled = new Map<string, YMap>();
  for (const [serviceName, node] of services.entries) {
    if (isEnabled(serviceName, node as YMap, input.profiles)) {
      enabled.set(serviceName, node as YMap);
    }
  }

  project.services = Object.create(null);
  for (const [serviceName, node] of enabled) {
    mark(
      `services.${serviceName}`,
      services.keyPos.get(serviceName) ?? node.pos,
    );
    // Most services have no env_file: skip a pause per service for them.
    const envFileValues =
      node.entries.get('env_file')?.kind === 'seq'
        ? await readEnvFiles(serviceName, node, input)
        : [];
    const service = buildService(serviceName, node, {
      envFileValues,
      lookup: input.lookup,
      mark,
    });
    checkNetworkMode(serviceName, service, node);
    if (!service.network_mode && !service.networks) {
      // Every service without its own network setup joins `default`.
      service.networks = Object.assign(Object.create(null), { default: null });
      mark(
        `services.${serviceName}.networks.default`,
        services.keyPos.get(serviceName) ?? node.pos,
      );
    }
    project.services[serviceName] = service;
  }

  checkDependencies(project, services, positions);
  project.networks = buildNetworks(project, root, positions);
  project.volumes = buildVolumes(project, root, positions);
  if (Object.keys(project.volumes).length === 0) {
    delete project.volumes;
  }
  if (Object.keys(project.networks).length === 0) {
    delete project.networks;
  }
  return { project, positions, warnings: input.warnings };
}

function isEnabled(name: string, node: YMap, active: Set<string>): boolean {
  const profiles = node.entries.get('profiles');
  if (!profiles || (profiles.kind === 'scalar' && profiles.value === null)) {
    return true;
  }
  const list = expectSeq(profiles, `services.${name}.profiles`).items.map(
    (item, i) => expectText(item, `services.${name}.profiles[${i}]`),
  );
  return list.length === 0 || active.has('*') || list.some(p => active.has(p));
}

async function readEnvFiles(
  name: string,
  node: YMap,
  input: BuildProjectInput,
) {
  const envFile = node.entries.get('env_file');
  if (!envFile || envFile.kind !== 'seq') {
    return [];
  }
  const out = [];
  for (const [i, item] of envFile.items.entries()) {
    const entry = expectMap(item, `services.${name}.env_file[${i}]`);
    const path = expectText(
      entry.entries.get('path')!,
      `services.${name}.env_file[${i}]`,
    );
    const required = expectBoolean(
      entry.entries.get('required')!,
      `services.${name}.env_file[${i}].required`,
    );
    out.push({
      values: await input.readEnvFile(path, required, item.pos),
      pos: item.pos,
    });
  }
  return out;
}

function checkNetworkMode(
  name: string,
  service: ComposeService,
  node: YMap,
): void {
  if (service.network_mode && service.networks) {
    throw new ContractInputError({
      position: node.entries.get('network_mode')!.pos,
      field: `services.${name}.network_mode`,
      message: `service ${name} declares mutually exclusive \`network_mode\` and \`networks\`: ${INVALID}`,
      fix: 'remove either network_mode or networks',
    });
  }
}

function checkDependencies(
  project: ComposeProject,
  services: YMap,
  positions: Map<string, SourcePosition>,
): void {
  for (const name of Object.keys(project.services)) {
    const service = project.services[name];
    for (const target of Object.keys(service.depends_on ?? {})) {
      if (target in project.services) {
        continue;
      }
      throw new ContractInputError({
        position: positions.get(`services.${name}.depends_on.${target}`),
        field: `services.${name}.depends_on`,
        message: `service "${name}" depends on undefined service "${target}": ${INVALID}`,
        fix: services.entries.has(target)
          ? `activate a profile of "${target}"`
          : `define service "${target}" or remove the dependency`,
      });
    }
  }
}

function buildNetworks(
  project: ComposeProject,
  root: YMap,
  positions: Map<string, SourcePosition>,
) {
  const declared = topLevel(root, 'networks');
  const out: Record<string, ComposeNetwork> = Object.create(null);

  for (const name of Object.keys(project.services)) {
    const service = project.services[name];
    for (const key of Object.keys(service.networks ?? {})) {
      if (key in out) {
        continue;
      }
      const node = declared?.entries.get(key);
      if (!node && key !== 'default') {
        throw new ContractInputError({
          position: positions.get(`services.${name}.networks.${key}`),
          field: `services.${name}.networks`,
          message: `service "${name}" refers to undefined network ${key}: ${INVALID}`,
          fix: `declare ${key} under the top-level networks, or remove it from the service`,
        });
      }
      out[key] = buildNetwork(project.name, key, node);
      positions.set(
        `networks.${key}`,
        declared?.keyPos.get(key) ??
          node?.pos ??
          positions.get(`services.${name}`)!,
      );
    }
  }
  return out;
}

function buildNetwork(
  projectName: string,
  key: string,
  node: YNode | undefined,
): ComposeNetwork {
  const field = `networks.${key}`;
  const map =
    node && !(node.kind === 'scalar' && node.value === null)
      ? expectMap(node, field)
      : undefined;
  const network: ComposeNetwork = Object.assign(
    Object.create(null),
    map ? toPlain(map) : {},
  );
  const external = map?.entries.get('external');
  let externalName: string | undefined;
  if (external?.kind === 'map') {
    // The legacy form `external: { name: x }`.
    const legacy = external.entries.get('name');
    externalName = legacy
      ? expectText(legacy, `${field}.external.name`)
      : undefined;
    network.external = true;
  } else if (
    external &&
    !(external.kind === 'scalar' && external.value === null)
  ) {
    network.external = expectBoolean(external, `${field}.external`);
  }
  for (const flag of ['internal', 'attachable', 'enable_ipv6'] as const) {
    const value = map?.entries.get(flag);
    if (value && !(value.kind === 'scalar' && value.value === null)) {
      network[flag] = expectBoolean(value, `${field}.${flag}`);
    }
  }
  const nameNode = map?.entries.get('name');
  const explicit =
    nameNode && !(nameNode.kind === 'scalar' && nameNode.value === null)
      ? expectText(nameNode, `${field}.name`)
      : externalName;
  network.name = explicit ?? (network.external ? key : `${projectName}_${key}`);
  if (network.ipam === undefined) {
    network.ipam = Object.create(null);
  }
  return network;
}

function buildVolumes(
  project: ComposeProject,
  root: YMap,
  positions: Map<string, SourcePosition>,
) {
  const declared = topLevel(root, 'volumes');
  const out: Record<string, ComposeVolume> = Object.create(null);
  for (const [key, node] of declared?.entries ?? []) {
    const field = `volumes.${key}`;
    const map =
      node.kind === 'scalar' && node.value === null
        ? undefined
        : expectMap(node, field);
    const volume: ComposeVolume = Object.assign(
      Object.create(null),
      map ? toPlain(map) : {},
    );
    const nameNode = map?.entries.get('name');
    const external = map?.entries.get('external');
    if (external && external.kind === 'scalar' && external.value !== null) {
      volume.external = expectBoolean(external, `${field}.external`);
    }
    const ownName = volume.external ? key : `${project.name}_${key}`;
    volume.name =
      nameNode && nameNode.kind === 'scalar' && nameNode.value !== null
        ? String(nameNode.value)
        : ownName;
    out[key] = volume;
    positions.set(field, declared!.keyPos.get(key) ?? node.pos);
  }

  for (const name of Object.keys(project.services)) {
    const service = project.services[name];
    (service.volumes ?? []).forEach((mount, i) => {
      if (mount.type === 'volume' && mount.source && !(mount.source in out)) {
        throw new ContractInputError({
          position: positions.get(`services.${name}.volumes[${i}]`),
          field: `services.${name}.volumes`,
          message: `service "${name}" refers to undefined volume ${mount.source}: ${INVALID}`,
          fix: `declare ${mount.source} under the top-level volumes`,
        });
      }
    });
  }
  return out;
}

function topLevel(root: YMap, key: string): YMap | undefined {
  const node = root.entries.get(key);
  if (!node || (node.kind === 'scalar' && node.value === null)) {
    return undefined;
  }
  return expectMap(node, key);
}
