import { ScmIntegrationRegistry } from '@backstage/integration';
import { NetworkContractFiles } from '@internal/plugin-network-contracts-node';
import { resolve as resolvePath } from 'node:path';
import { ContractFileLocation } from './buildContractEntities';

/**
 * Builds the function that turns a mesh-relative path into a catalog
 * location: `file:` for directories, `url:` with view and edit pages for
 * trees read through the URL reader.
 */
export function locateContractFile(
  files: Pick<NetworkContractFiles, 'root' | 'remote'>,
  integrations: ScmIntegrationRegistry,
): (path: string) => ContractFileLocation {
  if (!files.remote) {
    return path => {
      const target = resolvePath(files.root, path);
      return { ref: `file:${target}`, target };
    };
  }

  const base = files.root.endsWith('/') ? files.root : `${files.root}/`;
  return path => {
    const target = integrations.resolveUrl({ url: path, base });
    return {
      ref: `url:${target}`,
      target,
      viewUrl: target,
      editUrl: integrations.resolveEditUrl(target),
    };
  };
}
