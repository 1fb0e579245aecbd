import {
  coreExtensionData,
  createFrontendModule,
  ExtensionBoundary,
} from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { catalogColumnsWithTier } from './tierColumn';

// The stock page takes no columns from config or from other extensions, so
// the override keeps its path, route and filter inputs and swaps only the
// element for the same index page given the extra Tier column.
const catalogIndexPage = catalogPlugin.getExtension('page:catalog').override({
  factory(originalFactory, { node, inputs, config }) {
    const original = originalFactory();
    const filters = inputs.filters.map(filter =>
      filter.get(coreExtensionData.reactElement),
    );
    const element = ExtensionBoundary.lazy(node, () =>
      import('@backstage/plugin-catalog/alpha').then(({ CatalogIndexPage }) => (
        <CatalogIndexPage
          filters={<>{filters}</>}
          columns={catalogColumnsWithTier}
          pagination={config.pagination}
        />
      )),
    );
    return [
      ...[...original].filter(
        data => data.id !== coreExtensionData.reactElement.id,
      ),
      coreExtensionData.reactElement(element),
    ];
  },
});

/**
 * Catalog customisations for the portal: the index page lists each
 * service's network tier.
 */
export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogIndexPage],
});
