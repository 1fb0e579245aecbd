import { createMockDirectory } from '@backstage/backend-test-utils';
import { exampleMeshContent } from './__testUtils__/testUtils';
import { PublishedError, startCatalog } from './__testUtils__/testCatalog';

jest.setTimeout(60_000);

const BAD_FILES = {
  '.codex/services/broken.yaml': 'service_name: broken\ntier: [api_tier\n',
  '.codex/services/ghost.yaml':
    'service_name: ghost\nrole: phantom\ntier: dmz_tier\n',
  '.codex/services/lonely.yaml':
    'service_name: lonely\ntier: api_tier\ndependencies:\n  - db\n  - nowhere\n',
  '.codex/services/shouty.yaml':
    'service_name: "Shouty Service!"\ntier: api_tier\n',
};

describe('bad metadata files', () => {
  const dir = createMockDirectory({
    content: { ...exampleMeshContent(), ...BAD_FILES },
  });
  let catalog: Awaited<ReturnType<typeof startCatalog>>;

  beforeAll(async () => {
    catalog = await startCatalog(dir.path);
    await catalog.waitFor(
      async () => catalog.errors,
      errors => new Set(errors.map(e => e.entity)).size >= 4,
    );
    await catalog.waitFor(surviving, names => names.length === 7);
  });

  function errorFor(file: string): string {
    const found = catalog.errors.find((e: PublishedError) =>
      e.location?.endsWith(file),
    );
    return found?.errors.map(e => e.message).join('\n') ?? '';
  }

  async function surviving(): Promise<string[]> {
    const items = await catalog.query(
      'kind=component,metadata.labels.network-contracts.io/mesh=devonboarder',
    );
    return items.map(e => e.metadata.name).sort();
  }

  it('still ingests every good service', async () => {
    expect(await surviving()).toEqual([
      'auth-service',
      'backend',
      'dashboard-service',
      'db',
      'discord-integration',
      'frontend',
      'traefik',
    ]);
  });

  it('reports malformed YAML with its line', async () => {
    expect(errorFor('broken.yaml')).toMatch(
      /\.codex\/services\/broken\.yaml:[23]:\d+: .*Fix:/s,
    );
    expect(await surviving()).not.toContain('broken');
  });

  it('reports an unknown tier with its line and the tiers to use', async () => {
    const message = errorFor('ghost.yaml');

    expect(message).toMatch(/ghost\.yaml:3:7: .*dmz_tier/);
    expect(message).toMatch(/Fix: .*api_tier/);
    expect(await surviving()).not.toContain('ghost');
  });

  it('reports a dependency on a missing service with its line', async () => {
    const message = errorFor('lonely.yaml');

    expect(message).toMatch(/lonely\.yaml:5:5: .*"nowhere"/);
    expect(message).toContain('Fix:');
    expect(await surviving()).not.toContain('lonely');
  });

  it('reports a name Backstage rejects with its line', async () => {
    const message = errorFor('shouty.yaml');

    expect(message).toMatch(/shouty\.yaml:1:\d+: .*Shouty Service!/);
    expect(message).toContain('Fix:');
    expect(await surviving()).toHaveLength(7);
  });
});
