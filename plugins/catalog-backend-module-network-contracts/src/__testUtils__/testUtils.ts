import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The example mesh of the repository, the module's reference input. */
export const EXAMPLE_MESH = resolve(
  __dirname,
  '../../../../examples/devonboarder',
);

/** The example mesh's files, by relative path, to copy and spoil in tests. */
export function exampleMeshContent(): Record<string, string> {
  const content: Record<string, string> = {};
  const add = (dir: string) => {
    for (const name of readdirSync(join(EXAMPLE_MESH, dir))) {
      if (/\.ya?ml$/.test(name)) {
        content[join(dir, name)] = readFileSync(
          join(EXAMPLE_MESH, dir, name),
          'utf8',
        );
      }
    }
  };
  add('.');
  add('.codex');
  add('.codex/services');
  return Object.fromEntries(
    Object.entries(content).map(([k, v]) => [k.replace(/^\.\//, ''), v]),
  );
}
