import { ConfigReader } from '@backstage/config';
import { readNetworkContractsConfig } from './readNetworkContractsConfig';

function read(networkContracts: object) {
  return readNetworkContractsConfig(new ConfigReader({ networkContracts }));
}

describe('readNetworkContractsConfig', () => {
  it('fills in the defaults', () => {
    const config = readNetworkContractsConfig(new ConfigReader({}));
    expect(config).toEqual({
      meshes: [],
      schedule: {
        frequency: { minutes: 30 },
        timeout: { minutes: 5 },
        initialDelay: { minutes: 30 },
        scope: 'global',
      },
      retentionRuns: 100,
      notifications: true,
      alertOnFirstRun: false,
      githubIssues: undefined,
    });
  });

  it('reads meshes, pinning paths and keeping URLs', () => {
    const { meshes } = read({
      meshes: {
        local: { target: 'examples/app', environments: ['dev'] },
        remote: { target: 'https://github.com/acme/app/tree/main' },
      },
    });
    expect(meshes).toEqual([
      {
        name: 'local',
        target: expect.stringMatching(/^\/.*examples\/app$/),
        environments: ['dev'],
      },
      { name: 'remote', target: 'https://github.com/acme/app/tree/main' },
    ]);
  });

  it.each([
    [{ meshes: { a: {} } }, 'networkContracts.meshes.a.target'],
    [{ meshes: { a: { target: 'x', environments: [] } } }, 'environments'],
    [{ retention: { runs: 0 } }, 'networkContracts.retention.runs'],
    [{ schedule: { frequency: 'often' } }, 'networkContracts.schedule'],
    [
      { alerts: { githubIssues: { enabled: true, repo: 'nope' } } },
      'networkContracts.alerts.githubIssues.repo',
    ],
  ])('fails early naming the key for %j', (config, key) => {
    expect(() => read(config)).toThrow(key);
  });
});
