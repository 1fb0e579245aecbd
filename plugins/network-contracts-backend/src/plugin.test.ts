import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { networkContractsPlugin } from './plugin';

describe('networkContractsPlugin', () => {
  it('answers health checks without credentials', async () => {
    const { server } = await startTestBackend({
      features: [networkContractsPlugin],
    });

    const res = await request(server)
      .get('/api/network-contracts/health')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('serves the run history from its database', async () => {
    const { server } = await startTestBackend({
      features: [networkContractsPlugin],
    });

    const list = await request(server).get('/api/network-contracts/v1/runs');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [] });

    const missing = await request(server).get(
      '/api/network-contracts/v1/runs/12',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ name: 'NotFoundError' });
  });

  it('rejects a bad limit naming the parameter', async () => {
    const { server } = await startTestBackend({
      features: [networkContractsPlugin],
    });

    const res = await request(server).get(
      '/api/network-contracts/v1/runs?limit=many',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"limit"');
  });

  it('refuses requests without credentials', async () => {
    const { server } = await startTestBackend({
      features: [networkContractsPlugin],
    });

    const res = await request(server)
      .get('/api/network-contracts/v1/runs')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
