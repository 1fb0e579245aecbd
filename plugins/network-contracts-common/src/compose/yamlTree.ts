import {
  Alias,
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  parseDocument,
} from 'yaml';
import { ContractInputError, SourcePosition } from '../source';
import { readBlockYaml } from './readBlockYaml';

/**
 * A YAML value with the place it was written. Compose documents are turned
 * into this tree once, so that merging, `extends` and interpolation keep
 * positions without going back to the YAML library.
 *
 * @internal
 */
export type YNode = YMap | YSeq | YScalar;

/** Marks `!reset` and `!override`, which change how files merge. */
export type YTag = 'reset' | 'override';

/** @internal */
export interface YMap {
  kind: 'map';
  pos: SourcePosition;
  tag?: YTag;
  /** Keys are kept in a Map so that `__proto__` is just another key. */
  entries: Map<string, YNode>;
  keyPos: Map<string, SourcePosition>;
}

/** @internal */
export interface YSeq {
  kind: 'seq';
  pos: SourcePosition;
  tag?: YTag;
  items: YNode[];
}

/** @internal */
export type YScalarValue = string | number | boolean | null;

/** @internal */
export interface YScalar {
  kind: 'scalar';
  pos: SourcePosition;
  tag?: YTag;
  value: YScalarValue;
  /** Strings written in the file are interpolated; values we build are not. */
  raw?: boolean;
}

/** @internal */
export interface ParseYamlOptions {
  maxFileBytes: number;
  maxAliasNodes: number;
}

const MAX_DEPTH = 256;

class TreeConverter {
  private aliasNodes = 0;
  /**
   * The latest definition of each anchor met so far. Conversion walks the
   * document in order, and YAML defines an anchor before its aliases, so
   * this is the node each alias refers to. (The library's own lookup walks
   * the whole document for every alias: quadratic with one per service.)
   */
  private readonly anchors = new Map<string, Node>();

  constructor(
    private readonly at: (offset: number | undefined) => SourcePosition,
    private readonly maxAliasNodes: number,
  ) {}

  convert(node: Node | null, depth: number, viaAlias: boolean): YNode {
    if (depth > MAX_DEPTH) {
      throw new ContractInputError({
        position: this.at(node?.range?.[0]),
        message: `YAML is nested more than ${MAX_DEPTH} levels deep`,
      });
    }
    if (viaAlias && ++this.aliasNodes > this.maxAliasNodes) {
      throw new ContractInputError({
        position: this.at(node?.range?.[0]),
        message: `YAML aliases expand to more than ${this.maxAliasNodes} nodes (an alias bomb?)`,
      });
    }
    if (node === null || node === undefined) {
      return { kind: 'scalar', pos: this.at(0), value: null };
    }
    if (isAlias(node)) {
      return this.convert(this.resolve(node), depth + 1, true);
    }

    const anchor = (node as { anchor?: string }).anchor;
    if (anchor && !viaAlias) {
      this.anchors.set(anchor, node);
    }
    const pos = this.at(node.range?.[0]);
    const tag = tagOf(node.tag);
    if (isMap(node)) {
      return this.convertMap(node.items, pos, tag, depth, viaAlias);
    }
    if (isSeq(node)) {
      const items = node.items.map(item =>
        this.convert(item as Node, depth + 1, viaAlias),
      );
      return { kind: 'seq', pos, tag, items };
    }
    if (isScalar(node)) {
      return {
        kind: 'scalar',
        pos,
        tag,
        value: scalarValue(node.value),
        raw: true,
      };
    }
    throw new ContractInputError({
      position: pos,
      message: 'unsupported YAML node',
    });
  }

  private resolve(alias: Alias): Node {
    const target = this.anchors.get(alias.source);
    if (!target) {
      throw new ContractInputError({
        position: this.at(alias.range?.[0]),
        message: `YAML alias *${alias.source} has no anchor`,
      });
    }
    return target as Node;
  }

