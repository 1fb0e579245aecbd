import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { networkContractsPermissions } from '@internal/plugin-network-contracts-common';
import { registerActions } from './actions/registerActions';
import { GithubIssueAlerter } from './alerts/GithubIssueAlerter';
import { NotificationAlerter } from './alerts/NotificationAlerter';
import { RunAlerter } from './alerts/RunAlerter';
import { readNetworkContractsConfig } from './config/readNetworkContractsConfig';
import { RunStore } from './database/RunStore';
import { AccessGuard } from './service/AccessGuard';
import { createRouter } from './service/createRouter';
import { NetworkContractsApi } from './service/NetworkContractsApi';
import { SnapshotCache } from './validation/SnapshotCache';
import { ValidationRunner } from './validation/ValidationRunner';

/** Id of the scheduled task that validates every mesh. */
export const VALIDATE_TASK_ID = 'network-contracts:validate';

/**
 * The network-contracts backend plugin: scheduled and on-demand validation
 * of the configured meshes, their history, the REST API under
 * `/api/network-contracts`, alerts and actions for agents.
 *
 * @public
 */
export const networkContractsPlugin = createBackendPlugin({
  pluginId: 'network-contracts',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const settings = readNetworkContractsConfig(deps.config);
        const store = await RunStore.create(deps.database);
        const cache = new SnapshotCache(store, deps.logger);

        const alerters: RunAlerter[] = [];
        if (settings.notifications) {
          alerters.push(NotificationAlerter.create(deps));
        }
        if (settings.githubIssues) {
          alerters.push(
            GithubIssueAlerter.fromConfig(deps.config, {
              settings: settings.githubIssues,
              store,
            }),
          );
        }

        const runner = ValidationRunner.create({
          config: settings,
          logger: deps.logger,
          store,
          cache,
          reader: deps.urlReader,
          alerters,
        });
        const api = NetworkContractsApi.create({ runner, store, cache });
        const access = new AccessGuard(deps.httpAuth, deps.permissions);

        deps.permissionsRegistry.addPermissions(networkContractsPermissions);
        deps.httpRouter.use(createRouter({ api, access }));
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        registerActions({ actionsRegistry: deps.actionsRegistry, api, access });

        if (settings.meshes.length > 0) {
          await deps.scheduler.scheduleTask({
            id: VALIDATE_TASK_ID,
            ...settings.schedule,
            fn: async () => {
              await runner.runAll('schedule');
            },
          });
        }
      },
    });
  },
});
