import { explainRule } from '@internal/plugin-network-contracts-common';

/** Config key of the base URL of the rule pages. */
export const DOCS_BASE_URL_KEY = 'networkContracts.docsBaseUrl';

/**
 * The URL of a rule's page: the catalogue's `docPath` under the base URL.
 * Unknown rules still get the page their id would have.
 */
export function ruleDocUrl(ruleId: string, baseUrl: string): string {
  const docPath =
    explainRule(ruleId)?.docPath ??
    `docs/rules/${ruleId.replace(/\//g, '-')}.md`;
  return `${baseUrl.replace(/\/+$/, '')}/${docPath}`;
}

/** The catalogue title of a rule, or its id when the rule is unknown. */
export function ruleTitle(ruleId: string): string {
  return explainRule(ruleId)?.title ?? ruleId;
}
