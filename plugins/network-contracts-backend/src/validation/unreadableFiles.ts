import { InputError } from '@backstage/errors';
import {
  Finding,
  formatProblem,
} from '@internal/plugin-network-contracts-common';

/**
 * Rules that say a compose or metadata file cannot be read as it stands.
 * The engine reports them and checks the rest; a run of the backend fails
 * on them instead, because results without the services or environments
 * of that file would look as if their findings were fixed.
 */
const UNREADABLE_FILE_RULES = new Set([
  'metadata/invalid-compose',
  'metadata/invalid',
]);

/** Problems listed in a failure reason; the rest are counted. */
const LISTED = 20;

/**
 * An `InputError` naming each place a compose or metadata file cannot be
 * read, with the fix; `undefined` when every file could be read. Waivers
 * do not cover these: a waived syntax error would still hide services.
 */
export function unreadableFilesError(
  findings: ReadonlyArray<Finding>,
): InputError | undefined {
  const problems = findings.filter(
    f => f.severity === 'error' && UNREADABLE_FILE_RULES.has(f.rule),
  );
  if (problems.length === 0) {
    return undefined;
  }

  const lines = problems.slice(0, LISTED).map(f =>
    formatProblem({
      position: f.position,
      message: f.message,
      fix: f.remediation,
    }),
  );
  if (problems.length > LISTED) {
    lines.push(`and ${problems.length - LISTED} more problems.`);
  }
  const files = new Set(problems.map(f => f.position?.file ?? 'compose'));
  const subject = files.size === 1 ? 'A file' : `${files.size} files`;
  lines.unshift(
    `${subject} of the mesh cannot be read; the results of the last good ` +
      'run stay in place.',
  );
  return new InputError(lines.join('\n'));
}
