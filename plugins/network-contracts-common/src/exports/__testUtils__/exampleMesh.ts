import fs from 'node:fs';
import path from 'node:path';
import { loadMesh, MeshReader } from '../../rules/loadMesh';
import type { ValidationResult } from '../../rules/MeshInput';
import { validateMesh } from '../../rules/validateMesh';

/** Repository root, from `src/exports/__testUtils__`. */
export const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/** A reader over the real file system. */
export function diskReader(): MeshReader {
  return {
    readFile: file => fs.readFileSync(file, 'utf8'),
    exists: file => fs.existsSync(file),
    listDirectory: dir => fs.readdirSync(dir),
  };
}

/** A reader over files held in memory, keyed by absolute path. */
export function memoryReader(files: Record<string, string>): MeshReader {
  return {
    readFile(file) {
      if (!(file in files)) {
        throw new Error(`no such file: ${file}`);
      }
      return files[file];
    },
    exists: file => file in files,
    listDirectory(dir) {
      const prefix = `${dir}/`;
      return Object.keys(files)
        .filter(f => f.startsWith(prefix))
        .map(f => f.slice(prefix.length))
        .filter(f => !f.includes('/'));
    },
  };
}

/** Validates a mesh under `examples/`, on a fixed day. */
export async function validateExample(name: string): Promise<ValidationResult> {
  const root = path.join(REPO_ROOT, 'examples', name);
  return validateMesh(await loadMesh(root, diskReader()), {
    today: '2025-08-08',
  });
}

/**
 * A mesh of `size` services, all with metadata in `api_tier`, on one
 * network that is not a tier network, so every pair is undeclared.
 */
export async function validateFlatMesh(
  size: number,
): Promise<ValidationResult> {
  const names = Array.from({ length: size }, (_, i) => `svc-${i}`);
  const compose = [
    'services:',
    ...names.flatMap(n => [
      `  ${n}:`,
      '    image: app',
      '    networks: [flat]',
    ]),
    'networks:',
    '  flat: {}',
    '  api_tier: {}',
  ].join('\n');
  const policy = [
    'version: 1',
    'tiers:',
    '  api_tier:',
    '    network: api_tier',
    '    internal: false',
    'environments:',
    '  dev:',
    '    files: [docker-compose.yaml]',
  ].join('\n');
  const files: Record<string, string> = {
    '/mesh/docker-compose.yaml': compose,
    '/mesh/.codex/network-policy.yaml': policy,
  };
  for (const n of names) {
    files[`/mesh/.codex/services/${n}.yaml`] = [
      `service_name: ${n}`,
      'tier: api_tier',
      'role: app',
    ].join('\n');
  }
  return validateMesh(await loadMesh('/mesh', memoryReader(files)), {
    today: '2025-08-08',
  });
}

/**
 * The files of an example under `examples/`, keyed by their path under
 * `/mesh`, so that a test can change some and validate with
 * {@link validateFiles}.
 */
export function exampleFiles(name: string): Record<string, string> {
  const root = path.join(REPO_ROOT, 'examples', name);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else {
        const relative = path.relative(root, full).split(path.sep).join('/');
        files[`/mesh/${relative}`] = fs.readFileSync(full, 'utf8');
      }
    }
  };
  walk(root);
  return files;
}

/** Validates files held in memory under `/mesh`. */
export async function validateFiles(
  files: Record<string, string>,
): Promise<ValidationResult> {
  return validateMesh(await loadMesh('/mesh', memoryReader(files)), {
    today: '2025-08-08',
  });
}
