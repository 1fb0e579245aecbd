import { ContractInputError } from '../source';
import {
  expectInteger,
  expectMap,
  expectSeq,
  expectText,
  newMap,
  newScalar,
  newSeq,
  scalarText,
  setEntry,
  wrongType,
} from './nodes';
import { parsePortSpec } from './parsePortSpec';
import { parseVolumeSpec } from './parseVolumeSpec';
import { isAbsolutePath, resolvePath } from './posixPath';
import { YMap, YNode } from './yamlTree';

/**
 * What a service's relative paths are resolved against.
 *
 * @internal
 */
export interface CanonicalContext {
  baseDir: string;
  home?: string;
}

type Converter = (
  node: YNode,
  field: string,
  context: CanonicalContext,
) => YNode;

const converters: Record<string, Converter> = {
  ports: (node, field) => {
    const items = expectSeq(node, field).items.flatMap((item, index) =>
      portEntries(item, `${field}[${index}]`),
    );
    return newSeq(items, node.pos);
  },

  expose: (node, field) =>
    newSeq(
      expectSeq(node, field).items.map((item, index) =>
        newScalar(expectText(item, `${field}[${index}]`), item.pos),
      ),
      node.pos,
    ),

  volumes: (node, field, context) =>
    newSeq(
      expectSeq(node, field).items.map((item, index) =>
        volumeEntry(item, `${field}[${index}]`, context),
      ),
      node.pos,
    ),

  networks: (node, field) => {
    if (node.kind === 'seq') {
      const map = newMap(node.pos);
      node.items.forEach((item, index) => {
        const key = expectText(item, `${field}[${index}]`);
        setEntry(map, key, newScalar(null, item.pos), item.pos);
      });
      return map;
    }
    const map = expectMap(node, field);
    for (const [key, value] of map.entries) {
      if (!(value.kind === 'scalar' && value.value === null)) {
        expectMap(value, `${field}.${key}`);
      }
    }
    return map;
  },

  depends_on: (node, field) => {
    const map = newMap(node.pos);
    if (node.kind === 'seq') {
      node.items.forEach((item, index) => {
        const key = expectText(item, `${field}[${index}]`);
        setEntry(map, key, dependency(newMap(item.pos)), item.pos);
      });
      return map;
    }
    const source = expectMap(node, field);
    for (const [key, value] of source.entries) {
      const entry =
        value.kind === 'scalar' && value.value === null
          ? newMap(value.pos)
          : expectMap(value, `${field}.${key}`);
      setEntry(map, key, dependency(entry), source.keyPos.get(key));
    }
    return map;
  },

  environment: (node, field) => keyValueMap(node, field, null),
  labels: (node, field) => keyValueMap(node, field, ''),

  env_file: (node, field, context) => {
    const items = node.kind === 'seq' ? node.items : [node];
    return newSeq(
      items.map((item, index) => {
        const entry = newMap(item.pos);
        let path: string;
        let required: YNode = newScalar(true, item.pos);
        if (item.kind === 'map') {
          const pathNode = item.entries.get('path');
          if (!pathNode) {
            throw wrongType(item, `${field}[${index}].path`, 'a string');
          }
          path = expectText(pathNode, `${field}[${index}].path`);
          required = item.entries.get('required') ?? required;
        } else {
          path = expectText(item, `${field}[${index}]`);
        }
        setEntry(
          entry,
          'path',
          newScalar(resolvePath(context.baseDir, path), item.pos),
        );
        setEntry(entry, 'required', required);
        return entry;
      }),
      node.pos,
    );
  },

  extends: (node, field) => {
    if (node.kind === 'scalar') {
      const entry = newMap(node.pos);
      setEntry(entry, 'service', newScalar(expectText(node, field), node.pos));
      return entry;
    }
    return expectMap(node, field);
  },
};

/**
 * Rewrites a service's short syntaxes into the long forms Compose merges
 * and prints: ports and volumes as mappings, networks, depends_on,
 * environment and labels as maps, expose as strings, env_file as a list.
 * Positions stay those of the values as written.
 *
 * @internal
 */
export function canonicalService(
  name: string,
  node: YNode,
  context: CanonicalContext,
): YMap {
  const field = `services.${name}`;
  if (node.kind === 'scalar' && node.value === null) {
    return newMap(node.pos);
  }
  const service = expectMap(node, field);
  const out: YMap = { ...service, entries: new Map(), keyPos: new Map() };

  for (const [key, value] of service.entries) {
    const keyPos = service.keyPos.get(key) ?? value.pos;
    const path = `${field}.${key}`;
    // Own keys only: a field named `constructor` is not a converter.
    const converter = Object.prototype.hasOwnProperty.call(converters, key)
      ? converters[key]
      : undefined;
    let converted = value;
    // A reset or null value carries no data to convert.
    const empty = value.kind === 'scalar' && value.value === null;
    if (converter && value.tag !== 'reset' && !empty) {
      converted = converter(value, path, context);
      // A converter may hand back its input, which can be a cached tree.
      if (converted !== value) {
        converted.tag = value.tag;
      }
    }
    setEntry(out, key, converted, keyPos);
  }
  return out;
}

