import {
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
} from 'yaml';
import { SourcePosition } from '../../source';
import { FieldPath } from './fieldPath';

/** Finds where a path of the data was written. */
export interface PositionLocator {
  positionOf(path: FieldPath, preferKey: boolean): SourcePosition;
}

/**
 * A parsed YAML file together with what is needed to point back into it:
 * the plain data, and positions for any path in that data.
 */
export class YamlSource {
  constructor(
    readonly file: string,
    readonly data: Record<string, unknown>,
    private readonly locator: PositionLocator,
  ) {}

  /**
   * Position of the value at `path`; of its key when `preferKey` is set.
   * When the path does not exist (a missing field) the deepest existing
   * ancestor is used, so the reader still lands close to the mistake.
   */
  positionOf(path: FieldPath, preferKey = false): SourcePosition {
    return this.locator.positionOf(path, preferKey);
  }
}

/** Positions looked up in the `yaml` library's document. */
export class DocumentLocator implements PositionLocator {
  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  positionOf(path: FieldPath, preferKey: boolean): SourcePosition {
    let node: unknown = this.doc.contents;
    let best: Node | undefined = isNode(node) ? node : undefined;
    for (const segment of path) {
      const found = this.child(node, segment);
      if (!found) {
        break;
      }
      node = found.value;
      const target = preferKey && found.key ? found.key : found.value;
      best = isNode(target) ? target : best;
    }
    const { line, col } = this.lineCounter.linePos(best?.range?.[0] ?? 0);
    return { file: this.file, line, column: col };
  }

  private child(
    node: unknown,
    segment: string | number,
  ): { key?: unknown; value: unknown } | undefined {
    const resolved = isAlias(node) ? node.resolve(this.doc) : node;
    if (isMap(resolved)) {
      const pair = resolved.items.find(
        item => isPair(item) && keyText(item.key) === String(segment),
      );
      return pair
        ? { key: pair.key, value: pair.value ?? pair.key }
        : undefined;
    }
    if (isSeq(resolved) && typeof segment === 'number') {
      const item = resolved.items[segment];
      return item ? { value: item } : undefined;
    }
    return undefined;
  }
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

/** The text of a map key, as it becomes a property name in the data. */
export function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}
