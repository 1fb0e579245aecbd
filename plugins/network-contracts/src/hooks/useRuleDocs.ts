import {
  configApiRef,
  useApi,
  useRouteRef,
} from '@backstage/frontend-plugin-api';
import { useCallback } from 'react';
import { DOCS_BASE_URL_KEY, ruleDocUrl } from '../lib/docs/ruleDocUrl';
import { ruleRouteRef } from '../routes';

/**
 * Returns a function that gives the page URL of a rule: the plugin's rule
 * page, or `<docsBaseUrl>/docs/rules/...` when the config sets a base URL.
 * Apps that do not mount the rule page (the legacy system) get the
 * portal-relative file path.
 */
export function useRuleDocs(): (ruleId: string) => string {
  const config = useApi(configApiRef);
  const baseUrl = config.getOptionalString(DOCS_BASE_URL_KEY);
  const rulePage = useRouteRef(ruleRouteRef);
  return useCallback(
    ruleId => {
      if (baseUrl === undefined && rulePage) {
        return rulePage({ ruleId: encodeURIComponent(ruleId) });
      }
      return ruleDocUrl(ruleId, baseUrl ?? '');
    },
    [baseUrl, rulePage],
  );
}
