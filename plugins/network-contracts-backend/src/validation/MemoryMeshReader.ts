import { MeshReader } from '@internal/plugin-network-contracts-common';
import { NetworkContractFiles } from '@internal/plugin-network-contracts-node';

/** Where the files of a mesh are mounted for the engine. */
export const MESH_ROOT = '/mesh';

/**
 * Serves the files of a mesh, already read, to `loadMesh`: the engine never
 * touches the disk or the network, and a run sees one consistent set.
 */
export class MemoryMeshReader implements MeshReader {
  private readonly files = new Map<string, string>();

  constructor(contract: NetworkContractFiles) {
    const all = [...contract.services, ...contract.composeFiles];
    if (contract.policy) {
      all.push(contract.policy);
    }
    for (const file of all) {
      this.files.set(`${MESH_ROOT}/${file.path}`, file.text);
    }
  }

  readFile(path: string): string {
    const text = this.files.get(path);
    if (text === undefined) {
      throw new Error(`${path.slice(MESH_ROOT.length + 1)} was not read`);
    }
    return text;
  }

  exists(path: string): boolean {
    return this.files.has(path);
  }

  listDirectory(path: string): string[] {
    const prefix = `${path.replace(/\/+$/, '')}/`;
    const names = new Set<string>();
    for (const file of this.files.keys()) {
      if (file.startsWith(prefix)) {
        names.add(file.slice(prefix.length).split('/')[0]);
      }
    }
    return [...names];
  }
}
