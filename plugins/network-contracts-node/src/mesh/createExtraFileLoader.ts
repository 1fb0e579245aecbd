import { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { NetworkContractFiles } from '../NetworkContractFiles';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ExtraFileLoader } from './MemoryMeshReader';

/**
 * Reads further files of a mesh (an `.env`, an overlay in a subfolder, an
 * `extends` target) from where its contract files came from: the
 * directory, or the tree URL through the URL reader. A missing file is
 * `undefined`; other errors are thrown.
 *
 * @public
 */
export function createExtraFileLoader(
  files: NetworkContractFiles,
  options: { reader?: UrlReaderService } = {},
): ExtraFileLoader {
  if (!files.remote) {
    return async path => {
      try {
        return await fs.readFile(join(files.root, path), 'utf8');
      } catch (error) {
        if (['ENOENT', 'EISDIR'].includes((error as any).code)) {
          return undefined;
        }
        throw error;
      }
    };
  }
  const reader = options.reader;
  if (!reader) {
    throw new InputError(
      `Reading more files of ${files.root} needs a URL reader; pass the ` +
        'urlReader service as the reader option.',
    );
  }
  return async path => {
    const url = `${files.root.replace(/\/+$/, '')}/${path}`;
    try {
      const response = await reader.readUrl(url);
      return (await response.buffer()).toString('utf8');
    } catch (error) {
      if (
        error instanceof NotFoundError ||
        (error as any)?.name === 'NotFoundError'
      ) {
        return undefined;
      }
      throw error;
    }
  };
}
