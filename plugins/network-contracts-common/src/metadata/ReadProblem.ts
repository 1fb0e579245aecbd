import { InputProblem } from '../source';

/**
 * How much a problem matters: an `error` makes the value unusable or breaks
 * the contract, a `warning` is worth fixing but changes nothing.
 *
 * @public
 */
export type ProblemSeverity = 'error' | 'warning';

/**
 * A problem found while reading an input file, with its severity.
 *
 * @public
 */
export interface ReadProblem extends InputProblem {
  severity: ProblemSeverity;
}

/**
 * What a reader returns. Readers never throw on bad content: `value` is
 * absent when the file cannot be used, and `problems` says why.
 *
 * @public
 */
export interface ReadResult<T> {
  value?: T;
  problems: ReadProblem[];
}

/**
 * Limits that keep a hostile or accidental input from exhausting memory.
 *
 * @public
 */
export interface ReadOptions {
  /** Largest accepted file, in characters. Default 262144 (256 KiB). */
  maxChars?: number;
  /** Most alias expansions accepted in one file. Default 50. */
  maxAliasCount?: number;
}

/** True when at least one problem is an error. */
export function hasErrors(problems: ReadProblem[]): boolean {
  return problems.some(problem => problem.severity === 'error');
}
