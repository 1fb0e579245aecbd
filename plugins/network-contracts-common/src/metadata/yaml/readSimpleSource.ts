import { SourcePosition } from '../../source';
import { readBlockYaml } from '../../compose/readBlockYaml';
import type { YNode } from '../../compose/yamlTree';
import { FieldPath } from './fieldPath';
import { PositionLocator, YamlSource } from './YamlSource';

// Merge keys, and keys long enough for the strict 1024-character rule,
// are left to the document, whose rules for them differ in detail.
const MAX_LINE = 1000;

function needsDocument(text: string): boolean {
  if (text.includes('<<')) {
    return true;
  }
  // A loop over line ends: a pattern for long lines scans the whole text
  // once per character.
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start >= MAX_LINE) {
      return true;
    }
    if (end === -1) {
      return false;
    }
    start = end + 1;
  }
}

/** Positions looked up in the tree the file was read into. */
class TreeLocator implements PositionLocator {
  constructor(private readonly root: YNode) {}

  positionOf(path: FieldPath, preferKey: boolean): SourcePosition {
    let node: YNode | undefined = this.root;
    let best = this.root.pos;
    for (const segment of path) {
      if (node.kind === 'map') {
        const key = String(segment);
        const value: YNode | undefined = node.entries.get(key);
        if (!value) {
          break;
        }
        best = preferKey ? node.keyPos.get(key) ?? value.pos : value.pos;
        node = value;
      } else if (node.kind === 'seq' && typeof segment === 'number') {
        const item: YNode | undefined = node.items[segment];
        if (!item) {
          break;
        }
        best = item.pos;
        node = item;
      } else {
        break;
      }
    }
    return { ...best };
  }
}

/**
 * Reads a file of plain block YAML (see `readBlockYaml`) without the
 * `yaml` library's document, when the document would give the same data,
 * positions and no problem: no aliases, tags, merge keys, empty keys or
 * `__proto__` keys. Returns undefined for any other file.
 *
 * @internal
 */
export function readSimpleSource(
  text: string,
  file: string,
): YamlSource | undefined {
  if (needsDocument(text)) {
    return undefined;
  }
  // No alias may expand: any alias sends the file to the document.
  const tree = readBlockYaml(file, text, 0);
  if (tree?.kind !== 'map') {
    return undefined;
  }
  const data = toData(tree);
  if (data === undefined) {
    return undefined;
  }
  return new YamlSource(
    file,
    data as Record<string, unknown>,
    new TreeLocator(tree),
  );
}

/** The data `toJS` would give, or undefined where the two could differ. */
function toData(node: YNode): unknown {
  if (node.tag) {
    return undefined;
  }
  if (node.kind === 'scalar') {
    return node.value;
  }
  if (node.kind === 'seq') {
    const items: unknown[] = [];
    for (const item of node.items) {
      const value = toData(item);
      if (value === undefined) {
        return undefined;
      }
      items.push(value);
    }
    return items;
  }
  const data: Record<string, unknown> = {};
  for (const [key, item] of node.entries) {
    const value = toData(item);
    if (key === '' || key === '__proto__' || value === undefined) {
      return undefined;
    }
    data[key] = value;
  }
  return data;
}
