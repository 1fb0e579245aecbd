import { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { NetworkContractFiles } from '@internal/plugin-network-contracts-node';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ExtraFileLoader } from './MemoryMeshReader';

/**
 * Reads further files of a mesh from where its contract files came from:
 * the directory, or the tree URL through the URL reader.
 */
export function extraFileLoader(
  files: NetworkContractFiles,
  reader: UrlReaderService,
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
