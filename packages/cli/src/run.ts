import { ContractInputError } from '@internal/plugin-network-contracts-common';
import { Command, CommanderError } from 'commander';
import { CliIo } from './CliIo';
import { registerComposeCommand } from './commands/compose';

/** Exit code for input the tool cannot accept, as distinct from a crash. */
const EXIT_BAD_INPUT = 2;

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
  return program;
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns
 * the exit code: 0 on success, 2 on bad input or usage, 1 on a crash.
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
    if (error instanceof ContractInputError) {
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
