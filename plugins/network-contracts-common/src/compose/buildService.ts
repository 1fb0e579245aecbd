import { ContractInputError, SourcePosition } from '../source';
import {
  expectBoolean,
  expectInteger,
  expectMap,
  expectSeq,
  expectText,
  scalarText,
  toPlain,
} from './nodes';
import {
  ComposeDependency,
  ComposePort,
  ComposeService,
  ComposeServiceNetwork,
  ComposeVolumeMount,
} from './types';
import { YMap, YNode } from './yamlTree';

/**
 * What a service is built from besides its own tree.
 *
 * @internal
 */
export interface BuildServiceContext {
  /** Variables from env files, with the place of their `env_file` entry. */
  envFileValues: Array<{ values: Map<string, string>; pos: SourcePosition }>;
  /** Resolves `environment` entries written without a value. */
  lookup: (name: string) => string | undefined;
  /** Collects positions under `services.<name>`. */
  mark: (path: string, pos: SourcePosition) => void;
}

const TEXT_FIELDS = [
  'image',
  'hostname',
  'domainname',
  'container_name',
  'network_mode',
];
const UNIQUE_LISTS = ['links', 'profiles', 'dns', 'dns_search', 'extra_hosts'];
const DROPPED = new Set(['extends', 'env_file']);
const ATTACHMENT_REBUILT = new Set(['aliases', 'ipv4_address', 'ipv6_address']);

/**
 * Turns a merged service tree into the shape Compose prints, removing
 * duplicates the way Compose does and recording where each value came from.
 *
 * @internal
 */
export function buildService(
  name: string,
  node: YMap,
  context: BuildServiceContext,
): ComposeService {
  const field = `services.${name}`;
  const { mark } = context;
  const service: ComposeService = Object.create(null);

  for (const [key, value] of node.entries) {
    if (DROPPED.has(key)) {
      continue;
    }
    // A value rebuilt below only needs its place in the key order; copying
    // it first would make garbage of every network and list of the service.
    service[key] = isRebuilt(key, value) ? null : toPlain(value);
  }

  for (const key of TEXT_FIELDS) {
    const value = node.entries.get(key);
    if (value && !(value.kind === 'scalar' && value.value === null)) {
      service[key] = expectText(value, `${field}.${key}`);
      mark(`${field}.${key}`, value.pos);
    } else {
      delete service[key];
    }
  }

  for (const key of UNIQUE_LISTS) {
    const value = node.entries.get(key);
    if (value && !(value.kind === 'scalar' && value.value === null)) {
      const items = uniqueBy(
        expectSeq(value, `${field}.${key}`).items,
        (item, i) => expectText(item, `${field}.${key}[${i}]`),
      );
      service[key] = items.map(([text]) => text);
      items.forEach(([, item], i) => mark(`${field}.${key}[${i}]`, item.pos));
    }
  }

  const expose = node.entries.get('expose');
  if (expose?.kind === 'seq') {
    const items = uniqueBy(expose.items, item =>
      String((item as { value: unknown }).value),
    );
    service.expose = items.map(([text]) => text);
    items.forEach(([, item], i) => mark(`${field}.expose[${i}]`, item.pos));
  }

  const ports = node.entries.get('ports');
  if (ports?.kind === 'seq') {
    service.ports = buildPorts(ports.items, `${field}.ports`, mark);
  }

  const volumes = node.entries.get('volumes');
  if (volumes?.kind === 'seq') {
    const items = uniqueBy(volumes.items, (item, i) =>
      expectText(
        expectMap(item, `${field}.volumes[${i}]`).entries.get('target') ?? item,
        `${field}.volumes[${i}].target`,
      ),
    );
    service.volumes = items.map(
      ([, item]) => toPlain(item) as ComposeVolumeMount,
    );
    items.forEach(([, item], i) => mark(`${field}.volumes[${i}]`, item.pos));
  }

  buildNetworks(service, node, field, mark);
  buildMaps(service, node, field, context);
  buildDependsOn(service, node, field, mark);
  return service;
}

