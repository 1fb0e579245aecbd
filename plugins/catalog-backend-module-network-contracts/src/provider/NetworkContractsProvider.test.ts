import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import {
  DeferredEntity,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { exampleMeshContent } from '../__testUtils__/testUtils';
import { NetworkContractsProvider } from './NetworkContractsProvider';

/** The components of the last full mutation, by name. */
function componentNames(mutations: DeferredEntity[][]): string[] {
  return mutations
    .at(-1)!
    .filter(({ entity }) => entity.kind === 'Component')
    .map(({ entity }) => entity.metadata.name)
    .sort();
}

describe('NetworkContractsProvider', () => {
  const mesh = createMockDirectory();

  async function connectedProvider() {
    const mutations: DeferredEntity[][] = [];
    const connection: EntityProviderConnection = {
      applyMutation: async mutation => {
        expect(mutation.type).toBe('full');
        if (mutation.type === 'full') {
          mutations.push(mutation.entities);
        }
      },
      refresh: async () => {},
    };
    const provider = new NetworkContractsProvider(
      {
        id: 'devonboarder',
        target: mesh.path,
        schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
      },
      {
        logger: mockServices.logger.mock(),
        reader: mockServices.urlReader.mock(),
        integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
        // The schedule is the scheduler's business; the test refreshes.
        taskRunner: { run: async () => {} },
      },
    );
    await provider.connect(connection);
    return { provider, mutations };
  }

  beforeEach(() => {
    mesh.setContent(exampleMeshContent());
  });

  it('removes the entity of a deleted metadata file on the next run', async () => {
    const { provider, mutations } = await connectedProvider();

    await provider.refresh();
    expect(componentNames(mutations)).toContain('traefik');

    rmSync(join(mesh.path, '.codex/services/traefik.yaml'));
    await provider.refresh();

    // No other service depends on traefik, so nothing else goes with it.
    expect(componentNames(mutations)).toEqual([
      'auth-service',
      'backend',
      'dashboard-service',
      'db',
      'discord-integration',
      'frontend',
    ]);
  });

  it('replaces a renamed service and keeps everything else', async () => {
    const { provider, mutations } = await connectedProvider();
    await provider.refresh();
    const before = componentNames(mutations);

    const file = '.codex/services/traefik.yaml';
    const text = exampleMeshContent()[file];
    rmSync(join(mesh.path, file));
    mesh.addContent({
      '.codex/services/edge-proxy.yaml': text.replace(
        'service_name: traefik',
        'service_name: edge-proxy\ncompose_service: traefik',
      ),
    });
    await provider.refresh();

    const after = componentNames(mutations);
    expect(after).toContain('edge-proxy');
    expect(after).not.toContain('traefik');
    expect(after.filter(name => name !== 'edge-proxy')).toEqual(
      before.filter(name => name !== 'traefik'),
    );
  });
});
