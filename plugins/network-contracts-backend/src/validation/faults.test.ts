import { TestDatabases } from '@backstage/backend-test-utils';
import { RunStore } from '../database/RunStore';
import { testDatabaseIds } from '../database/__testUtils__/testDatabaseIds';
import { startPlugin } from '../__testUtils__/startPlugin';
import { copyMesh } from '../__testUtils__/meshFixtures';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const V1 = '/api/network-contracts/v1';

describe.each(databases.eachSupportedId())('faults on %s', databaseId => {
  async function setUp() {
    const knex = await databases.init(databaseId);
    const mesh = await copyMesh('devonboarder-flat');
    const plugin = await startPlugin({
      knex,
      networkContracts: { meshes: { demo: { target: mesh.dir } } },
    });
    const [good] = await plugin.runNow();
    expect(good.status).toBe('succeeded');
    return { ...plugin, mesh, good };
  }

  /** The latest good results are still what the API serves. */
  async function expectGoodResultsKept(
    api: Awaited<ReturnType<typeof setUp>>['api'],
    goodId: string,
  ) {
    const findings = await api().get(`${V1}/findings?severity=error`);
    expect(findings.status).toBe(200);
    expect(findings.body.items).toHaveLength(22);
    expect(findings.body.items[0].runId).toBe(goodId);
    const meshes = await api().get(`${V1}/meshes`);
    expect(meshes.body.items[0].latestSuccessfulRun.id).toBe(goodId);
    expect((await api().get(`${V1}/runs/${goodId}`)).status).toBe(200);
  }

  it('fails a run whose source cannot be read', async () => {
    const { api, runNow, mesh, good } = await setUp();
    await mesh.remove();

    const [run] = await runNow();
    expect(run).toMatchObject({ status: 'failed' });
    expect(run.failure).toContain('.codex/services');
    await expectGoodResultsKept(api, good.id);
  });

  it('fails a run whose policy is malformed', async () => {
    const { api, runNow, mesh, good } = await setUp();
    await mesh.write('.codex/network-policy.yaml', 'tiers: [unclosed\n');

    const [run] = await runNow();
    expect(run.status).toBe('failed');
    expect(run.failure).toMatch(/network-policy\.yaml/);
    await expectGoodResultsKept(api, good.id);
    await mesh.remove();
  });

  it('fails a run whose compose file is malformed, naming the place', async () => {
    const { api, runNow, mesh, good } = await setUp();
    await mesh.write('docker-compose.yaml', 'services:\n  db: [\n');

    const [run] = await runNow();
    expect(run.status).toBe('failed');
    expect(run.failure).toContain('the results of the last good run stay');
    expect(run.failure).toMatch(/docker-compose\.yaml:\d+:\d+: .+ Fix: /);
    await expectGoodResultsKept(api, good.id);
    await mesh.remove();
  });

  it('fails a run whose metadata file is malformed, and recovers', async () => {
    const { api, runNow, mesh, good } = await setUp();
    const file = '.codex/services/db.yaml';
    const original = await mesh.read(file);
    await mesh.write(file, 'service: db\ntier: [data_tier\n');

    const [run] = await runNow();
    expect(run.status).toBe('failed');
    expect(run.failure).toContain(`${file}:3:1: Invalid YAML`);
    await expectGoodResultsKept(api, good.id);
    const compliance = await api().get(`${V1}/compliance`);
    expect(compliance.body.run.id).toBe(good.id);
    expect(compliance.body.latestRun).toMatchObject({
      id: run.id,
      status: 'failed',
    });

    await mesh.write(file, original);
    const [fixed] = await runNow();
    expect(fixed.status).toBe('succeeded');
    const meshes = await api().get(`${V1}/meshes`);
    expect(meshes.body.items[0].latestSuccessfulRun.id).toBe(fixed.id);
    await mesh.remove();
  });

  it('fails a run the database cannot store, and goes on', async () => {
    const { api, runNow, mesh, good } = await setUp();
    const store = jest
      .spyOn(RunStore.prototype, 'completeRun')
      .mockRejectedValueOnce(new Error('connection reset by peer'));

    const [run] = await runNow();
    expect(run).toMatchObject({
      status: 'failed',
      failure: 'Error: connection reset by peer',
    });
    await expectGoodResultsKept(api, good.id);

    const [next] = await runNow();
    expect(next.status).toBe('succeeded');
    store.mockRestore();
    await mesh.remove();
  });

  it('serves the last good results after a restart, without a run', async () => {
    const knex = await databases.init(databaseId);
    const mesh = await copyMesh('devonboarder-flat');
    const networkContracts = { meshes: { demo: { target: mesh.dir } } };
    const first = await startPlugin({ knex, networkContracts });
    const [run] = await first.runNow();
    // The files change, but the served results are the run's own.
    await mesh.become('devonboarder');

    const second = await startPlugin({ knex, networkContracts });
    const findings = await second.api().get(`${V1}/findings?severity=error`);
    expect(findings.body.items).toHaveLength(22);
    expect(findings.body.items[0].runId).toBe(run.id);
    expect((await second.api().get(`${V1}/runs`)).body.items).toHaveLength(1);
    await mesh.remove();
  });
});
