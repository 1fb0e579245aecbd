import fs from 'node:fs';
import path from 'node:path';
import type { MeshReader } from '../loadMesh';

/** Repository root, from `src/rules/__testUtils__`. */
export const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/** A reader over the real file system, for the example meshes. */
export function diskReader(): MeshReader {
  return {
    readFile: file => fs.readFileSync(file, 'utf8'),
    exists: file => fs.existsSync(file),
    listDirectory: dir => fs.readdirSync(dir),
  };
}

/** A reader over files held in memory, keyed by absolute path. */
export function memoryMeshReader(files: Record<string, string>): MeshReader {
  const table = new Map(Object.entries(files));
  return {
    readFile(file) {
      const text = table.get(file);
      if (text === undefined) {
        throw new Error(`no such file: ${file}`);
      }
      return text;
    },
    exists: file => table.has(file),
    listDirectory(dir) {
      const prefix = `${dir.replace(/\/+$/, '')}/`;
      return [...table.keys()]
        .filter(f => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
        .map(f => f.slice(prefix.length));
    },
  };
}
