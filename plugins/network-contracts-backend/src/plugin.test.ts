import { mockCredentials } from '@backstage/backend-test-utils';
import { startPlugin } from './__testUtils__/startPlugin';
import { copyMesh } from './__testUtils__/meshFixtures';

jest.setTimeout(30_000);

const V1 = '/api/network-contracts/v1';

describe('networkContractsPlugin', () => {
  it('answers health checks without credentials and refuses the API', async () => {
    const { api } = await startPlugin();

    const health = await api()
      .get('/api/network-contracts/health')
      .set('Authorization', mockCredentials.none.header());
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });

    const runs = await api()
      .get(`${V1}/runs`)
      .set('Authorization', mockCredentials.none.header());
    expect(runs.status).toBe(401);
  });

  it('lists the configured mesh and has nothing to show before a run', async () => {
    const { api } = await startPlugin();

    const meshes = await api().get(`${V1}/meshes`);
    expect(meshes.status).toBe(200);
    expect(meshes.body.items).toEqual([
      expect.objectContaining({
        name: 'devonboarder',
        environments: [],
        latestRun: null,
      }),
    ]);

    const topology = await api().get(`${V1}/topology`);
    expect(topology.status).toBe(404);
    expect(topology.body.error.message).toContain('no successful run');

    const findings = await api().get(`${V1}/findings`);
    expect(findings.body).toEqual({
      items: [],
      total: 0,
      offset: 0,
      limit: 500,
    });
  });

  it('validates on demand and serves the results', async () => {
    const { api, runNow } = await startPlugin();

    const [run] = await runNow();
    expect(run).toMatchObject({
      mesh: 'devonboarder',
      status: 'succeeded',
      trigger: 'manual',
      counts: { error: 0, warning: 0, info: 0, waived: 0 },
      change: null,
    });
    expect(run.revision).toMatch(/^sha256:/);
    expect(run.durationMs).toBeGreaterThanOrEqual(0);

    const meshes = await api().get(`${V1}/meshes`);
    expect(meshes.body.items[0].latestRun.id).toBe(run.id);

    const topology = await api().get(`${V1}/topology?environment=prod`);
    expect(topology.status).toBe(200);
    expect(topology.body.environment).toBe('prod');
    expect(topology.body.services.map((s: any) => s.name)).toContain('db');

    const contract = await api().get(`${V1}/services/backend`);
    expect(contract.status).toBe(200);
    expect(contract.body.metadata).toMatchObject({ tier: 'api_tier' });
    const dev = contract.body.environments.find(
      (e: any) => e.environment === 'dev',
    );
    expect(dev).toMatchObject({ present: true, networkMode: 'networks' });
    expect(dev.dependencies).toContainEqual(
      expect.objectContaining({ service: 'db', reachable: true }),
    );
    expect(dev.networks.map((n: any) => n.network)).toContain('api_tier');

    const exported = await api().get(`${V1}/export?format=mermaid`);
    expect(exported.status).toBe(200);
    expect(exported.type).toBe('text/vnd.mermaid');
  });

  it('records the connectivity change against the previous run', async () => {
    const mesh = await copyMesh('devonboarder');
    const { api, runNow } = await startPlugin({
      networkContracts: { meshes: { demo: { target: mesh.dir } } },
    });

    const [first] = await runNow();
    await mesh.become('devonboarder-flat');
    const [second] = await runNow();

    expect(second.change.previousRunId).toBe(first.id);
    const opened = second.change.openedReachability.map(
      (r: any) => `${r.environment} ${[r.from, r.to].sort().join(' ')}`,
    );
    expect(opened).toContain('dev db frontend');
    expect(second.change.findingsAdded).toBe(34);
    expect(second.change.removedServices).toContainEqual({
      environment: 'prod',
      service: 'db',
    });
    expect(second.counts.error).toBe(22);

    const errors = await api().get(
      `${V1}/findings?severity=error&category=isolation&service=db`,
    );
    expect(errors.body.items.map((f: any) => f.rule).sort()).toEqual([
      'isolation/data-service-on-public-network',
      'isolation/data-tier-published-port',
    ]);
    expect(errors.body.items[0]).toMatchObject({
      mesh: 'demo',
      runId: second.id,
      tier: 'data_tier',
      environment: 'dev',
    });

    const all = await api().get(`${V1}/findings`);
    expect(all.body).toMatchObject({ total: 34, offset: 0, limit: 500 });
    expect(all.body.items).toHaveLength(34);
    const pages = [];
    for (const offset of [0, 15, 30]) {
      const page = await api().get(`${V1}/findings?limit=15&offset=${offset}`);
      expect(page.body).toMatchObject({ total: 34, offset, limit: 15 });
      pages.push(...page.body.items);
    }
    expect(pages).toEqual(all.body.items);
    const past = await api().get(`${V1}/findings?offset=34`);
    expect(past.body).toMatchObject({ items: [], total: 34 });
    const capped = await api().get(`${V1}/findings?limit=5000`);
    expect(capped.body.limit).toBe(1000);

    const compliance = await api().get(`${V1}/compliance`);
    expect(compliance.body.bySeverity).toEqual({
      error: 22,
      warning: 12,
      info: 0,
    });
    expect(compliance.body.byTier.data_tier.error).toBe(6);
    expect(compliance.body.trend.map((t: any) => t.runId)).toEqual([
      first.id,
      second.id,
    ]);
    await mesh.remove();
  });

  it.each([
    [`${V1}/findings?severity=fatal`, '"severity"'],
    [`${V1}/findings?category=dns&category=tier`, '"category"'],
    [`${V1}/runs?limit=many`, '"limit"'],
    [`${V1}/findings?limit=0`, '"limit"'],
    [`${V1}/findings?offset=-1`, '"offset"'],
    [`${V1}/findings?offset=1.5`, '"offset"'],
    [`${V1}/export?format=pdf`, '"format"'],
    [`${V1}/export`, '"format"'],
  ])('answers 400 naming the parameter for %s', async (url, name) => {
    const { api } = await startPlugin();
    const res = await api().get(url);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'InputError' });
    expect(res.body.error.message).toContain(name);
  });

  it('answers 404 for unknown names', async () => {
    const { api, runNow } = await startPlugin();
    await runNow();

    for (const url of [
      `${V1}/services/nobody`,
      `${V1}/topology?environment=staging`,
      `${V1}/findings?mesh=elsewhere`,
      `${V1}/runs/4711`,
      `${V1}/compliance?mesh=elsewhere`,
    ]) {
      const res = await api().get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
      expect(res.body.error.name).toBe('NotFoundError');
    }
    const post = await api().post(`${V1}/runs`).send({ mesh: 'elsewhere' });
    expect(post.status).toBe(404);
  });

  it('asks for the mesh when several are configured', async () => {
    const { api } = await startPlugin({
      networkContracts: {
        meshes: {
          one: { target: '/nowhere/one' },
          two: { target: '/nowhere/two' },
        },
      },
    });
    const res = await api().get(`${V1}/compliance`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"mesh"');
  });
});
