import { SourcePosition } from '../source';
import { plainKeyText } from './resolvePlainScalar';

/** Thrown when the text leaves the subset of YAML that is read directly. */
export class Unsupported {}
/** The one instance thrown, so that throwing costs no stack trace. */
export const UNSUPPORTED = new Unsupported();

const NAME = /[A-Za-z0-9_-]/;
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
const UNSAFE_FIRST = '-?:,[]{}#&*!|>\'"%@` ';

/**
 * The text split into lines, with the checks that decide, one token at a
 * time, whether a line stays within plain block YAML. Each check throws
 * {@link UNSUPPORTED} rather than guess.
 *
 * @internal
 */
export class LineScanner {
  protected readonly starts: number[] = [];
  protected readonly ends: number[] = [];

  constructor(
    protected readonly file: string,
    protected readonly text: string,
  ) {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      this.starts.push(start);
      this.ends.push(end === -1 ? text.length : end);
      if (end === -1) {
        break;
      }
      start = end + 1;
    }
  }

  protected plainEnd(at: number, line: number, inFlow: boolean): number {
    const text = this.text;
    const first = text[at];
    if (
      at >= this.ends[line] ||
      (UNSAFE_FIRST.includes(first) &&
        !(first === '-' && NAME.test(text[at + 1] ?? ' ')))
    ) {
      throw UNSUPPORTED;
    }
    let end = at;
    for (; end < this.ends[line]; end++) {
      const ch = text[end];
      if (inFlow) {
        if (ch === ',' || ch === ']') {
          break;
        }
        if ('[]{}:#"\''.includes(ch)) {
          throw UNSUPPORTED;
        }
      } else if (ch === ' ' && text[end + 1] === '#') {
        break;
      } else if (
        ch === ':' &&
        (end + 1 === this.ends[line] || text[end + 1] === ' ')
      ) {
        throw UNSUPPORTED;
      }
    }
    while (text[end - 1] === ' ') {
      end--;
    }
    return end;
  }

  /** The closing quote of a one-line scalar without escapes. */
  protected quotedEnd(at: number, line: number): number {
    const quote = this.text[at];
    const close = this.text.indexOf(quote, at + 1);
    if (close === -1 || close >= this.ends[line]) {
      throw UNSUPPORTED;
    }
    const body = this.text.slice(at + 1, close);
    if (quote === '"' && body.includes('\\')) {
      throw UNSUPPORTED;
    }
    if (quote === "'" && this.text[close + 1] === "'") {
      throw UNSUPPORTED;
    }
    return close;
  }

  protected quotedText(at: number, close: number): string {
    return this.text.slice(at + 1, close);
  }

  /**
   * The offset of the `:` ending a key that starts at `at`, or -1 when
   * the line does not start with a key this reader accepts.
   */
  protected keyEnd(at: number, line: number): number {
    const text = this.text;
    let colon: number;
    if (text[at] === '"' || text[at] === "'") {
      const close = text.indexOf(text[at], at + 1);
      if (close === -1 || close >= this.ends[line]) {
        return -1;
      }
      const body = text.slice(at + 1, close);
      if (body.includes('\\') || body.includes("'")) {
        return -1;
      }
      colon = close + 1;
    } else if (text.startsWith('<<', at)) {
      colon = at + 2;
    } else {
      colon = text.indexOf(':', at);
      if (
        colon === -1 ||
        colon >= this.ends[line] ||
        !PLAIN_KEY.test(text.slice(at, colon))
      ) {
        return -1;
      }
    }
    if (
      text[colon] !== ':' ||
      (colon + 1 < this.ends[line] && text[colon + 1] !== ' ')
    ) {
      return -1;
    }
    return colon;
  }

  protected keyText(at: number, colon: number): string {
    const first = this.text[at];
    if (first === '"' || first === "'") {
      return this.text.slice(at + 1, colon - 1);
    }
    return plainKeyText(this.text.slice(at, colon));
  }

  protected name(from: number, to: number): string {
    if (from === to) {
      throw UNSUPPORTED;
    }
    for (let i = from; i < to; i++) {
      if (!NAME.test(this.text[i])) {
        throw UNSUPPORTED;
      }
    }
    return this.text.slice(from, to);
  }

  protected expectLineEnd(at: number, line: number): void {
    const end = this.ends[line];
    const rest = this.skipSpaces(at, line);
    if (rest === end || (rest > at && this.text[rest] === '#')) {
      return;
    }
    throw UNSUPPORTED;
  }

  protected pos(line: number, col: number): SourcePosition {
    return { file: this.file, line: line + 1, column: col + 1 };
  }

  protected isDash(at: number, line: number): boolean {
    return (
      this.text[at] === '-' &&
      (at + 1 === this.ends[line] || this.text[at + 1] === ' ')
    );
  }

  protected wordEnd(at: number, line: number): number {
    let end = at;
    while (end < this.ends[line] && this.text[end] !== ' ') {
      end++;
    }
    return end;
  }

  protected skipSpaces(from: number, line: number): number {
    let at = from;
    while (at < this.ends[line] && this.text[at] === ' ') {
      at++;
    }
    return at;
  }

  protected indent(line: number): number {
    return this.skipSpaces(this.starts[line], line) - this.starts[line];
  }

  /** The first line from `line` on that is neither blank nor a comment. */
  protected contentLine(from: number): number {
    let line = from;
    for (; line < this.starts.length; line++) {
      const at = this.skipSpaces(this.starts[line], line);
      if (at < this.ends[line] && this.text[at] !== '#') {
        return line;
      }
    }
    return line;
  }
}
