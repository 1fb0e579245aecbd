import { MeshReader } from '@internal/plugin-network-contracts-common';
import { ContractFile, NetworkContractFiles } from '../NetworkContractFiles';

/**
 * Where {@link MemoryMeshReader} mounts the files of a mesh for the engine:
 * pass it to `loadMesh` as the mesh root.
 *
 * @public
 */
export const MESH_ROOT = '/mesh';

/**
 * Reads a file of the mesh that was not read up front, by its path
 * relative to the mesh root; undefined when there is no such file.
 *
 * @public
 */
export type ExtraFileLoader = (path: string) => Promise<string | undefined>;

/**
 * Serves the files of a mesh, already read, to `loadMesh`. Files the policy
 * names beyond those (an `.env`, an overlay in a subfolder, an `extends`
 * target) come from the loader once and are remembered in `extraFiles`, so
 * that the run can be replayed from what it read.
 *
 * @public
 */
export class MemoryMeshReader implements MeshReader {
  private readonly files = new Map<string, string | undefined>();
  readonly extraFiles: ContractFile[] = [];

  constructor(
    contract: NetworkContractFiles,
    extra: ContractFile[] = [],
    private readonly loader?: ExtraFileLoader,
  ) {
    const all = [...contract.services, ...contract.composeFiles, ...extra];
    if (contract.policy) {
      all.push(contract.policy);
    }
    for (const file of all) {
      this.files.set(`${MESH_ROOT}/${file.path}`, file.text);
    }
    this.extraFiles.push(...extra);
  }

  async readFile(path: string): Promise<string> {
    const text = await this.lookup(path);
    if (text === undefined) {
      throw new Error(`no such file: ${this.relative(path)}`);
    }
    return text;
  }

  async exists(path: string): Promise<boolean> {
    return (await this.lookup(path)) !== undefined;
  }

  listDirectory(path: string): string[] {
    const prefix = `${path.replace(/\/+$/, '')}/`;
    const names = new Set<string>();
    for (const [file, text] of this.files) {
      if (text !== undefined && file.startsWith(prefix)) {
        names.add(file.slice(prefix.length).split('/')[0]);
      }
    }
    return [...names];
  }

  private relative(path: string): string {
    return path.startsWith(`${MESH_ROOT}/`)
      ? path.slice(MESH_ROOT.length + 1)
      : path;
  }

  private async lookup(path: string): Promise<string | undefined> {
    if (this.files.has(path)) {
      return this.files.get(path);
    }
    const relative = this.relative(path);
    // Only files inside the mesh are read, whatever the compose files say.
    const inside =
      relative !== path && !relative.split('/').includes('..') && this.loader;
    const text = inside ? await this.loader!(relative) : undefined;
    this.files.set(path, text);
    if (text !== undefined) {
      this.extraFiles.push({ path: relative, text });
    }
    return text;
  }
}
