import {
  CompliancePage,
  EntityNetworkContractCard,
  EntityNetworkContractContent,
  NetworkContractsPage,
  networkContractsPlugin,
  TopologyPage,
} from './plugin';

describe('networkContractsPlugin (legacy frontend system)', () => {
  it('provides its API and routes', () => {
    expect(networkContractsPlugin.getId()).toBe('network-contracts');
    expect(networkContractsPlugin.getApis()).toHaveLength(1);
    expect(Object.keys(networkContractsPlugin.routes)).toEqual([
      'root',
      'topology',
      'compliance',
    ]);
  });

  it('exports its pages and entity extensions as components', () => {
    for (const extension of [
      NetworkContractsPage,
      TopologyPage,
      CompliancePage,
      EntityNetworkContractCard,
      EntityNetworkContractContent,
    ]) {
      expect(typeof extension).toBe('function');
    }
  });
});
