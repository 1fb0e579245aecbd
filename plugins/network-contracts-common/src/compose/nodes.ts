import { ContractInputError, SourcePosition } from '../source';
import { YMap, YNode, YScalar, YScalarValue, YSeq } from './yamlTree';

/*
 * Small constructors and type checks over the YAML tree. Each check throws
 * a ContractInputError that names the field and where it was written.
 */

/** @internal */
export function newMap(pos: SourcePosition): YMap {
  return { kind: 'map', pos, entries: new Map(), keyPos: new Map() };
}

/** @internal */
export function newScalar(value: YScalarValue, pos: SourcePosition): YScalar {
  return { kind: 'scalar', pos, value };
}

/** @internal */
export function newSeq(items: YNode[], pos: SourcePosition): YSeq {
  return { kind: 'seq', pos, items };
}

/** @internal */
export function setEntry(
  map: YMap,
  key: string,
  value: YNode,
  keyPos: SourcePosition = value.pos,
): void {
  map.entries.set(key, value);
  map.keyPos.set(key, keyPos);
}

/** @internal */
export function wrongType(
  node: YNode,
  field: string,
  expected: string,
): ContractInputError {
  const found: Record<string, string> = { seq: 'a list', map: 'a mapping' };
  const actual =
    node.kind === 'scalar' ? typeName(node.value) : found[node.kind];
  return new ContractInputError({
    position: node.pos,
    field,
    message: `${field} must be ${expected}, not ${actual}`,
  });
}

function typeName(value: YScalarValue): string {
  return value === null ? 'null' : `a ${typeof value}`;
}

/** @internal */
export function expectMap(node: YNode, field: string): YMap {
  if (node.kind !== 'map') {
    throw wrongType(node, field, 'a mapping');
  }
  return node;
}

/** @internal */
export function expectSeq(node: YNode, field: string): YSeq {
  if (node.kind !== 'seq') {
    throw wrongType(node, field, 'a list');
  }
  return node;
}

/** A string, or a number or boolean written where a string is meant. */
export function expectText(node: YNode, field: string): string {
  if (node.kind !== 'scalar' || node.value === null) {
    throw wrongType(node, field, 'a string');
  }
  return String(node.value);
}

/** A scalar as Compose prints it in maps such as labels; null stays null. */
export function scalarText(node: YNode, field: string): string | null {
  if (node.kind !== 'scalar') {
    throw wrongType(node, field, 'a string, number or boolean');
  }
  return node.value === null ? null : String(node.value);
}

/** @internal */
export function expectBoolean(node: YNode, field: string): boolean {
  if (node.kind === 'scalar') {
    if (typeof node.value === 'boolean') {
      return node.value;
    }
    // Interpolated values arrive as strings, and Compose casts them.
    if (node.value === 'true' || node.value === 'false') {
      return node.value === 'true';
    }
  }
  throw wrongType(node, field, 'a boolean');
}

/** @internal */
export function expectInteger(node: YNode, field: string): number {
  if (node.kind === 'scalar') {
    const value =
      typeof node.value === 'string' && /^-?\d+$/.test(node.value.trim())
        ? Number(node.value)
        : node.value;
    if (typeof value === 'number' && Number.isInteger(value)) {
      return value;
    }
  }
  throw wrongType(node, field, 'an integer');
}

/** Converts a subtree to plain JSON, with null-prototype objects. */
export function toPlain(node: YNode): unknown {
  if (node.kind === 'scalar') {
    return node.value;
  }
  if (node.kind === 'seq') {
    return node.items.map(toPlain);
  }
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of node.entries) {
    out[key] = toPlain(value);
  }
  return out;
}
