import { LineScanner, UNSUPPORTED } from './LineScanner';
import { resolvePlainScalar } from './resolvePlainScalar';
import type { YMap, YNode, YScalar, YSeq, YTag } from './yamlTree';

// Characters that make the text more than plain block YAML: tabs and
// carriage returns change indentation rules, the others are rejected or
// reported by the `yaml` library.
// eslint-disable-next-line no-control-regex -- they are what it looks for
const UNUSUAL_CHARS = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?: |$)/m;
const MAX_DEPTH = 200;

interface Anchored {
  node: YNode;
  cost: number;
  height: number;
}

class BlockYamlReader extends LineScanner {
  private readonly anchors = new Map<string, Anchored>();
  /** The next line with content once a node has been read. */
  private next = 0;
  /** Nodes an alias-by-alias conversion would build, and their depth. */
  private cost = 0;
  private height = 0;
  private aliasNodes = 0;
  private wasAlias = false;

  constructor(
    file: string,
    text: string,
    private readonly maxAliasNodes: number,
  ) {
    super(file, text);
  }

  read(): YNode {
    const first = this.contentLine(0);
    if (first === this.starts.length || this.indent(first) !== 0) {
      throw UNSUPPORTED;
    }
    const node = this.node(first, 0, 0);
    if (this.next !== this.starts.length) {
      throw UNSUPPORTED;
    }
    return node;
  }

  private node(line: number, col: number, depth: number): YNode {
    if (depth > MAX_DEPTH) {
      throw UNSUPPORTED;
    }
    const at = this.starts[line] + col;
    if (this.isDash(at, line)) {
      return this.seq(line, col, depth);
    }
    if (this.keyEnd(at, line) !== -1) {
      return this.map(line, col, depth);
    }
    throw UNSUPPORTED;
  }

