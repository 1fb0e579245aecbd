import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceMock,
  MockActionsRegistry,
} from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import request from 'supertest';
import { Server } from 'node:http';
import { resolve as resolvePath } from 'node:path';
import { networkContractsPlugin } from '../plugin';

/** The example mesh of the repository. */
export const EXAMPLE_MESH = resolvePath(
  __dirname,
  '../../../../examples/devonboarder',
);

/** How {@link startPlugin} sets up the backend. */
export interface StartPluginOptions {
  /** `networkContracts` config; default: the example mesh alone. */
  networkContracts?: JsonObject;
  /** Other top-level config, such as `integrations`. */
  config?: JsonObject;
  /** Answer of `mockServices.permissions` to every request. */
  permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** Permissions denied by name, all others allowed; wins over `permission`. */
  deny?: string[];
  entities?: Entity[];
  /** A database from `TestDatabases`; default an in-memory SQLite. */
  knex?: Knex;
}

/**
 * Starts the real plugin on a test backend with an in-memory database,
 * a fake catalog, and notifications that are recorded instead of sent.
 */
export async function startPlugin(
  options: StartPluginOptions = {},
): Promise<StartedPlugin> {
  const sent: NotificationSendOptions[] = [];
  const actions = actionsRegistryServiceMock();
  const backend = await startTestBackend({
    features: [
      networkContractsPlugin,
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          networkContracts: options.networkContracts ?? {
            meshes: { devonboarder: { target: EXAMPLE_MESH } },
          },
        },
      }),
      options.deny
        ? denyingPermissions(options.deny)
        : mockServices.permissions.factory({
            result: options.permission ?? AuthorizeResult.ALLOW,
          }),
      catalogServiceMock.factory({ entities: options.entities ?? [] }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (notification: NotificationSendOptions) => {
            sent.push(notification);
          },
        }),
      }),
      createServiceFactory({
        service: actionsRegistryServiceMock.factory().service,
        deps: {},
        factory: () => actions,
      }),
    ],
  });

  const api = () => request(backend.server);

  /** Starts runs through the API and waits until none is running. */
  async function runNow(mesh?: string) {
    const started = await api()
      .post('/api/network-contracts/v1/runs')
      .send(mesh ? { mesh } : {});
    if (started.status !== 202) {
      throw new Error(`POST /v1/runs answered ${started.status}`);
    }
    const runs = [];
    for (const run of started.body.items) {
      runs.push(await waitForRun(run.id));
    }
    return runs;
  }

  async function waitForRun(id: string) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const res = await api().get(`/api/network-contracts/v1/runs/${id}`);
      if (res.body.status !== 'running') {
        return res.body;
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    throw new Error(`Run ${id} did not finish`);
  }

  return { server: backend.server, api, runNow, waitForRun, sent, actions };
}

/** What {@link startPlugin} gives a test. */
export interface StartedPlugin {
  server: Server;
  /** A supertest agent on the backend. */
  api: () => ReturnType<typeof request>;
  /** Starts runs through the API and waits for them; the finished runs. */
  runNow: (mesh?: string) => Promise<any[]>;
  waitForRun: (id: string) => Promise<any>;
  /** Notifications the plugin sent, in order. */
  sent: NotificationSendOptions[];
  actions: MockActionsRegistry;
}

function denyingPermissions(names: string[]) {
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      authorize: async (requests: any[]) =>
        requests.map(r => ({
          result: names.includes(r.permission.name)
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
        })),
      authorizeConditional: async (requests: any[]) =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    }),
  });
}
