/**
 * The `network-contracts` command line.
 *
 * @packageDocumentation
 */

export { run, createProgram } from './run';
export { processIo } from './CliIo';
export type { CliIo } from './CliIo';
export { registerComposeCommand } from './commands/compose';
export { nodeFileReader } from './nodeFileReader';
