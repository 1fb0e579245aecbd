import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../CliIo';
import { run } from '../run';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const EXAMPLE = path.join(REPO_ROOT, 'examples/devonboarder');
const BIN = path.join(REPO_ROOT, 'packages/cli/bin/network-contracts');

/** Runs the CLI in-process and collects what it printed. */
export async function runCli(argv: string[], cwd = REPO_ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    cwd,
    env: { PATH: process.env.PATH ?? '' },
  };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Runs the CLI as a child process, as CI and pre-commit do. */
export function runBin(argv: string[], cwd = REPO_ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary copy of the DevOnboarder example. */
export function copyExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-cli-'));
  fs.cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of a copy, failing if the text is not there. */
export function editFile(dir: string, file: string, from: string, to: string) {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) {
    throw new Error(`${from} is not in ${file}`);
  }
  fs.writeFileSync(full, text.replace(from, to));
}

/** Publishes the database port: a data-tier isolation error. */
export function breakIsolation(dir: string) {
  editFile(
    dir,
    'docker-compose.yaml',
    "    expose:\n      - '5432'\n",
    "    expose:\n      - '5432'\n    ports:\n      - '5432:5432'\n",
  );
}
