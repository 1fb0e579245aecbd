import { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  isComposePath,
  isMetadataPath,
  meshRootOf,
  POLICY_FILES,
  SERVICES_DIR,
} from './contractPaths';
import { ContractFile, NetworkContractFiles } from './NetworkContractFiles';

/**
 * Reads a mesh from a URL through the `UrlReaderService`, fetching only the
 * metadata, policy and compose files of the tree.
 *
 * @param reader - the backend's URL reader
 * @param target - URL of the mesh root, its `.codex` or `.codex/services`
 * @param options - `etag` of the previous read, to skip an unchanged tree
 * @throws NotModifiedError when `etag` still matches
 * @throws NotFoundError when the tree has no metadata file
 * @public
 */
export async function readContractTree(
  reader: UrlReaderService,
  target: string,
  options?: { etag?: string; signal?: AbortSignal },
): Promise<NetworkContractFiles> {
  const root = meshRootOf(target);
  const response = await reader.readTree(root, {
    etag: options?.etag,
    signal: options?.signal,
    filter: path => isWanted(path),
  });

  const files = await response.files();
  const read = await Promise.all(
    files.map(
      async (file): Promise<ContractFile> => ({
        path: file.path.replace(/^\/+/, ''),
        text: (await file.content()).toString('utf8'),
      }),
    ),
  );
  const byPath = (a: ContractFile, b: ContractFile) =>
    a.path < b.path ? -1 : Number(a.path > b.path);

  const services = read.filter(file => isMetadataPath(file.path)).sort(byPath);
  if (services.length === 0) {
    throw new NotFoundError(
      `No ${SERVICES_DIR}/*.yaml under ${root}. Point the target at the ` +
        'folder that holds .codex/, and check that the branch has the files.',
    );
  }

  return {
    root,
    remote: true,
    services,
    policy: POLICY_FILES.map(path => read.find(f => f.path === path)).find(
      Boolean,
    ),
    composeFiles: read.filter(file => isComposePath(file.path)).sort(byPath),
    etag: response.etag,
  };
}

function isWanted(path: string): boolean {
  const relative = path.replace(/^\/+/, '');
  return (
    isMetadataPath(relative) ||
    isComposePath(relative) ||
    POLICY_FILES.includes(relative)
  );
}
