import { interpolateString, VariableLookup } from './interpolate';
import { YMap, YNode } from './yamlTree';

/**
 * Interpolates every string value written in a file. Keys are left alone,
 * as Compose does.
 *
 * The input is not changed: a parsed tree may be shared by several loads
 * with different variables (see `ComposeParseCache`). Nodes whose values
 * change are copied, together with the maps and lists above them; every
 * other subtree is returned as it is.
 *
 * @internal
 */
export function interpolateTree(
  node: YNode,
  lookup: VariableLookup,
  warn: (message: string) => void,
): YNode {
  if (node.kind === 'scalar') {
    if (node.raw && typeof node.value === 'string') {
      const value = interpolateString(node.value, lookup, node.pos, warn);
      return value === node.value ? node : { ...node, value };
    }
    return node;
  }
  if (node.kind === 'seq') {
    let items: YNode[] | undefined;
    node.items.forEach((item, i) => {
      const next = interpolateTree(item, lookup, warn);
      if (next !== item) {
        items ??= node.items.slice();
        items[i] = next;
      }
    });
    return items ? { ...node, items } : node;
  }
  let out: YMap | undefined;
  for (const [key, value] of node.entries) {
    const next = interpolateTree(value, lookup, warn);
    if (next !== value) {
      // Setting an existing key keeps the order of the entries.
      out ??= { ...node, entries: new Map(node.entries) };
      out.entries.set(key, next);
    }
  }
  return out ?? node;
}
