import type { MeshReader } from '@internal/plugin-network-contracts-common';
import fs from 'node:fs';
import { nodeFileReader } from './nodeFileReader';

const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a mesh from the local disk: compose and contract files, and the
 * listing of `.codex/services`.
 *
 * @public
 */
export function nodeMeshReader(maxFileBytes = MAX_FILE_BYTES): MeshReader {
  return {
    ...nodeFileReader(maxFileBytes),
    listDirectory: dir => fs.promises.readdir(dir),
  };
}
