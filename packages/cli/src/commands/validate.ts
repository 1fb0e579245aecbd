import {
  formatReport,
  REPORT_FORMATS,
  ReportFormat,
  summaryLine,
} from '@internal/plugin-network-contracts-common';
import { InputError } from '@backstage/errors';
import { Command, Option } from 'commander';
import type { CliIo } from '../CliIo';
import { EXIT_FINDINGS, ExitCode } from '../ExitCode';
import {
  collect,
  meshRoot,
  repositoryPrefix,
  validateRoot,
  writeOutput,
} from '../mesh';

interface ValidateOptions {
  root?: string;
  env: string[];
  format: ReportFormat;
  output?: string;
  today?: string;
  docsUrl?: string;
}

/**
 * Adds `validate`, which checks the mesh against its contracts and prints
 * a report. Exits 1 when an unwaived error is found, 2 when the input
 * cannot be read.
 *
 * @public
 */
export function registerValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('Check compose files against the network contracts')
    .option('--root <dir>', 'folder holding .codex/ (default: .)')
    .option('--env <name>', 'environment to check, repeatable', collect, [])
    .addOption(
      new Option('--format <format>', 'report format')
        .choices([...REPORT_FORMATS])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to a file')
    .option('--today <date>', 'judge waivers on this day (YYYY-MM-DD)')
    .option(
      '--docs-url <url>',
      'base URL of the rule pages for SARIF links ' +
        '(default: $NETWORK_CONTRACTS_DOCS_URL)',
    )
    .action(async (options: ValidateOptions) => {
      const result = await validateRoot(io, options);
      const root = meshRoot(io, options.root);
      const docsBaseUrl = checkUrl(
        options.docsUrl ?? io.env.NETWORK_CONTRACTS_DOCS_URL,
      );
      const report = formatReport(options.format, result, {
        pathPrefix: repositoryPrefix(io, root),
        ...(docsBaseUrl && { docsBaseUrl }),
      });
      writeOutput(io, report, options.output);
      if (options.output) {
        // The log of a CI job should still say how it went.
        io.stderr(`${summaryLine(result)} Report: ${options.output}\n`);
      }

      if (result.summary.unwaivedErrors > 0) {
        throw new ExitCode(EXIT_FINDINGS);
      }
    });
}

function checkUrl(url: string | undefined): string | undefined {
  if (url === undefined || url === '') {
    return undefined;
  }
  try {
    return new URL(url).toString();
  } catch {
    throw new InputError(
      `--docs-url "${url}" is not an absolute URL; give one such as ` +
        'https://github.com/acme/repo/blob/main/.',
    );
  }
}
