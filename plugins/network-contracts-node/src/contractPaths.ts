/** Where service metadata files live, relative to the mesh root. */
export const SERVICES_DIR = '.codex/services';

/** The policy file names accepted, in order of preference. */
export const POLICY_FILES = [
  '.codex/network-policy.yaml',
  '.codex/network-policy.yml',
];

const METADATA_FILE = /^\.codex\/services\/[^/]+\.ya?ml$/;
const COMPOSE_FILE = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/;
const CODEX_SUFFIX = /\/?\.codex(\/services)?\/*$/;

/** Tells whether a root-relative path is a service metadata file. */
export function isMetadataPath(path: string): boolean {
  return METADATA_FILE.test(path);
}

/** Tells whether a root-relative path is a compose file at the root. */
export function isComposePath(path: string): boolean {
  return COMPOSE_FILE.test(path);
}

/**
 * Turns a target that names the `.codex` folder or its `services` folder
 * into the mesh root, so that all three spellings read the same mesh.
 *
 * @public
 */
export function meshRootOf(target: string): string {
  const stripped = target.replace(CODEX_SUFFIX, '');
  if (stripped === target) {
    return target.replace(/\/+$/, '') || '/';
  }
  return stripped || '.';
}
