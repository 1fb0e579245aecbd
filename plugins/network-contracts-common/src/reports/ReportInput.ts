import type { Finding } from '../rules/Finding';

/**
 * What a report is made from. A `ValidationResult` is one; only the
 * findings are required.
 *
 * @public
 */
export interface ReportInput {
  /** The findings, in the order they should be listed. */
  findings: ReadonlyArray<Finding>;
  /** Environments that were validated, in order. */
  environments?: ReadonlyArray<string>;
  /**
   * The services of each environment, so that reports which list passing
   * checks (JUnit) can name services without findings.
   */
  topologies?: Record<string, { services: ReadonlyMap<string, unknown> }>;
}

/**
 * How a report names files and links rules.
 *
 * @public
 */
export interface ReportOptions {
  /**
   * Folder of the mesh relative to the repository root (`examples/app`),
   * put in front of every finding's file so that CI annotations land on
   * the right file. Default: none, the positions are used as they are.
   */
  pathPrefix?: string;
  /**
   * Absolute URL that the rules' `docPath` is resolved against for links,
   * for example `https://github.com/acme/contracts/blob/main/`. Default:
   * none, and reports name the page by its path instead.
   */
  docsBaseUrl?: string;
  /** Version of the tool, recorded where the format has room for it. */
  toolVersion?: string;
}

/** The file of a finding as the report should name it. */
export function reportPath(
  file: string,
  options: ReportOptions | undefined,
): string {
  const prefix = options?.pathPrefix?.replace(/^\.\/?/, '').replace(/\/+$/, '');
  return prefix ? `${prefix}/${file}` : file;
}

/** The link to a rule's page, when a base URL is known. */
export function docsUrl(
  docPath: string,
  options: ReportOptions | undefined,
): string | undefined {
  if (!options?.docsBaseUrl) {
    return undefined;
  }
  const base = options.docsBaseUrl.endsWith('/')
    ? options.docsBaseUrl
    : `${options.docsBaseUrl}/`;
  return new URL(docPath, base).toString();
}
