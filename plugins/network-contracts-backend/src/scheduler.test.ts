import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import request from 'supertest';
import { EXAMPLE_MESH } from './__testUtils__/startPlugin';
import { networkContractsPlugin, VALIDATE_TASK_ID } from './plugin';

jest.setTimeout(30_000);

async function start(networkContracts: JsonObject) {
  const scheduler = mockServices.scheduler.mock();
  const backend = await startTestBackend({
    features: [
      networkContractsPlugin,
      scheduler.factory,
      mockServices.rootConfig.factory({ data: { networkContracts } }),
      catalogServiceMock.factory(),
      actionsRegistryServiceMock.factory(),
    ],
  });
  return { scheduler, ...backend };
}

describe('scheduled validation', () => {
  it('schedules one global task with the configured timing', async () => {
    const { scheduler, server } = await start({
      meshes: { devonboarder: { target: EXAMPLE_MESH } },
      schedule: {
        frequency: { minutes: 10 },
        timeout: { minutes: 2 },
        initialDelay: { seconds: 5 },
      },
    });

    expect(scheduler.scheduleTask).toHaveBeenCalledTimes(1);
    const task = scheduler.scheduleTask.mock.calls[0][0];
    expect(task).toMatchObject({
      id: VALIDATE_TASK_ID,
      frequency: { minutes: 10 },
      timeout: { minutes: 2 },
      initialDelay: { seconds: 5 },
      scope: 'global',
    });

    // Nothing runs until the scheduler says so.
    const before = await request(server).get('/api/network-contracts/v1/runs');
    expect(before.body.items).toEqual([]);

    await task.fn(new AbortController().signal);
    const after = await request(server).get('/api/network-contracts/v1/runs');
    expect(after.body.items).toEqual([
      expect.objectContaining({ trigger: 'schedule', status: 'succeeded' }),
    ]);
  });

  it('waits a full period before the first run by default', async () => {
    const { scheduler } = await start({
      meshes: { devonboarder: { target: EXAMPLE_MESH } },
    });
    expect(scheduler.scheduleTask.mock.calls[0][0]).toMatchObject({
      frequency: { minutes: 30 },
      timeout: { minutes: 5 },
      initialDelay: { minutes: 30 },
    });
  });

  it('schedules nothing without meshes', async () => {
    const { scheduler } = await start({});
    expect(scheduler.scheduleTask).not.toHaveBeenCalled();
  });
});
