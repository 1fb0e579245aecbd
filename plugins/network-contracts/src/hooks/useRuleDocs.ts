import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { useCallback } from 'react';
import { DOCS_BASE_URL_KEY, ruleDocUrl } from '../lib/docs/ruleDocUrl';

/** Returns a function that gives the page URL of a rule, from config. */
export function useRuleDocs(): (ruleId: string) => string {
  const config = useApi(configApiRef);
  const baseUrl = config.getOptionalString(DOCS_BASE_URL_KEY) ?? '';
  return useCallback(ruleId => ruleDocUrl(ruleId, baseUrl), [baseUrl]);
}
