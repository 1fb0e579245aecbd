/**
 * One input file of a mesh, as text.
 *
 * @public
 */
export interface ContractFile {
  /** Path relative to the mesh root, with `/` separators. */
  path: string;
  text: string;
}

/**
 * The files that describe one mesh: its service metadata, its policy and the
 * compose files at its root, read from a directory or a URL.
 *
 * @public
 */
export interface NetworkContractFiles {
  /**
   * The folder that holds `.codex/`: an absolute path for a directory, a URL
   * for a remote tree. Each file's `path` is relative to it.
   */
  root: string;
  /** `true` when `root` is a URL read through the `UrlReaderService`. */
  remote: boolean;
  /** `.codex/services/*.yaml`, sorted by path. */
  services: ContractFile[];
  /** `.codex/network-policy.yaml`, when the mesh has one. */
  policy?: ContractFile;
  /** `compose*.yaml` and `docker-compose*.yaml` at the root, by path. */
  composeFiles: ContractFile[];
  /** The tree's etag for URLs, to skip the next read when nothing changed. */
  etag?: string;
}
