import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { join } from 'node:path';
import { exampleMeshContent } from '../__testUtils__/testUtils';
import { NetworkContractsProcessor } from './NetworkContractsProcessor';

describe('NetworkContractsProcessor', () => {
  const mesh = createMockDirectory({ content: exampleMeshContent() });
  const processor = new NetworkContractsProcessor({
    reader: mockServices.urlReader.mock(),
    integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
  });

  async function read(type: string, target: string) {
    const results: CatalogProcessorResult[] = [];
    const handled = await processor.readLocation(
      { type, target },
      false,
      result => results.push(result),
    );
    return { handled, results };
  }

  function componentNames(results: CatalogProcessorResult[]) {
    return results
      .flatMap(r => (r.type === 'entity' ? [r.entity] : []))
      .filter(entity => entity.kind === 'Component')
      .map(entity => entity.metadata.name)
      .sort();
  }

  it.each([
    ['the repository root', ''],
    ['the .codex/services folder', '.codex/services'],
  ])('reads a file location at %s', async (_, folder) => {
    const { handled, results } = await read('file', join(mesh.path, folder));

    expect(handled).toBe(true);
    expect(componentNames(results)).toEqual([
      'auth-service',
      'backend',
      'dashboard-service',
      'db',
      'discord-integration',
      'frontend',
      'traefik',
    ]);
  });

  it('leaves ordinary catalog files to the stock readers', async () => {
    const { handled, results } = await read(
      'file',
      join(mesh.path, 'catalog-info.yaml'),
    );

    expect(handled).toBe(false);
    expect(results).toEqual([]);
  });

  it('turns a bad metadata file into a location of its own', async () => {
    // Nobody depends on traefik, so its file alone is bad.
    mesh.addContent({
      '.codex/services/traefik.yaml': 'service_name: [traefik\n',
    });

    const { results } = await read('file', mesh.path);

    expect(componentNames(results)).not.toContain('traefik');
    expect(componentNames(results)).toContain('frontend');
    const locations = results.flatMap(r =>
      r.type === 'location' ? [r.location] : [],
    );
    expect(locations).toEqual([
      expect.objectContaining({
        target: expect.stringMatching(/\.codex\/services\/traefik\.yaml$/),
      }),
    ]);
  });
});
