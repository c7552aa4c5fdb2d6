import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';

/**
 * The catalog index page (`page:catalog`) with the SPBE columns.
 *
 * The new-frontend-system catalog page has no input for columns, but the
 * component it renders (`CatalogIndexPage` from `@backstage/plugin-catalog/alpha`)
 * takes a `columns` function. This override keeps the page's route, path,
 * title, filter input (including the SPBE filters) and `pagination` /
 * `exportSettings` config, and only swaps the loader so that the page is
 * rendered with {@link spbeCatalogColumns}. Exporters contributed through
 * `CatalogExportConfigBlueprint` extensions are not forwarded (the portal
 * installs none).
 */
export const spbeCatalogIndexPage = catalogPlugin
  .getExtension('page:catalog')
  .override({
    factory(originalFactory, { inputs, config }) {
      return originalFactory({
        params: {
          loader: async () => {
            const { SpbeCatalogIndexPage } = await import(
              './components/SpbeCatalogIndexPage'
            );
            return (
              <SpbeCatalogIndexPage
                filters={inputs.filters.map(filter =>
                  filter.get(coreExtensionData.reactElement),
                )}
                pagination={config.pagination}
                exportSettings={
                  config.exportSettings?.enabled
                    ? config.exportSettings
                    : undefined
                }
              />
            );
          },
        },
      });
    },
  });

/**
 * Frontend module for the catalog plugin that installs the SPBE columns on
 * the catalog index page. Add it to the app's features next to the catalog
 * plugin.
 *
 * @alpha
 */
export const spbeCatalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [spbeCatalogIndexPage],
});
