import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { NetworkContractsProcessor } from './processor/NetworkContractsProcessor';
import { NetworkContractsProvider } from './provider/NetworkContractsProvider';

/**
 * Catalog module that turns `.codex/services/*.yaml` into entities: one
 * provider per `catalog.providers.networkContracts.<id>`, and a processor
 * for locations that point at a mesh.
 *
 * @public
 */
export const catalogModuleNetworkContracts = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'network-contracts',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        reader: coreServices.urlReader,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ config, logger, scheduler, reader, processing }) {
        processing.addEntityProvider(
          NetworkContractsProvider.fromConfig(config, {
            logger,
            scheduler,
            reader,
          }),
        );
        processing.addProcessor(
          NetworkContractsProcessor.fromConfig(config, { reader }),
        );
      },
    });
  },
});
