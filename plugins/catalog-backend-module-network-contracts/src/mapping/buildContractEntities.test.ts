import { defaultCatalogCollatorEntityTransformer } from '@backstage/plugin-search-backend-module-catalog';
import { readContractDirectory } from '@internal/plugin-network-contracts-node';
import { resolve } from 'node:path';
import { buildContractEntities } from './buildContractEntities';

const EXAMPLE = resolve(__dirname, '../../../../examples/devonboarder');

describe('buildContractEntities on the DevOnboarder example', () => {
  async function build(options = {}) {
    const files = await readContractDirectory(EXAMPLE);
    return buildContractEntities(files, {
      locate: path => ({ ref: `file:/m/${path}`, target: `/m/${path}` }),
      ...options,
    });
  }

  it('maps every service file to a Component with its contract', async () => {
    const built = await build();
    const components = built.entities
      .map(e => e.entity)
      .filter(e => e.kind === 'Component');

    expect(built.rejected).toEqual([]);
    expect(built.mesh).toBe('devonboarder');
    expect(components.map(c => c.metadata.name).sort()).toEqual([
      'auth-service',
      'backend',
      'dashboard-service',
      'db',
      'discord-integration',
      'frontend',
      'traefik',
    ]);

    const backend = components.find(c => c.metadata.name === 'backend')!;
    expect(backend.metadata.labels).toMatchObject({
      'network-contracts.io/tier': 'api_tier',
      'network-contracts.io/mesh': 'devonboarder',
    });
    expect(backend.metadata.description).toContain('Tier: api_tier.');
    expect(backend.metadata.annotations).toMatchObject({
      'network-contracts.io/metadata-file': '.codex/services/backend.yaml',
      'network-contracts.io/compose-files':
        'docker-compose.yaml,docker-compose.prod.yaml',
      'backstage.io/source-location': 'file:/m/.codex/services/backend.yaml',
    });
    expect(backend.spec).toEqual({
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/platform',
      system: 'system:default/devonboarder-api-tier',
      dependsOn: [
        'component:default/db',
        'component:default/auth-service',
        'resource:default/devonboarder-api-tier-network',
      ],
    });
  });

  it('builds a System per tier and a network Resource per tier', async () => {
    const built = await build();
    const refs = built.entities
      .map(e => e.entity)
      .filter(e => e.kind !== 'Component')
      .map(e => `${e.kind}:${e.metadata.name}`)
      .sort();

    expect(refs).toEqual([
      'Domain:devonboarder',
      'Resource:devonboarder-api-tier-network',
      'Resource:devonboarder-auth-tier-network',
      'Resource:devonboarder-data-tier-network',
      'System:devonboarder-api-tier',
      'System:devonboarder-auth-tier',
      'System:devonboarder-data-tier',
    ]);
  });

  it('uses the configured mesh name and defaults', async () => {
    const files = await readContractDirectory(EXAMPLE);
    files.services = files.services.map(file => ({
      ...file,
      text: file.text.replace(/^(owner|lifecycle):.*$/gm, ''),
    }));
    files.policy = undefined;

    const built = buildContractEntities(files, {
      mesh: 'Demo Mesh',
      locate: path => ({ ref: `file:/m/${path}`, target: `/m/${path}` }),
    });
    const db = built.entities.find(e => e.entity.metadata.name === 'db')!;

    expect(built.mesh).toBe('demo-mesh');
    expect(db.entity.spec).toMatchObject({
      owner: 'group:default/platform-team',
      lifecycle: 'production',
      system: 'system:default/demo-mesh-data-tier',
    });
  });
});

describe('search by tier', () => {
  it('puts the tier in the text the stock catalog collator indexes', async () => {
    const files = await readContractDirectory(EXAMPLE);
    const built = buildContractEntities(files, {
      locate: path => ({ ref: `file:/m/${path}`, target: `/m/${path}` }),
    });

    const dataTier = built.entities
      .map(e => defaultCatalogCollatorEntityTransformer(e.entity))
      .filter(doc => doc.kind === 'Component')
      .filter(doc => doc.text.split(/[\s.]+/).includes('data_tier'))
      .map(doc => doc.title);

    expect(dataTier).toEqual(['db']);
  });
});