/** Whether the steps below replace or delete `service[key]`. */
function isRebuilt(key: string, value: YNode): boolean {
  switch (key) {
    case 'networks':
    case 'depends_on':
    case 'environment':
      return true;
    case 'expose':
    case 'ports':
    case 'volumes':
      return value.kind === 'seq';
    case 'labels':
      return value.kind === 'map';
    default:
      return (
        (TEXT_FIELDS.includes(key) || UNIQUE_LISTS.includes(key)) &&
        !(value.kind === 'scalar' && value.value === null)
      );
  }
}

function buildPorts(
  items: YNode[],
  field: string,
  mark: BuildServiceContext['mark'],
): ComposePort[] {
  const ports = items.map((item, i) => {
    const entry = expectMap(item, `${field}[${i}]`);
    const get = (key: string) => {
      const value = entry.entries.get(key);
      return value && !(value.kind === 'scalar' && value.value === null)
        ? value
        : undefined;
    };
    const port: ComposePort = {
      mode: expectText(get('mode')!, `${field}[${i}].mode`),
      target: expectInteger(get('target')!, `${field}[${i}].target`),
      protocol: expectText(get('protocol')!, `${field}[${i}].protocol`),
    };
    for (const key of [
      'host_ip',
      'published',
      'app_protocol',
      'name',
    ] as const) {
      const value = get(key);
      if (value) {
        port[key] = expectText(value, `${field}[${i}].${key}`);
      }
    }
    return { port, item };
  });

  const unique = uniqueBy(ports, ({ port }) =>
    [port.host_ip ?? '', port.target, port.published ?? '', port.protocol].join(
      '|',
    ),
  );
  unique.forEach(([, { item }], i) => mark(`${field}[${i}]`, item.pos));
  return unique.map(([, { port }]) => port);
}

function buildNetworks(
  service: ComposeService,
  node: YMap,
  field: string,
  mark: BuildServiceContext['mark'],
): void {
  const networks = node.entries.get('networks');
  if (!networks || networks.kind !== 'map') {
    delete service.networks;
    return;
  }
  const out: Record<string, ComposeServiceNetwork | null> = Object.create(null);
  for (const [key, value] of networks.entries) {
    const path = `${field}.networks.${key}`;
    mark(path, networks.keyPos.get(key) ?? value.pos);
    if (value.kind !== 'map') {
      out[key] = null;
      continue;
    }
    // Aliases and addresses are rebuilt below: only keep their place.
    const attachment: ComposeServiceNetwork = Object.create(null);
    for (const [key2, option] of value.entries) {
      const rebuilt =
        ATTACHMENT_REBUILT.has(key2) &&
        !(option.kind === 'scalar' && option.value === null);
      (attachment as Record<string, unknown>)[key2] = rebuilt
        ? null
        : toPlain(option);
    }
    const aliases = value.entries.get('aliases');
    if (aliases && !(aliases.kind === 'scalar' && aliases.value === null)) {
      const items = uniqueBy(
        expectSeq(aliases, `${path}.aliases`).items,
        (item, i) => expectText(item, `${path}.aliases[${i}]`),
      );
      attachment.aliases = items.map(([text]) => text);
      items.forEach(([, item], i) => mark(`${path}.aliases[${i}]`, item.pos));
    }
    for (const key2 of ['ipv4_address', 'ipv6_address'] as const) {
      const address = value.entries.get(key2);
      if (address && !(address.kind === 'scalar' && address.value === null)) {
        attachment[key2] = expectText(address, `${path}.${key2}`);
        mark(`${path}.${key2}`, address.pos);
      }
    }
    out[key] = attachment;
  }
  service.networks = out;
}

