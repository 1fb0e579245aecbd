import { TestDatabases } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { RunStore } from './RunStore';
import { testDatabaseIds } from './__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

describe.each(databases.eachSupportedId())('RunStore on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    const store = await RunStore.create({
      getClient: async () => knex,
      migrations: { skip: false },
    });
    return { knex, store };
  }

  it('migrates up and down', async () => {
    const { knex } = await createStore();
    expect(await knex.schema.hasTable('runs')).toBe(true);

    await knex.migrate.rollback(
      { directory: RunStore.migrationsDirectory },
      true,
    );
    expect(await knex.schema.hasTable('runs')).toBe(false);

    await knex.migrate.latest({ directory: RunStore.migrationsDirectory });
    expect(await knex.schema.hasTable('runs')).toBe(true);
  });

  it('records a run from start to finish', async () => {
    const { store } = await createStore();

    const started = await store.startRun({
      source: 'devonboarder',
      trigger: 'manual',
    });
    expect(started).toMatchObject({
      source: 'devonboarder',
      status: 'running',
      trigger: 'manual',
      counts: { error: 0, warning: 0, info: 0 },
    });
    expect(started.finishedAt).toBeUndefined();

    const finished = await store.finishRun(started.id, {
      status: 'succeeded',
      contentHash: 'sha256:abc',
      counts: { error: 2, warning: 1, info: 0 },
    });
    expect(finished).toMatchObject({
      id: started.id,
      status: 'succeeded',
      contentHash: 'sha256:abc',
      counts: { error: 2, warning: 1, info: 0 },
    });
    expect(Date.parse(finished.finishedAt!)).toBeGreaterThanOrEqual(
      Date.parse(started.startedAt),
    );
  });

  it('lists the newest runs first and filters by source', async () => {
    const { store } = await createStore();
    const first = await store.startRun({ source: 'a', trigger: 'schedule' });
    const second = await store.startRun({ source: 'b', trigger: 'schedule' });
    const third = await store.startRun({ source: 'a', trigger: 'manual' });

    const all = await store.listRuns();
    expect(all.map(r => r.id)).toEqual([third.id, second.id, first.id]);

    const onlyA = await store.listRuns({ source: 'a' });
    expect(onlyA.map(r => r.id)).toEqual([third.id, first.id]);
  });

  it('keeps the reason of a failed run', async () => {
    const { store } = await createStore();
    const run = await store.startRun({ source: 'a', trigger: 'manual' });
    await store.finishRun(run.id, {
      status: 'failed',
      failure: 'compose.yaml:3:5: unknown network',
    });

    await expect(store.getRun(run.id)).resolves.toMatchObject({
      status: 'failed',
      failure: 'compose.yaml:3:5: unknown network',
    });
  });

  it('answers NotFoundError for unknown or malformed ids', async () => {
    const { store } = await createStore();
    await expect(store.getRun('4711')).rejects.toThrow(NotFoundError);
    await expect(store.getRun('drop table')).rejects.toThrow(NotFoundError);
    await expect(
      store.finishRun('4711', { status: 'succeeded' }),
    ).rejects.toThrow(NotFoundError);
  });
});
