import { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { NetworkContractFiles } from './NetworkContractFiles';
import { readContractDirectory } from './readContractDirectory';
import { readContractTree } from './readContractTree';

/**
 * Options of {@link readNetworkContractFiles}.
 *
 * @public
 */
export interface ReadNetworkContractFilesOptions {
  /** Needed for URL targets. */
  reader?: UrlReaderService;
  /** The previous read's etag; URL targets only. */
  etag?: string;
  signal?: AbortSignal;
}

/**
 * Reads a mesh's contract files from a directory path or a URL: the one
 * entry point for the catalog module and the backend.
 *
 * @param target - a directory path, or an `http(s)` URL of a tree
 * @public
 */
export async function readNetworkContractFiles(
  target: string,
  options: ReadNetworkContractFilesOptions = {},
): Promise<NetworkContractFiles> {
  if (!isUrl(target)) {
    return readContractDirectory(target);
  }

  if (!options.reader) {
    throw new InputError(
      `Cannot read ${target} without a UrlReaderService. Pass ` +
        '`reader: coreServices.urlReader`, or use a directory path.',
    );
  }
  return readContractTree(options.reader, target, options);
}

/**
 * Tells whether a target is a URL rather than a directory path.
 *
 * @public
 */
export function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}
