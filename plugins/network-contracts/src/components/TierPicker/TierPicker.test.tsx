import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { MockEntityListContextProvider } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authServiceEntity, websiteEntity } from '../../__fixtures__/contracts';
import { TierFilter } from './TierFilter';
import { TierPicker } from './TierPicker';

const catalogApi = {
  getEntityFacets: async () => ({
    facets: {
      'metadata.labels.network-contracts.io/tier': [
        { value: 'data_tier', count: 1 },
        { value: 'auth_tier', count: 2 },
      ],
    },
  }),
};

describe('TierPicker', () => {
  it('filters the catalog by the chosen tier', async () => {
    const updateFilters = jest.fn();
    await renderInTestApp(
      <TestApiProvider apis={[[catalogApiRef, catalogApi as any]]}>
        <MockEntityListContextProvider value={{ updateFilters }}>
          <TierPicker />
        </MockEntityListContextProvider>
      </TestApiProvider>,
    );

    await userEvent.click(await screen.findByText('All tiers'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'data_tier' }),
    );

    expect(updateFilters).toHaveBeenLastCalledWith({
      tier: new TierFilter(['data_tier']),
    });
  });

  it('matches entities by their tier label', () => {
    const filter = new TierFilter(['auth_tier']);
    expect(filter.filterEntity(authServiceEntity)).toBe(true);
    expect(filter.filterEntity(websiteEntity)).toBe(false);
    expect(filter.getCatalogFilters()).toEqual({
      'metadata.labels.network-contracts.io/tier': ['auth_tier'],
    });
  });
});
