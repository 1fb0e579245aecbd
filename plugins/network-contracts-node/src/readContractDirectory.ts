import { NotFoundError } from '@backstage/errors';
import { promises as fs } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import {
  isComposePath,
  meshRootOf,
  POLICY_FILES,
  SERVICES_DIR,
} from './contractPaths';
import { ContractFile, NetworkContractFiles } from './NetworkContractFiles';

/**
 * Reads a mesh from a local directory: the mesh root, its `.codex` folder or
 * its `.codex/services` folder.
 *
 * @param target - a directory path, absolute or relative to the process
 * @throws NotFoundError when there is no `.codex/services` folder there
 * @public
 */
export async function readContractDirectory(
  target: string,
): Promise<NetworkContractFiles> {
  const root = resolvePath(meshRootOf(target));
  const servicesDir = resolvePath(root, SERVICES_DIR);

  const names = await listFiles(servicesDir);
  if (!names) {
    throw new NotFoundError(
      `No ${SERVICES_DIR} folder in ${root}. Point the target at the folder ` +
        `that holds .codex/, or create ${servicesDir}.`,
    );
  }

  const metadataNames = names.filter(name => /\.ya?ml$/.test(name)).sort();
  const rootNames = ((await listFiles(root)) ?? []).filter(isComposePath);

  const [services, composeFiles, policy] = await Promise.all([
    Promise.all(
      metadataNames.map(name => readText(root, `${SERVICES_DIR}/${name}`)),
    ),
    Promise.all(rootNames.sort().map(name => readText(root, name))),
    readFirst(root, POLICY_FILES),
  ]);

  return {
    root,
    remote: false,
    services: services.filter(isFile),
    policy,
    composeFiles: composeFiles.filter(isFile),
  };
}

/** Lists the regular files of a folder; `undefined` when it is missing. */
async function listFiles(dir: string): Promise<string[] | undefined> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.filter(entry => entry.isFile()).map(entry => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

async function readText(
  root: string,
  path: string,
): Promise<ContractFile | undefined> {
  try {
    const text = await fs.readFile(resolvePath(root, path), 'utf8');
    return { path, text };
  } catch (error) {
    // A file deleted between listing and reading is simply gone.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

async function readFirst(
  root: string,
  paths: string[],
): Promise<ContractFile | undefined> {
  for (const path of paths) {
    const file = await readText(root, path);
    if (file) {
      return file;
    }
  }
  return undefined;
}

function isFile(file: ContractFile | undefined): file is ContractFile {
  return file !== undefined;
}
