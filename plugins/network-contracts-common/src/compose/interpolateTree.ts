import { interpolateString, VariableLookup } from './interpolate';
import { YNode } from './yamlTree';

/**
 * Interpolates every string value written in a file, in place. Keys are
 * left alone, as Compose does.
 *
 * @internal
 */
export function interpolateTree(
  node: YNode,
  lookup: VariableLookup,
  warn: (message: string) => void,
): void {
  if (node.kind === 'scalar') {
    if (node.raw && typeof node.value === 'string') {
      node.value = interpolateString(node.value, lookup, node.pos, warn);
    }
    return;
  }
  if (node.kind === 'seq') {
    for (const item of node.items) {
      interpolateTree(item, lookup, warn);
    }
    return;
  }
  for (const value of node.entries.values()) {
    interpolateTree(value, lookup, warn);
  }
}
