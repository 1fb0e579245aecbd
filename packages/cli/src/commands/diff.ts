import {
  diffValidations,
  formatDiff,
  loadMesh,
  ValidationResult,
  validateMesh,
} from '@internal/plugin-network-contracts-common';
import { InputError } from '@backstage/errors';
import { Command, Option } from 'commander';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../CliIo';
import { EXIT_FINDINGS, ExitCode } from '../ExitCode';
import { meshRoot, toPosix, writeOutput } from '../mesh';
import { nodeMeshReader } from '../nodeMeshReader';

interface DiffOptions {
  base?: string;
  head?: string;
  root?: string;
  format: 'text' | 'json';
  output?: string;
  today?: string;
}

/**
 * Adds `diff`, which says how a change moves the network: paths opened
 * and closed, services added and removed, findings added and fixed. It
 * compares two git revisions of the mesh (`--base`, and `--head` or the
 * working tree), or two folders. Exits 1 when the change adds an unwaived
 * error.
 *
 * @public
 */
export function registerDiffCommand(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description('Show how a change alters connectivity and findings')
    .argument('[before]', 'folder of the mesh before the change')
    .argument('[after]', 'folder of the mesh after the change')
    .option('--base <rev>', 'git revision before the change')
    .option('--head <rev>', 'git revision after it (default: working tree)')
    .option('--root <dir>', 'folder holding .codex/ (default: .)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write to a file')
    .option('--today <date>', 'judge waivers on this day (YYYY-MM-DD)')
    .action(
      async (
        before: string | undefined,
        after: string | undefined,
        options: DiffOptions,
      ) => {
        const [left, right] = await sides(io, before, after, options);
        const diff = diffValidations(left, right);
        const text =
          options.format === 'json'
            ? `${JSON.stringify(diff, null, 2)}\n`
            : formatDiff(diff);
        writeOutput(io, text, options.output);

        if (diff.findingsAdded.some(f => !f.waived && f.severity === 'error')) {
          throw new ExitCode(EXIT_FINDINGS);
        }
      },
    );
}

async function sides(
  io: CliIo,
  before: string | undefined,
  after: string | undefined,
  options: DiffOptions,
): Promise<[ValidationResult, ValidationResult]> {
  const validate = async (root: string) =>
    validateMesh(
      await loadMesh(root, nodeMeshReader(), { environment: io.env }),
      options.today ? { today: options.today } : {},
    );

  if (before !== undefined || after !== undefined) {
    if (before === undefined || after === undefined || options.base) {
      throw new InputError(
        'Give two folders (diff BEFORE AFTER) or a revision (--base REV).',
      );
    }
    return [
      await validate(meshRoot(io, before)),
      await validate(meshRoot(io, after)),
    ];
  }
  if (!options.base) {
    throw new InputError(
      'Give --base REV to compare with a git revision, or two folders.',
    );
  }

  const root = meshRoot(io, options.root);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'network-contracts-'));
  try {
    const left = await validate(checkout(root, options.base, scratch, 'base'));
    const right = await validate(
      options.head ? checkout(root, options.head, scratch, 'head') : root,
    );
    return [left, right];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Writes the mesh folder as it was at `rev` under `scratch/name` with
 * `git archive`, and returns where the mesh root landed.
 */
function checkout(
  root: string,
  rev: string,
  scratch: string,
  name: string,
): string {
  const top = git(root, ['rev-parse', '--show-toplevel']).trim();
  const prefix = toPosix(path.relative(top, root)) || '.';
  const target = path.join(scratch, name);
  fs.mkdirSync(target);

  const archive = spawnSync(
    'git',
    ['archive', '--format=tar', rev, '--', prefix],
    {
      cwd: top,
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  if (archive.status !== 0) {
    throw new InputError(
      `git archive ${rev} failed: ${archive.stderr.toString().trim()}`,
    );
  }
  const tar = spawnSync('tar', ['-x', '-C', target], { input: archive.stdout });
  if (tar.status !== 0) {
    throw new InputError(`Cannot unpack ${rev}: ${tar.stderr.toString()}`);
  }
  return toPosix(path.join(target, prefix));
}

function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new InputError(
      `git ${args.join(' ')} failed in ${cwd}: ${(result.stderr ?? '').trim()}`,
    );
  }
  return result.stdout;
}
