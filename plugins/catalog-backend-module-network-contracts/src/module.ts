import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { NetworkContractsProvider } from './provider/NetworkContractsProvider';

export const catalogModuleNetworkContracts = createBackendModule({
  moduleId: 'network-contracts-provider',
  pluginId: 'catalog',
  register({ registerInit }) {
    registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ logger, scheduler, config, processing }) {
        processing.addEntityProvider(
          NetworkContractsProvider.fromConfig(config, {
            logger,
            scheduler,
          }),
        );
      }
    });
  },
})
