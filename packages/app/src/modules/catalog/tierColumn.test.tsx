import { CatalogTableColumnsFunc } from '@backstage/plugin-catalog';
import { catalogColumnsWithTier } from './tierColumn';

type EntityListContextProps = Parameters<CatalogTableColumnsFunc>[0];

function context(kind: string): EntityListContextProps {
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'db' },
  };
  return {
    entities: [entity],
    filters: {},
  } as unknown as EntityListContextProps;
}

describe('catalogColumnsWithTier', () => {
  it('puts the tier right after the name for components', () => {
    const fields = catalogColumnsWithTier(context('Component')).map(
      c => c.field,
    );
    const name = fields.indexOf('resolved.entityRef');

    expect(name).toBeGreaterThanOrEqual(0);
    expect(fields[name + 1]).toBe('entity.metadata.labels');
  });

  it('leaves other kinds alone', () => {
    const fields = catalogColumnsWithTier(context('System')).map(c => c.field);

    expect(fields).not.toContain('entity.metadata.labels');
  });
});
