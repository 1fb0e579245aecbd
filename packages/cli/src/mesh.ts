import {
  loadMesh,
  ValidationResult,
  validateMesh,
} from '@internal/plugin-network-contracts-common';
import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from './CliIo';
import { nodeMeshReader } from './nodeMeshReader';

/** Options shared by the commands that validate a mesh. */
export interface MeshOptions {
  root?: string;
  env: string[];
  today?: string;
}

/** Collects a repeatable option. */
export const collect = (value: string, previous: string[]) => [
  ...previous,
  value,
];

/** The mesh root as an absolute posix path. */
export function meshRoot(io: CliIo, root: string | undefined): string {
  return toPosix(path.resolve(io.cwd, root ?? '.'));
}

/** Loads and validates the mesh under `--root`. */
export async function validateRoot(
  io: CliIo,
  options: MeshOptions,
): Promise<ValidationResult> {
  const root = meshRoot(io, options.root);
  const input = await loadMesh(root, nodeMeshReader(), {
    environment: io.env,
  });
  return validateMesh(input, {
    ...(options.env.length > 0 && { environments: options.env }),
    ...(options.today && { today: options.today }),
  });
}

/**
 * The mesh root relative to the repository that holds it (the nearest
 * folder above with `.git`), or to the working directory when there is no
 * repository: the prefix CI annotations need.
 */
export function repositoryPrefix(io: CliIo, root: string): string {
  let dir = root;
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) {
      return toPosix(path.relative(dir, root));
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      break;
    }
    dir = parent;
  }
  const relative = path.relative(io.cwd, root);
  return relative.startsWith('..') ? '' : toPosix(relative);
}

/** Writes to `--output` when given, else to stdout. */
export function writeOutput(
  io: CliIo,
  text: string,
  output: string | undefined,
): void {
  if (!output) {
    io.stdout(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Windows paths as the posix paths the core works with. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
