import {
  CatalogTable,
  CatalogTableColumnsFunc,
} from '@backstage/plugin-catalog';

/** The label the network-contracts provider sets on every service. */
export const TIER_LABEL = 'network-contracts.io/tier';

/**
 * The stock catalog columns, with the service's network tier right after
 * the name when the list shows components. The kind is worked out the way
 * the stock columns do, from the first entity listed, then the kind filter.
 */
export const catalogColumnsWithTier: CatalogTableColumnsFunc = context => {
  const columns = CatalogTable.defaultColumnsFunc(context);
  const kind = context.entities[0]?.kind ?? context.filters.kind?.value;
  if (kind?.toLocaleLowerCase('en-US') !== 'component') {
    return columns;
  }

  const tier = CatalogTable.columns.createLabelColumn(TIER_LABEL, {
    title: 'Tier',
  });
  const name = columns.findIndex(c => c.field === 'resolved.entityRef');
  return [...columns.slice(0, name + 1), tier, ...columns.slice(name + 1)];
};