function portEntries(item: YNode, field: string): YMap[] {
  if (item.kind === 'scalar') {
    return parsePortSpec(expectText(item, field), item.pos, field).map(spec => {
      const entry = newMap(item.pos);
      setEntry(entry, 'mode', newScalar('ingress', item.pos));
      for (const [key, value] of Object.entries(spec)) {
        setEntry(entry, key, newScalar(value, item.pos));
      }
      return entry;
    });
  }

  const source = expectMap(item, field);
  const entry = newMap(item.pos);
  const targetNode = source.entries.get('target');
  if (!targetNode) {
    throw new ContractInputError({
      position: item.pos,
      field,
      message: `${field} needs a target port`,
    });
  }
  const target = expectInteger(targetNode, `${field}.target`);
  if (target < 0 || target > 65535) {
    throw wrongType(
      targetNode,
      `${field}.target`,
      'a port between 0 and 65535',
    );
  }
  for (const [key, value] of source.entries) {
    setEntry(entry, key, value, source.keyPos.get(key));
  }
  setEntry(entry, 'target', newScalar(target, targetNode.pos));
  const published = source.entries.get('published');
  if (published && !(published.kind === 'scalar' && published.value === null)) {
    setEntry(
      entry,
      'published',
      newScalar(expectText(published, `${field}.published`), published.pos),
    );
  }
  if (!entry.entries.has('mode')) {
    setEntry(entry, 'mode', newScalar('ingress', item.pos));
  }
  if (!entry.entries.has('protocol')) {
    setEntry(entry, 'protocol', newScalar('tcp', item.pos));
  }
  return [entry];
}

function volumeEntry(
  item: YNode,
  field: string,
  context: CanonicalContext,
): YMap {
  if (item.kind === 'scalar') {
    return parseVolumeSpec(expectText(item, field), item.pos, field, path =>
      resolveHostPath(path, context),
    );
  }
  const source = expectMap(item, field);
  const entry = newMap(item.pos);
  for (const [key, value] of source.entries) {
    setEntry(entry, key, value, source.keyPos.get(key));
  }
  const type = source.entries.get('type');
  const typeText = type ? expectText(type, `${field}.type`) : undefined;
  const src = source.entries.get('source');
  if (
    typeText === 'bind' &&
    src &&
    src.kind === 'scalar' &&
    src.value !== null
  ) {
    const path = resolveHostPath(expectText(src, `${field}.source`), context);
    setEntry(entry, 'source', newScalar(path, src.pos));
  }
  const tmpfs = source.entries.get('tmpfs');
  const size = tmpfs?.kind === 'map' ? tmpfs.entries.get('size') : undefined;
  if (size?.kind === 'scalar' && typeof size.value === 'number') {
    // Compose prints sizes as strings, whichever way they were written.
    setEntry(tmpfs as YMap, 'size', newScalar(String(size.value), size.pos));
  }
  if (typeText === 'volume' && !entry.entries.has('volume')) {
    setEntry(entry, 'volume', newMap(item.pos));
  }
  return entry;
}

function resolveHostPath(path: string, context: CanonicalContext): string {
  if (path === '~' || path.startsWith('~/')) {
    return context.home ? resolvePath(context.home, `.${path.slice(1)}`) : path;
  }
  return isAbsolutePath(path) ? path : resolvePath(context.baseDir, path);
}

function dependency(entry: YMap): YMap {
  if (!entry.entries.has('condition')) {
    setEntry(entry, 'condition', newScalar('service_started', entry.pos));
  }
  if (!entry.entries.has('required')) {
    setEntry(entry, 'required', newScalar(true, entry.pos));
  }
  return entry;
}

/** Turns `[K=V, K]` or `{K: V}` into a map of strings. */
function keyValueMap(node: YNode, field: string, bare: string | null): YMap {
  const map = newMap(node.pos);
  if (node.kind === 'seq') {
    node.items.forEach((item, index) => {
      const text = expectText(item, `${field}[${index}]`);
      const eq = text.indexOf('=');
      const key = eq < 0 ? text : text.slice(0, eq);
      const value = eq < 0 ? bare : text.slice(eq + 1);
      setEntry(map, key, newScalar(value, item.pos), item.pos);
    });
    return map;
  }
  const source = expectMap(node, field);
  for (const [key, value] of source.entries) {
    const text = scalarText(value, `${field}.${key}`);
    setEntry(map, key, newScalar(text, value.pos), source.keyPos.get(key));
  }
  return map;
}