  private convertMap(
    pairs: Array<{ key: unknown; value: unknown }>,
    pos: SourcePosition,
    tag: YTag | undefined,
    depth: number,
    viaAlias: boolean,
  ): YMap {
    const map: YMap = {
      kind: 'map',
      pos,
      tag,
      entries: new Map(),
      keyPos: new Map(),
    };
    const merged: YMap[] = [];

    for (const pair of pairs) {
      const keyNode = pair.key as Node | null;
      if (isMergeKey(keyNode)) {
        merged.push(...this.mergeSources(pair.value as Node, depth, viaAlias));
        continue;
      }
      const key = this.keyText(keyNode);
      const keyPos = this.at(keyNode?.range?.[0] ?? undefined);
      if (map.entries.has(key)) {
        throw new ContractInputError({
          position: keyPos,
          message: `mapping key ${JSON.stringify(key)} already defined`,
          fix: 'remove one of the two entries',
        });
      }
      map.entries.set(
        key,
        this.convert(pair.value as Node, depth + 1, viaAlias),
      );
      map.keyPos.set(key, keyPos);
    }

    // Explicit keys win over merged ones, and earlier merge sources win
    // over later ones.
    for (const source of merged) {
      for (const [key, value] of source.entries) {
        if (!map.entries.has(key)) {
          map.entries.set(key, value);
          map.keyPos.set(key, source.keyPos.get(key) ?? source.pos);
        }
      }
    }
    return map;
  }

  private mergeSources(value: Node, depth: number, viaAlias: boolean): YMap[] {
    const sources = isSeq(value) ? (value.items as Node[]) : [value];
    return sources.map(source => {
      const node = this.convert(source, depth + 1, viaAlias);
      if (node.kind !== 'map') {
        throw new ContractInputError({
          position: node.pos,
          message: 'a YAML merge key (<<) must refer to a mapping',
        });
      }
      return node;
    });
  }

  private keyText(key: Node | null): string {
    if (key === null || key === undefined) {
      return '';
    }
    const node = isAlias(key) ? this.resolve(key) : key;
    if (isScalar(node)) {
      return node.value === null ? '' : String(node.value);
    }
    throw new ContractInputError({
      position: this.at(node.range?.[0]),
      message: 'mapping keys must be plain values, not collections',
    });
  }
}

/**
 * Parses one compose file into a {@link YNode} tree, resolving anchors and
 * merge keys, with every node's file, line and column.
 *
 * @internal
 */
export function parseYamlTree(
  file: string,
  text: string,
  options: ParseYamlOptions,
): YNode {
  const whole: SourcePosition = { file, line: 1, column: 1 };
  if (text.length > options.maxFileBytes) {
    throw new ContractInputError({
      position: whole,
      message: `file is ${text.length} bytes, more than the limit of ${options.maxFileBytes}`,
      fix: 'split the file, or raise maxFileBytes if it is really meant',
    });
  }

  return (
    readBlockYaml(file, text, options.maxAliasNodes) ??
    parseYamlDocumentTree(file, text, options)
  );
}

/**
 * Parses a compose file through the `yaml` library's document: the
 * general way, for what {@link readBlockYaml} leaves, and the one that
 * reports every error.
 *
 * @internal
 */
export function parseYamlDocumentTree(
  file: string,
  text: string,
  options: ParseYamlOptions,
): YNode {
  const whole: SourcePosition = { file, line: 1, column: 1 };
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      // Merge keys and duplicate keys are handled while converting: the
      // library's checks compare every key with every other, which is
      // quadratic in the number of services.
      merge: false,
      uniqueKeys: false,
      prettyErrors: false,
      strict: false,
    });
  } catch (error) {
    // The parser recurses; absurd nesting exhausts the stack.
    throw new ContractInputError({
      position: whole,
      message: `YAML cannot be parsed: ${String(error)}`,
    });
  }

  const at = (offset: number | undefined): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col };
  };

  if (doc.errors.length > 0) {
    throw new ContractInputError(
      doc.errors.slice(0, 5).map(e => ({
        position: at(e.pos[0]),
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }

  const converter = new TreeConverter(at, options.maxAliasNodes);
  if (!doc.contents) {
    return { kind: 'map', pos: whole, entries: new Map(), keyPos: new Map() };
  }
  return converter.convert(doc.contents as Node, 0, false);
}

function isMergeKey(key: Node | null): boolean {
  if (!isScalar(key) || (key.type && key.type !== 'PLAIN')) {
    return false;
  }
  // With merge keys on, the parser stores `<<` as a symbol.
  const value = key.value;
  return (
    value === '<<' || (typeof value === 'symbol' && value.description === '<<')
  );
}

function tagOf(tag: string | undefined): YTag | undefined {
  if (tag === '!reset') {
    return 'reset';
  }
  if (tag === '!override') {
    return 'override';
  }
  return undefined;
}

function scalarValue(value: unknown): YScalarValue {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    typeof value === 'number'
  ) {
    return value;
  }
  if (typeof value === 'bigint') {
    return Number(value);
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  return value === undefined ? null : String(value);
}
