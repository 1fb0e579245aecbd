import { networkContractsPlugin } from './plugin';

describe('networkContractsPlugin (new frontend system)', () => {
  it.each([
    'api:network-contracts',
    'page:network-contracts',
    'page:network-contracts/topology',
    'page:network-contracts/compliance',
    'page:network-contracts/rule',
    'entity-card:network-contracts/contract',
    'entity-content:network-contracts/contract',
    'catalog-filter:network-contracts/tier',
  ])('provides %s', id => {
    expect(networkContractsPlugin.pluginId).toBe('network-contracts');
    expect(networkContractsPlugin.getExtension(id as any)).toBeDefined();
  });
});