  private map(first: number, col: number, depth: number): YMap {
    let line = first;
    const map: YMap = {
      kind: 'map',
      pos: this.pos(line, col),
      tag: undefined,
      entries: new Map(),
      keyPos: new Map(),
    };
    const merged: YMap[] = [];
    let cost = 1;
    let height = 0;
    for (;;) {
      const at = this.starts[line] + col;
      const colon = this.keyEnd(at, line);
      if (colon === -1) {
        throw UNSUPPORTED;
      }
      const isMerge = this.text.startsWith('<<:', at);
      const key = this.keyText(at, colon);
      if (!isMerge && map.entries.has(key)) {
        throw UNSUPPORTED;
      }
      const value = this.value(line, colon + 1, col, depth + 1, true);
      if (isMerge) {
        cost += this.mergeSources(value, merged);
      } else {
        map.entries.set(key, value);
        map.keyPos.set(key, this.pos(line, col));
        cost += this.cost;
      }
      height = Math.max(height, this.height + 1);

      line = this.next;
      if (line === this.starts.length || this.indent(line) < col) {
        break;
      }
      if (
        this.indent(line) > col ||
        this.isDash(this.starts[line] + col, line)
      ) {
        throw UNSUPPORTED;
      }
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
    this.cost = cost;
    this.height = height;
    return map;
  }

  /** Collects what a `<<` key merges; returns the conversion cost. */
  private mergeSources(value: YNode, merged: YMap[]): number {
    const literalSeq = value.kind === 'seq' && !this.wasAlias;
    const sources = literalSeq ? (value as YSeq).items : [value];
    for (const source of sources) {
      if (source.kind !== 'map') {
        throw UNSUPPORTED;
      }
      merged.push(source);
    }
    // A literal list is not converted itself, only its items are.
    return literalSeq ? this.cost - 1 : this.cost;
  }

  private seq(first: number, col: number, depth: number): YSeq {
    let line = first;
    const seq: YSeq = {
      kind: 'seq',
      pos: this.pos(line, col),
      tag: undefined,
      items: [],
    };
    let cost = 1;
    let height = 0;
    for (;;) {
      const start = this.starts[line];
      const content = this.skipSpaces(start + col + 1, line);
      if (content === this.ends[line] || this.text[content] === '#') {
        throw UNSUPPORTED;
      }
      const inner = content - start;
      let item: YNode;
      if (this.isDash(content, line)) {
        item = this.seq(line, inner, depth + 1);
      } else if (this.keyEnd(content, line) !== -1) {
        item = this.map(line, inner, depth + 1);
      } else {
        item = this.value(line, start + col + 1, col, depth + 1, false);
      }
      seq.items.push(item);
      cost += this.cost;
      height = Math.max(height, this.height + 1);

      line = this.next;
      if (line === this.starts.length || this.indent(line) < col) {
        break;
      }
      if (this.indent(line) > col) {
        throw UNSUPPORTED;
      }
      if (!this.isDash(this.starts[line] + col, line)) {
        break;
      }
    }
    this.cost = cost;
    this.height = height;
    return seq;
  }

  /**
   * Reads the value that follows a `:` or `-` at `from`: properties, then
   * a scalar, flow list or alias on the same line, or a block below.
   */
  private value(
    line: number,
    from: number,
    parentIndent: number,
    depth: number,
    sameIndentSeq: boolean,
  ): YNode {
    if (depth > MAX_DEPTH) {
      throw UNSUPPORTED;
    }
    const end = this.ends[line];
    let anchor: string | undefined;
    let tag: YTag | undefined;
    let last = from;
    let at = this.skipSpaces(from, line);
    while (at < end && (this.text[at] === '&' || this.text[at] === '!')) {
      const wordEnd = this.wordEnd(at, line);
      if (this.text[at] === '&' && anchor === undefined) {
        anchor = this.name(at + 1, wordEnd);
      } else if (tag === undefined) {
        tag = tagOf(this.text.slice(at, wordEnd));
      } else {
        throw UNSUPPORTED;
      }
      last = wordEnd;
      at = this.skipSpaces(wordEnd, line);
      if (at === wordEnd && at < end) {
        throw UNSUPPORTED;
      }
    }

    this.wasAlias = false;
    let node: YNode;
    if (at === end || this.text[at] === '#') {
      node = this.blockOrEmpty(line, last, parentIndent, depth, sameIndentSeq);
      if (node.kind === 'scalar' && (tag || anchor)) {
        throw UNSUPPORTED;
      }
    } else {
      if (this.text[at] === '*') {
        if (anchor || tag) {
          throw UNSUPPORTED;
        }
        node = this.alias(at, line, depth);
      } else {
        node = this.inline(at, line, tag !== undefined);
      }
      this.next = this.contentLine(line + 1);
      if (
        this.next < this.starts.length &&
        this.indent(this.next) > parentIndent
      ) {
        throw UNSUPPORTED;
      }
    }

    if (tag) {
      node.tag = tag;
    }
    if (anchor !== undefined) {
      if (this.anchors.has(anchor)) {
        throw UNSUPPORTED;
      }
      this.anchors.set(anchor, {
        node,
        cost: this.cost,
        height: this.height,
      });
    }
    return node;
  }

  private blockOrEmpty(
    line: number,
    last: number,
    parentIndent: number,
    depth: number,
    sameIndentSeq: boolean,
  ): YNode {
    const next = this.contentLine(line + 1);
    if (next < this.starts.length) {
      const indent = this.indent(next);
      if (indent > parentIndent) {
        return this.node(next, indent, depth);
      }
      if (
        sameIndentSeq &&
        indent === parentIndent &&
        this.isDash(this.starts[next] + indent, next)
      ) {
        return this.seq(next, indent, depth);
      }
    }
    if (!sameIndentSeq) {
      throw UNSUPPORTED;
    }
    // An empty value sits after the spaces that follow its indicator.
    this.next = next;
    this.cost = 1;
    this.height = 0;
    const at = this.skipSpaces(last, line);
    return this.scalar(null, line, at - this.starts[line]);
  }

  private alias(at: number, line: number, depth: number): YNode {
    const wordEnd = this.wordEnd(at, line);
    const target = this.anchors.get(this.name(at + 1, wordEnd));
    this.expectLineEnd(wordEnd, line);
    if (!target || depth + 1 + target.height > MAX_DEPTH) {
      throw UNSUPPORTED;
    }
    this.aliasNodes += target.cost;
    if (this.aliasNodes > this.maxAliasNodes) {
      throw UNSUPPORTED;
    }
    this.cost = target.cost + 1;
    this.height = target.height + 1;
    this.wasAlias = true;
    return cloneNode(target.node);
  }

  /** A scalar or flow collection that fits on the rest of the line. */
  private inline(at: number, line: number, tagged: boolean): YNode {
    this.cost = 1;
    this.height = 0;
    const col = at - this.starts[line];
    const first = this.text[at];
    if (first === '[' || first === '{') {
      return this.flow(at, line);
    }
    if (first === '"' || first === "'") {
      const close = this.quotedEnd(at, line);
      this.expectLineEnd(close + 1, line);
      return this.scalar(this.quotedText(at, close), line, col);
    }
    const end = this.plainEnd(at, line, false);
    this.expectLineEnd(end, line);
    const source = this.text.slice(at, end);
    // An unknown tag leaves the scalar as written.
    return this.scalar(tagged ? source : resolvePlainScalar(source), line, col);
  }

  private flow(at: number, line: number): YNode {
    const col = at - this.starts[line];
    if (this.text[at] === '{') {
      const close = this.skipSpaces(at + 1, line);
      if (this.text[close] !== '}') {
        throw UNSUPPORTED;
      }
      this.expectLineEnd(close + 1, line);
      return {
        kind: 'map',
        pos: this.pos(line, col),
        tag: undefined,
        entries: new Map(),
        keyPos: new Map(),
      };
    }

    const seq: YSeq = {
      kind: 'seq',
      pos: this.pos(line, col),
      tag: undefined,
      items: [],
    };
    let item = this.skipSpaces(at + 1, line);
    if (this.text[item] !== ']') {
      for (;;) {
        let end: number;
        const itemCol = item - this.starts[line];
        if (this.text[item] === '"' || this.text[item] === "'") {
          const close = this.quotedEnd(item, line);
          seq.items.push(
            this.scalar(this.quotedText(item, close), line, itemCol),
          );
          end = close + 1;
        } else {
          end = this.plainEnd(item, line, true);
          const source = this.text.slice(item, end);
          seq.items.push(
            this.scalar(resolvePlainScalar(source), line, itemCol),
          );
        }
        const after = this.skipSpaces(end, line);
        if (this.text[after] === ']') {
          item = after;
          break;
        }
        if (this.text[after] !== ',') {
          throw UNSUPPORTED;
        }
        item = this.skipSpaces(after + 1, line);
        if (this.text[item] === ']') {
          throw UNSUPPORTED;
        }
      }
    }
    this.expectLineEnd(item + 1, line);
    this.cost = 1 + seq.items.length;
    this.height = seq.items.length > 0 ? 1 : 0;
    return seq;
  }

  /** Where a plain scalar ends: before a comment or the line's end. */
  private scalar(value: YScalar['value'], line: number, col: number): YScalar {
    return {
      kind: 'scalar',
      pos: this.pos(line, col),
      tag: undefined,
      value,
      raw: true,
    };
  }
}

function tagOf(source: string): YTag {
  if (source === '!reset') {
    return 'reset';
  }
  if (source === '!override') {
    return 'override';
  }
  throw UNSUPPORTED;
}

/** Each alias gets its own copy, as converting the document did. */
function cloneNode(node: YNode): YNode {
  if (node.kind === 'scalar') {
    return { ...node };
  }
  if (node.kind === 'seq') {
    return { ...node, items: node.items.map(cloneNode) };
  }
  const entries = new Map<string, YNode>();
  for (const [key, value] of node.entries) {
    entries.set(key, cloneNode(value));
  }
  return { ...node, entries, keyPos: new Map(node.keyPos) };
}

/**
 * Reads the common subset of YAML that compose files are written in
 * (block mappings and sequences, one-line scalars, one-line flow lists,
 * anchors, aliases and merge keys) straight into a tree, without the
 * `yaml` library's document. Returns undefined for anything else, or for
 * anything the library would report, so that the caller parses the text
 * the general way and errors keep their messages and positions.
 *
 * The tree is the one the general way builds, position for position.
 *
 * @internal
 */
export function readBlockYaml(
  file: string,
  text: string,
  maxAliasNodes: number,
): YNode | undefined {
  if (UNUSUAL_CHARS.test(text) || DOCUMENT_MARKER.test(text)) {
    return undefined;
  }
  try {
    return new BlockYamlReader(file, text, maxAliasNodes).read();
  } catch (error) {
    if (error === UNSUPPORTED) {
      return undefined;
    }
    throw error;
  }
}
