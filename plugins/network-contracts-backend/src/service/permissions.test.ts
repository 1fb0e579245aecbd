import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  networkContractsFindingsReadPermission,
  networkContractsRunCreatePermission,
} from '@internal/plugin-network-contracts-common';
import { startPlugin } from '../__testUtils__/startPlugin';

jest.setTimeout(30_000);

const V1 = '/api/network-contracts/v1';
const READS = [
  '/meshes',
  '/services/db',
  '/topology',
  '/findings',
  '/runs',
  '/runs/1',
  '/compliance',
  '/export?format=json',
  '/rules',
  '/rules/dns%2Falias-missing',
];

describe('permissions', () => {
  it('answers 403 to every route when the policy denies', async () => {
    const { api } = await startPlugin({ permission: AuthorizeResult.DENY });
    for (const path of READS) {
      const res = await api().get(`${V1}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.body.error.name).toBe('NotAllowedError');
    }
    const post = await api().post(`${V1}/runs`).send({});
    expect(post.status).toBe(403);
  });

  it('lets readers read without letting them start runs', async () => {
    const { api } = await startPlugin({
      deny: [networkContractsRunCreatePermission.name],
    });
    expect((await api().get(`${V1}/findings`)).status).toBe(200);

    const post = await api().post(`${V1}/runs`).send({});
    expect(post.status).toBe(403);
    expect(post.body.error.message).toContain('network-contracts.run.create');
    expect((await api().get(`${V1}/runs`)).body.items).toEqual([]);
  });

  it('lets runners start runs without reading findings', async () => {
    const { api } = await startPlugin({
      deny: [networkContractsFindingsReadPermission.name],
    });
    const post = await api().post(`${V1}/runs`).send({});
    expect(post.status).toBe(202);
    expect((await api().get(`${V1}/findings`)).status).toBe(403);
  });

  it('rejects a body that is not { mesh? }', async () => {
    const { api } = await startPlugin();
    const res = await api()
      .post(`${V1}/runs`)
      .send({ meshes: ['x'] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"meshes"');
  });
});
