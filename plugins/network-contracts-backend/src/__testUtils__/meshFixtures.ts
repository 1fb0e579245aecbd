import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';

const EXAMPLES = resolvePath(__dirname, '../../../../examples');

/**
 * A scratch copy of an example mesh that a test may change between runs;
 * `become` turns it into another example in place.
 */
export async function copyMesh(example: string) {
  const dir = await fs.mkdtemp(join(tmpdir(), 'network-contracts-'));
  await fs.cp(join(EXAMPLES, example), dir, { recursive: true });
  return {
    dir,
    async become(other: string) {
      await fs.rm(dir, { recursive: true, force: true });
      await fs.cp(join(EXAMPLES, other), dir, { recursive: true });
    },
    async read(path: string) {
      return fs.readFile(join(dir, path), 'utf8');
    },
    async write(path: string, text: string) {
      await fs.writeFile(join(dir, path), text);
    },
    async remove() {
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
