import { YMap, YNode, YSeq } from './yamlTree';

/** Lists that a later file replaces instead of extending. */
const REPLACED = new Set([
  'services.*.command',
  'services.*.entrypoint',
  'services.*.healthcheck.test',
]);

/**
 * Merges `over` onto `base` as Compose merges files and `extends`: maps
 * recursively, lists appended (duplicates are removed when the project is
 * built), scalars replaced. `!reset` removes a value and `!override`
 * replaces it whole. Inputs are not changed.
 *
 * @internal
 */
export function mergeNodes(
  base: YNode | undefined,
  over: YNode,
  path: string[] = [],
): YNode | undefined {
  if (over.tag === 'reset') {
    return undefined;
  }
  if (over.tag === 'override' || base === undefined) {
    return stripTags(over);
  }
  if (base.kind === 'map' && over.kind === 'map') {
    return mergeMaps(base, over, path);
  }
  if (base.kind === 'seq' && over.kind === 'seq' && !isReplaced(path)) {
    const tail = stripTags(over) as YSeq;
    return { ...base, items: [...base.items, ...tail.items] };
  }
  return stripTags(over);
}

function mergeMaps(base: YMap, over: YMap, path: string[]): YMap {
  const out: YMap = {
    ...base,
    tag: undefined,
    entries: new Map(base.entries),
    keyPos: new Map(base.keyPos),
  };
  for (const [key, value] of over.entries) {
    const merged = mergeNodes(base.entries.get(key), value, [...path, key]);
    if (merged === undefined) {
      out.entries.delete(key);
      out.keyPos.delete(key);
    } else {
      out.entries.set(key, merged);
      // A value that only adds to an earlier one keeps the earlier key.
      if (!out.keyPos.has(key)) {
        out.keyPos.set(key, over.keyPos.get(key) ?? value.pos);
      }
    }
  }
  return out;
}

/** Applies the tags of a value that has nothing beneath it to merge with. */
function stripTags(node: YNode): YNode {
  if (node.kind === 'map') {
    const out = newEmptyLike(node);
    for (const [key, value] of node.entries) {
      if (value.tag !== 'reset') {
        out.entries.set(key, stripTags(value));
        out.keyPos.set(key, node.keyPos.get(key) ?? value.pos);
      }
    }
    return out;
  }
  if (node.kind === 'seq') {
    return {
      ...node,
      tag: undefined,
      items: node.items.filter(i => i.tag !== 'reset').map(stripTags),
    };
  }
  return node.tag ? { ...node, tag: undefined } : node;
}

function newEmptyLike(node: YMap): YMap {
  return { ...node, tag: undefined, entries: new Map(), keyPos: new Map() };
}

function isReplaced(path: string[]): boolean {
  if (path[0] !== 'services' || path.length < 3) {
    return false;
  }
  return REPLACED.has(['services', '*', ...path.slice(2)].join('.'));
}
