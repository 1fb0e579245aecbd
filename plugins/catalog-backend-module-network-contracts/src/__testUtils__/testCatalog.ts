import {
  createBackendModule,
  BackendFeature,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { Server } from 'node:http';
import request from 'supertest';
import catalogBackend from '@backstage/plugin-catalog-backend';
import { catalogModuleNetworkContracts } from '../module';
import { catalogConfig } from './catalogConfig';

/** One catalog processing error, as the catalog publishes it. */
export interface PublishedError {
  entity: string;
  location?: string;
  errors: Array<{ name: string; message: string }>;
}

/**
 * Starts the real catalog backend with this module, a provider reading
 * `target`, and a probe that records the catalog's processing errors.
 */
export async function startCatalog(
  target: string,
  extra: {
    features?: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
    config?: object;
  } = {},
) {
  const errors: PublishedError[] = [];
  // A catalog module, because the events service is per plugin: only the
  // catalog's own instance sees what the catalog publishes.
  const probe = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'probe',
    register(env) {
      env.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          await events.subscribe({
            id: 'probe',
            topics: ['experimental.catalog.errors'],
            async onEvent(params) {
              errors.push(params.eventPayload as PublishedError);
            },
          });
        },
      });
    },
  });

  const { server }: { server: Server } = await startTestBackend({
    features: [
      catalogBackend,
      catalogModuleNetworkContracts,
      probe,
      ...(extra.features ?? []),
      mockServices.rootConfig.factory({
        data: {
          catalog: catalogConfig(target, {
            schedule: { frequency: { minutes: 10 }, timeout: { minutes: 1 } },
            processingInterval: { seconds: 1 },
          }),
          ...extra.config,
        },
      }),
    ],
  });

  async function query(filter: string): Promise<Entity[]> {
    const response = await request(server)
      .get('/api/catalog/entities/by-query')
      .query({ filter, limit: 10000 })
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    return response.body.items;
  }

  async function waitFor<T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
    timeoutMs = 30000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) {
        return value;
      }
      await new Promise(r => setTimeout(r, 200));
    }
  }

  return { server, query, waitFor, errors };
}