function buildMaps(
  service: ComposeService,
  node: YMap,
  field: string,
  context: BuildServiceContext,
): void {
  const labels = node.entries.get('labels');
  if (labels?.kind === 'map') {
    const out: Record<string, string> = Object.create(null);
    for (const [key, value] of labels.entries) {
      out[key] = scalarText(value, `${field}.labels.${key}`) ?? '';
      context.mark(
        `${field}.labels.${key}`,
        labels.keyPos.get(key) ?? value.pos,
      );
    }
    service.labels = out;
  }

  const environment = node.entries.get('environment');
  if (!environment && context.envFileValues.length === 0) {
    return;
  }
  const out: Record<string, string | null> = Object.create(null);
  for (const { values, pos } of context.envFileValues) {
    for (const [key, value] of values) {
      out[key] = value;
      context.mark(`${field}.environment.${key}`, pos);
    }
  }
  if (environment?.kind === 'map') {
    for (const [key, value] of environment.entries) {
      const text = scalarText(value, `${field}.environment.${key}`);
      // A name without a value is passed through from the environment.
      out[key] = text ?? context.lookup(key) ?? null;
      context.mark(
        `${field}.environment.${key}`,
        environment.keyPos.get(key) ?? value.pos,
      );
    }
  }
  if (Object.keys(out).length > 0) {
    service.environment = out;
  } else {
    delete service.environment;
  }
}

function buildDependsOn(
  service: ComposeService,
  node: YMap,
  field: string,
  mark: BuildServiceContext['mark'],
): void {
  const out: Record<string, ComposeDependency> = Object.create(null);
  const dependsOn = node.entries.get('depends_on');
  if (dependsOn?.kind === 'map') {
    for (const [key, value] of dependsOn.entries) {
      const path = `${field}.depends_on.${key}`;
      const entry = expectMap(value, path);
      const dependency: ComposeDependency = {
        condition: expectText(
          entry.entries.get('condition')!,
          `${path}.condition`,
        ),
        required: expectBoolean(
          entry.entries.get('required')!,
          `${path}.required`,
        ),
      };
      const restart = entry.entries.get('restart');
      if (restart && !(restart.kind === 'scalar' && restart.value === null)) {
        dependency.restart = expectBoolean(restart, `${path}.restart`);
      }
      out[key] = dependency;
      mark(path, dependsOn.keyPos.get(key) ?? value.pos);
    }
  }

  // Links, a shared network stack and shared volumes imply a dependency.
  const implied: Array<[string, SourcePosition]> = [];
  const links = node.entries.get('links');
  if (links?.kind === 'seq') {
    for (const item of links.items) {
      implied.push([
        String((item as { value: unknown }).value).split(':')[0],
        item.pos,
      ]);
    }
  }
  const mode = service.network_mode;
  if (typeof mode === 'string' && mode.startsWith('service:')) {
    implied.push([mode.slice(8), node.entries.get('network_mode')!.pos]);
  }
  const volumesFrom = node.entries.get('volumes_from');
  if (volumesFrom?.kind === 'seq') {
    for (const item of volumesFrom.items) {
      const text = String((item as { value: unknown }).value);
      if (!text.startsWith('container:')) {
        implied.push([text.replace(/^service:/, '').split(':')[0], item.pos]);
      }
    }
  }
  for (const [target, pos] of implied) {
    if (!(target in out)) {
      out[target] = {
        condition: 'service_started',
        restart: true,
        required: true,
      };
      mark(`${field}.depends_on.${target}`, pos);
    }
  }

  if (Object.keys(out).length > 0) {
    service.depends_on = out;
  } else {
    delete service.depends_on;
  }
}

/** Keeps the first place of each key and the last value written for it. */
function uniqueBy<T>(
  items: T[],
  keyOf: (item: T, index: number) => string,
): Array<[string, T]> {
  // Most lists hold one item: nothing to deduplicate.
  if (items.length === 1) {
    return [[keyOf(items[0], 0), items[0]]];
  }
  const index = new Map<string, number>();
  const out: Array<[string, T]> = [];
  items.forEach((item, i) => {
    const key = keyOf(item, i);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push([key, item]);
    } else {
      out[at] = [key, item];
    }
  });
  return out;
}

/** @internal */
export function profileEnabled(
  service: ComposeService,
  active: Set<string>,
): boolean {
  const profiles = service.profiles as string[] | undefined;
  if (!profiles || profiles.length === 0) {
    return true;
  }
  return active.has('*') || profiles.some(p => active.has(p));
}

/** @internal */
export function undefinedReference(
  pos: SourcePosition,
  field: string,
  message: string,
  fix?: string,
): ContractInputError {
  return new ContractInputError({ position: pos, field, message, fix });
}
