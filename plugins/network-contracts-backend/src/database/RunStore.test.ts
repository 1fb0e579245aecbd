import { TestDatabases } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { MeshFinding } from '../validation/types';
import { RunResults, RunStore } from './RunStore';
import { testDatabaseIds } from './__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const TABLES = [
  'runs',
  'run_findings',
  'run_topologies',
  'mesh_inputs',
  'alert_issues',
];

function finding(overrides: Partial<MeshFinding> = {}): MeshFinding {
  return {
    mesh: 'demo',
    runId: '0',
    fingerprint: 'f1',
    rule: 'isolation/data-tier-published-port',
    category: 'isolation',
    severity: 'error',
    service: 'db',
    environment: 'dev',
    tier: 'data_tier',
    message: 'db publishes 5432.',
    remediation: 'Remove the port.',
    position: { file: 'docker-compose.yaml', line: 3, column: 5 },
    waived: false,
    ...overrides,
  };
}

function results(overrides: Partial<RunResults> = {}): RunResults {
  return {
    contentHash: 'sha256:abc',
    revision: 'sha256:abc',
    counts: { error: 1, warning: 0, info: 0, waived: 1 },
    change: null,
    findings: [
      finding(),
      finding({
        fingerprint: 'f2',
        severity: 'warning',
        waived: true,
        waiver: {
          rule: 'x',
          service: 'db',
          reason: 'legacy',
          owner: 'group:default/platform',
          expires: '2027-01-31',
        },
        position: undefined,
      }),
    ],
    graphs: { dev: { version: 1, services: [] } },
    inputs: { files: { root: '/mesh' }, today: '2026-12-03' },
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())('RunStore on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    const store = await RunStore.create({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    return { knex, store };
  }

  it('migrates up and down, one step at a time', async () => {
    const { knex } = await createStore();
    const has = async () =>
      Promise.all(TABLES.map(table => knex.schema.hasTable(table)));
    const directory = RunStore.migrationsDirectory;
    expect(await has()).toEqual([true, true, true, true, true]);
    expect(await knex.schema.hasColumn('runs', 'change')).toBe(true);

    await knex.migrate.down({ directory });
    expect(await has()).toEqual([true, false, false, false, false]);
    expect(await knex.schema.hasColumn('runs', 'change')).toBe(false);

    await knex.migrate.down({ directory });
    expect(await has()).toEqual([false, false, false, false, false]);

    await knex.migrate.latest({ directory });
    expect(await has()).toEqual([true, true, true, true, true]);
  });

  it('stores a run with its findings, graphs and change', async () => {
    const { store } = await createStore();
    const started = await store.startRun({ mesh: 'demo', trigger: 'manual' });
    expect(started).toMatchObject({ mesh: 'demo', status: 'running' });

    const change = {
      previousRunId: '1',
      addedServices: [{ environment: 'dev', service: 'cache' }],
      removedServices: [],
      openedReachability: [],
      closedReachability: [],
      findingsAdded: 1,
      findingsFixed: 0,
    };
    const done = await store.completeRun(started.id, results({ change }), 42);
    expect(done).toMatchObject({
      status: 'succeeded',
      durationMs: 42,
      revision: 'sha256:abc',
      counts: { error: 1, warning: 0, info: 0, waived: 1 },
      change,
    });

    const findings = await store.listFindings(started.id);
    expect(findings).toEqual([
      finding({ runId: started.id }),
      expect.objectContaining({ fingerprint: 'f2', waived: true }),
    ]);
    expect(findings[1].waiver?.expires).toBe('2027-01-31');
    expect(await store.getGraphs(started.id)).toEqual({
      dev: { version: 1, services: [] },
    });
    expect(await store.getInputs('demo')).toEqual({
      runId: started.id,
      files: { root: '/mesh' },
      today: '2026-12-03',
    });
  });

  it('keeps the reason of a failed run', async () => {
    const { store } = await createStore();
    const run = await store.startRun({ mesh: 'demo', trigger: 'schedule' });
    await store.failRun(run.id, 'compose.yaml:3:5: unknown network', 7);
    await expect(store.getRun(run.id)).resolves.toMatchObject({
      status: 'failed',
      failure: 'compose.yaml:3:5: unknown network',
      change: null,
    });
  });

  it('lists newest first, by mesh, and prunes beyond the retention', async () => {
    const { store } = await createStore();
    const kept = await store.startRun({ mesh: 'a', trigger: 'schedule' });
    await store.completeRun(kept.id, results(), 1);
    const ids = [kept.id];
    for (let i = 0; i < 3; i++) {
      const run = await store.startRun({ mesh: 'a', trigger: 'schedule' });
      await store.failRun(run.id, 'unreadable', 1);
      ids.push(run.id);
    }
    await store.startRun({ mesh: 'b', trigger: 'manual' });

    const listed = await store.listRuns({ mesh: 'a' });
    expect(listed.map(r => r.id)).toEqual([...ids].reverse());

    // Two kept by count, and the latest successful run since the API
    // serves it.
    expect(await store.pruneRuns('a', 2)).toBe(1);
    const left = await store.listRuns({ mesh: 'a' });
    expect(left.map(r => r.id)).toEqual([ids[3], ids[2], ids[0]]);
    expect(await store.listFindings(kept.id)).toHaveLength(2);
  });

  it('remembers GitHub issues by fingerprint, once', async () => {
    const { store } = await createStore();
    expect(await store.getIssue('f1')).toBeUndefined();
    await store.recordIssue('demo', 'f1', { number: 7, url: 'https://x/7' });
    await store.recordIssue('demo', 'f1', { number: 8, url: 'https://x/8' });
    expect(await store.getIssue('f1')).toEqual({
      number: 7,
      url: 'https://x/7',
    });
  });

  it('answers NotFoundError for unknown or malformed ids', async () => {
    const { store } = await createStore();
    await expect(store.getRun('4711')).rejects.toThrow(NotFoundError);
    await expect(store.getRun('drop table')).rejects.toThrow(NotFoundError);
    await expect(store.failRun('4711', 'x', 1)).rejects.toThrow(NotFoundError);
  });
});
