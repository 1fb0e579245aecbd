/**
 * Where a value was written: a file, and a 1-based line and column in it.
 *
 * @public
 */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/**
 * One problem found in an input file, with enough detail for a person to
 * find and fix it without reading code.
 *
 * @public
 */
export interface InputProblem {
  /** Where the offending value stands; absent when the whole file is wrong. */
  position?: SourcePosition;
  /** Dotted path of the offending field, for example `services.db.ports`. */
  field?: string;
  message: string;
  /** What to change so that the problem goes away. */
  fix?: string;
}

/**
 * Renders a position as `file:line:column`, the form editors and CI
 * annotations understand.
 *
 * @public
 */
export function formatPosition(position: SourcePosition): string {
  return `${position.file}:${position.line}:${position.column}`;
}

/**
 * Renders a problem on one line: `file:line:column: message (field) Fix: ...`.
 *
 * @public
 */
export function formatProblem(problem: InputProblem): string {
  const where = problem.position ? `${formatPosition(problem.position)}: ` : '';
  const field = problem.field ? ` (${problem.field})` : '';
  const fix = problem.fix ? ` Fix: ${problem.fix}` : '';
  return `${where}${problem.message}${field}${fix}`;
}
