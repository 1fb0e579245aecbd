/**
 * Thrown by a command that finished its work but must end with a given
 * exit code, such as `validate` when an unwaived error was found. The
 * command has already printed what it had to say.
 *
 * @public
 */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'ExitCode';
  }
}

/** Exit code when the contract is broken: an unwaived error. */
export const EXIT_FINDINGS = 1;

/** Exit code for input the tool cannot accept, or a usage error. */
export const EXIT_BAD_INPUT = 2;
