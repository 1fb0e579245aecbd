import type { ReadProblem } from '../../metadata/ReadProblem';
import type { RuleHit } from '../Rule';

/** Turns read problems into hits that keep their own severity. */
export function* readProblemHits(
  problems: ReadonlyArray<ReadProblem>,
  fallbackFix: string,
): Iterable<RuleHit> {
  for (const problem of problems) {
    const field = problem.field ? ` (${problem.field})` : '';
    yield {
      message: `${problem.message}${field}`,
      remediation: problem.fix ?? fallbackFix,
      position: problem.position,
      severity: problem.severity,
    };
  }
}
