import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { RunStore } from './database/RunStore';
import { createRouter } from './service/createRouter';

/**
 * The network-contracts backend plugin: validation runs, their history and
 * the REST API under `/api/network-contracts`.
 *
 * @public
 */
export const networkContractsPlugin = createBackendPlugin({
  pluginId: 'network-contracts',
  register(env) {
    env.registerInit({
      deps: {
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
      },
      async init({ database, httpAuth, httpRouter }) {
        const runs = await RunStore.create(database);
        httpRouter.use(await createRouter({ httpAuth, runs }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
