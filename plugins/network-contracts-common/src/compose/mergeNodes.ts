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

/**
 * Applies the tags of a value that has nothing beneath it to merge with.
 * Untagged subtrees are shared, not copied: most files carry no tags.
 */
function stripTags(node: YNode): YNode {
  if (node.kind === 'scalar') {
    return node.tag ? { ...node, tag: undefined } : node;
  }
  if (node.kind === 'seq') {
    let changed = node.tag !== undefined;
    const items: YNode[] = [];
    for (const item of node.items) {
      const stripped = item.tag === 'reset' ? undefined : stripTags(item);
      changed ||= stripped !== item;
      if (stripped) {
        items.push(stripped);
      }
    }
    return changed ? { ...node, tag: undefined, items } : node;
  }

  let out: YMap | undefined = node.tag ? newEmptyLike(node) : undefined;
  let index = 0;
  for (const [key, value] of node.entries) {
    const stripped = value.tag === 'reset' ? undefined : stripTags(value);
    if (!out && stripped !== value) {
      // First change: copy the entries seen so far.
      out = newEmptyLike(node);
      let copied = 0;
      for (const [k, v] of node.entries) {
        if (copied++ >= index) {
          break;
        }
        out.entries.set(k, v);
        out.keyPos.set(k, node.keyPos.get(k) ?? v.pos);
      }
    }
    if (out && stripped) {
      out.entries.set(key, stripped);
      out.keyPos.set(key, node.keyPos.get(key) ?? stripped.pos);
    }
    index++;
  }
  return out ?? node;
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
