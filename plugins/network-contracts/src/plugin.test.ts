import { networkContractsPlugin } from './plugin';

describe('networkContractsPlugin', () => {
  it('provides its API, page and entity card', () => {
    expect(networkContractsPlugin.pluginId).toBe('network-contracts');
    expect(
      networkContractsPlugin.getExtension('api:network-contracts'),
    ).toBeDefined();
    expect(
      networkContractsPlugin.getExtension('page:network-contracts'),
    ).toBeDefined();
    expect(
      networkContractsPlugin.getExtension(
        'entity-card:network-contracts/contract',
      ),
    ).toBeDefined();
  });
});
