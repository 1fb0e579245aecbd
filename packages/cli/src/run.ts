import { InputError, isError } from '@backstage/errors';
import { Command, CommanderError } from 'commander';
import { CliIo } from './CliIo';
import { registerComposeCommand } from './commands/compose';
import { registerDiffCommand } from './commands/diff';
import { registerDocsCommand } from './commands/docs';
import { registerExplainCommand } from './commands/explain';
import { registerGraphCommand } from './commands/graph';
import { registerInitCommand } from './commands/init';
import { registerValidateCommand } from './commands/validate';
import { EXIT_BAD_INPUT, ExitCode } from './ExitCode';

/**
 * Builds the `network-contracts` program. Each command lives in
 * `commands/<name>.ts` and registers itself here.
 *
 * @public
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('network-contracts')
    .description('Network contracts for Docker Compose projects')
    .exitOverride()
    .configureOutput({
      writeOut: text => io.stdout(text),
      writeErr: text => io.stderr(text),
    });
  registerComposeCommand(program, io);
  registerValidateCommand(program, io);
  registerGraphCommand(program, io);
  registerDiffCommand(program, io);
  registerExplainCommand(program, io);
  registerInitCommand(program, io);
  registerDocsCommand(program, io);
  return program;
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns
 * the exit code: 0 on success, 1 when the contract is broken (or on a
 * crash), 2 on bad input or usage.
 *
 * @public
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  program.commands.forEach(function exitOverride(command: Command) {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else is a usage error.
      return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (error instanceof ExitCode) {
      return error.code;
    }
    // ContractInputError and other input errors carry file:line:column
    // messages meant for people; a stack trace would only bury them.
    if (isInputError(error)) {
      io.stderr(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`network-contracts: unexpected error: ${String(error)}\n`);
    if (io.env.DEBUG) {
      io.stderr(`${(error as Error)?.stack}\n`);
    }
    return 1;
  }
}

function isInputError(error: unknown): error is Error {
  return (
    error instanceof InputError ||
    (isError(error) &&
      (error.name === 'InputError' || error.name === 'ContractInputError'))
  );
}
