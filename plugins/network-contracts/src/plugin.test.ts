import { networkContractsPlugin } from './plugin';

describe('network-contracts', () => {
  it('should export plugin', () => {
    expect(networkContractsPlugin).toBeDefined();
  });
});
