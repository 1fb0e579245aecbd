import {
  ComposeProject,
  loadComposeProject,
} from '@internal/plugin-network-contracts-common';
import { Command, Option } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { CliIo } from '../CliIo';
import { nodeFileReader } from '../nodeFileReader';

/** The names Compose looks for when no `-f` is given, in its order. */
const DEFAULT_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

const MAX_FILE_BYTES = 16 * 1024 * 1024;

interface ConfigOptions {
  file: string[];
  envFile: string[];
  profile: string[];
  projectName?: string;
  projectDirectory?: string;
  format: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * Adds `compose config`, which prints the effective compose project the way
 * `docker compose config --format json` does.
 *
 * @public
 */
export function registerComposeCommand(program: Command, io: CliIo): void {
  const compose = program
    .command('compose')
    .description('Read compose files as Docker Compose v2 does');

  compose
    .command('config')
    .description('Print the effective compose project')
    .option('-f, --file <file>', 'compose file, repeatable', collect, [])
    .option('--env-file <file>', 'env file instead of .env', collect, [])
    .option(
      '--profile <profile>',
      'profile to activate, repeatable',
      collect,
      [],
    )
    .option('-p, --project-name <name>', 'project name')
    .option('--project-directory <dir>', 'directory for relative paths')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['json'])
        .default('json'),
    )
    .action(async (options: ConfigOptions) => {
      const project = await loadFromOptions(options, io);
      io.stdout(`${JSON.stringify(project, escapeDollars, 2)}\n`);
    });
}

async function loadFromOptions(
  options: ConfigOptions,
  io: CliIo,
): Promise<ComposeProject> {
  const files =
    options.file.length > 0
      ? options.file.map(f => path.resolve(io.cwd, f))
      : findDefaultFiles(io.cwd);
  const profiles = options.profile.flatMap(p => p.split(','));
  const { project, warnings } = await loadComposeProject({
    files: files.map(toPosix),
    reader: nodeFileReader(MAX_FILE_BYTES),
    environment: io.env,
    envFiles: options.envFile.map(f => toPosix(path.resolve(io.cwd, f))),
    profiles: profiles.length > 0 ? profiles : undefined,
    projectName: options.projectName,
    projectDirectory: options.projectDirectory
      ? toPosix(path.resolve(io.cwd, options.projectDirectory))
      : undefined,
    maxFileBytes: MAX_FILE_BYTES,
  });
  for (const warning of warnings) {
    io.stderr(`warning: ${warning}\n`);
  }
  return project;
}

/** Finds the compose file, and its override file, as Compose does. */
function findDefaultFiles(cwd: string): string[] {
  const found = DEFAULT_FILES.map(f => path.join(cwd, f)).find(f =>
    fs.existsSync(f),
  );
  if (!found) {
    return [];
  }
  const ext = path.extname(found);
  const override = `${found.slice(0, -ext.length)}.override${ext}`;
  return fs.existsSync(override) ? [found, override] : [found];
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * Compose writes a literal dollar as `$$` so that its output can be loaded
 * again; we print the same.
 */
function escapeDollars(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\$/g, '$$$$') : value;
}
