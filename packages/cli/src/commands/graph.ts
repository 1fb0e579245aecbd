import {
  toDot,
  toGraphJson,
  toMermaid,
  toSvg,
} from '@internal/plugin-network-contracts-common';
import { Command, Option } from 'commander';
import type { CliIo } from '../CliIo';
import { validateRoot, writeOutput } from '../mesh';

type GraphFormat = 'json' | 'dot' | 'mermaid' | 'svg';

interface GraphOptions {
  root?: string;
  env?: string;
  format: GraphFormat;
  output?: string;
  today?: string;
}

const RENDER = {
  json: (graph: ReturnType<typeof toGraphJson>) =>
    `${JSON.stringify(graph, null, 2)}\n`,
  dot: toDot,
  mermaid: toMermaid,
  svg: toSvg,
};

/**
 * Adds `graph`, which prints the topology of one environment as the shared
 * graph JSON, Graphviz DOT, Mermaid or SVG.
 *
 * @public
 */
export function registerGraphCommand(program: Command, io: CliIo): void {
  program
    .command('graph')
    .description('Print the network topology of one environment')
    .option('--root <dir>', 'folder holding .codex/ (default: .)')
    .option('--env <name>', 'environment (default: the first of the policy)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(Object.keys(RENDER))
        .default('json'),
    )
    .option('-o, --output <file>', 'write to a file')
    .option('--today <date>', 'judge waivers on this day (YYYY-MM-DD)')
    .action(async (options: GraphOptions) => {
      const result = await validateRoot(io, {
        root: options.root,
        env: options.env ? [options.env] : [],
        today: options.today,
      });
      const graph = toGraphJson(result, options.env);
      writeOutput(io, RENDER[options.format](graph), options.output);
    });
}
