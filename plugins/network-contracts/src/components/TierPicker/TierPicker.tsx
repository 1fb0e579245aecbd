import { Select } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  DefaultEntityFilters,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import useAsync from 'react-use/esm/useAsync';
import { TIER_LABEL } from '../../lib/contract/tier';
import { TierFilter } from './TierFilter';

type TierFilters = DefaultEntityFilters & { tier?: TierFilter };

const FACET = `metadata.labels.${TIER_LABEL}`;

/**
 * A catalog filter that lists services by network tier. The tiers offered
 * are those the catalog holds; the picker hides itself when there are none.
 *
 * @public
 */
export function TierPicker() {
  const catalogApi = useApi(catalogApiRef);
  const { filters, updateFilters } = useEntityList<TierFilters>();
  const { value: tiers } = useAsync(async () => {
    const { facets } = await catalogApi.getEntityFacets({ facets: [FACET] });
    return (facets[FACET] ?? []).map(f => f.value).sort();
  }, [catalogApi]);

  if (!tiers?.length) {
    return null;
  }
  return (
    <Box pb={1} pt={1}>
      <Select
        label="Network tier"
        multiple
        placeholder="All tiers"
        selected={filters.tier?.values ?? []}
        items={tiers.map(tier => ({ label: tier, value: tier }))}
        onChange={value => {
          const values = (value as string[]).filter(Boolean);
          updateFilters({
            tier: values.length ? new TierFilter(values) : undefined,
          });
        }}
      />
    </Box>
  );
}
