import { Entity } from '@backstage/catalog-model';
import { EXAMPLE_MESH } from './__testUtils__/testUtils';
import { startCatalog } from './__testUtils__/testCatalog';

jest.setTimeout(60_000);

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef)
    .sort();
}

describe('the catalog with the network contracts module', () => {
  it('serves the example mesh by tier, with dependency relations', async () => {
    const { query, waitFor } = await startCatalog(EXAMPLE_MESH);

    const components = await waitFor(
      () =>
        query(
          'kind=component,metadata.labels.network-contracts.io/mesh=devonboarder',
        ),
      items => items.length === 7 && items.every(e => e.relations?.length),
    );
    expect(components).toHaveLength(7);

    const apiTier = await query(
      'kind=component,metadata.labels.network-contracts.io/tier=api_tier',
    );
    expect(apiTier.map(e => e.metadata.name).sort()).toEqual([
      'backend',
      'dashboard-service',
      'discord-integration',
      'frontend',
    ]);

    const backend = apiTier.find(e => e.metadata.name === 'backend')!;
    expect(relationTargets(backend, 'dependsOn')).toEqual([
      'component:default/auth-service',
      'component:default/db',
      'resource:default/devonboarder-api-tier-network',
    ]);
    expect(relationTargets(backend, 'dependencyOf')).toEqual([
      'component:default/dashboard-service',
      'component:default/discord-integration',
      'component:default/frontend',
      'component:default/traefik',
    ]);
    expect(relationTargets(backend, 'partOf')).toEqual([
      'system:default/devonboarder-api-tier',
    ]);

    const [dataNetwork] = await waitFor(
      () => query('kind=resource,metadata.name=devonboarder-data-tier-network'),
      items =>
        relationTargets(items[0] ?? ({} as Entity), 'dependencyOf').length > 0,
    );
    expect(relationTargets(dataNetwork, 'dependencyOf')).toEqual([
      'component:default/db',
    ]);
  });
});
