import { ComposeFileReader } from '@internal/plugin-network-contracts-common';
import fs from 'node:fs';

/**
 * Reads compose files from the local disk. Sizes are checked before the
 * file is read so that a huge file fails fast instead of filling memory.
 *
 * @public
 */
export function nodeFileReader(maxFileBytes: number): ComposeFileReader {
  return {
    async readFile(path) {
      const stat = await fs.promises.stat(path);
      if (!stat.isFile()) {
        throw new Error('not a regular file');
      }
      if (stat.size > maxFileBytes) {
        throw new Error(
          `file is ${stat.size} bytes, more than the limit of ${maxFileBytes}`,
        );
      }
      return fs.promises.readFile(path, 'utf8');
    },
    async exists(path) {
      try {
        return (await fs.promises.stat(path)).isFile();
      } catch {
        return false;
      }
    },
  };
}
