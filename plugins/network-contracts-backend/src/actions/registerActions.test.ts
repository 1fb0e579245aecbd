import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { networkContractsRunCreatePermission } from '@internal/plugin-network-contracts-common';
import { startPlugin } from '../__testUtils__/startPlugin';
import { copyMesh } from '../__testUtils__/meshFixtures';

jest.setTimeout(30_000);

// The mock registry names every plugin `test`.
const id = (name: string) => `test:${name}`;
const credentials = mockCredentials.user();

describe('actions', () => {
  it('registers the four actions with their schemas', async () => {
    const { actions } = await startPlugin();
    const { actions: listed } = await actions.list();
    expect(listed.map(a => a.name).sort()).toEqual([
      'get-service-contract',
      'get-topology',
      'list-findings',
      'start-run',
    ]);
    const findings = listed.find(a => a.name === 'list-findings')!;
    expect(findings.attributes).toMatchObject({ readOnly: true });
    expect(findings.schema.input).toMatchObject({
      properties: { severity: { enum: ['error', 'warning', 'info'] } },
    });
  });

  it('starts a run and reads its results', async () => {
    const mesh = await copyMesh('devonboarder-flat');
    const { actions, waitForRun } = await startPlugin({
      networkContracts: { meshes: { demo: { target: mesh.dir } } },
    });

    const started = await actions.invoke({
      id: id('start-run'),
      input: { mesh: 'demo' },
      credentials,
    });
    const [run] = (started.output as any).runs;
    expect(run).toMatchObject({ mesh: 'demo', trigger: 'manual' });
    await waitForRun(run.id);

    const findings = await actions.invoke({
      id: id('list-findings'),
      input: { service: 'db', severity: 'error' },
      credentials,
    });
    expect((findings.output as any).findings).toHaveLength(6);
    expect((findings.output as any).total).toBe(6);

    const second = await actions.invoke({
      id: id('list-findings'),
      input: { service: 'db', severity: 'error', offset: 4, limit: 3 },
      credentials,
    });
    expect(second.output).toEqual({
      findings: (findings.output as any).findings.slice(4),
      total: 6,
    });

    const topology = await actions.invoke({
      id: id('get-topology'),
      input: { environment: 'dev' },
      credentials,
    });
    expect((topology.output as any).graph.environment).toBe('dev');

    const contract = await actions.invoke({
      id: id('get-service-contract'),
      input: { name: 'db' },
      credentials,
    });
    expect((contract.output as any).contract).toMatchObject({
      mesh: 'demo',
      name: 'db',
      metadata: { tier: 'data_tier' },
    });
    await mesh.remove();
  });

  it('checks the same permissions as the API', async () => {
    const denied = await startPlugin({ permission: AuthorizeResult.DENY });
    await expect(
      denied.actions.invoke({
        id: id('list-findings'),
        input: {},
        credentials,
      }),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });

    const reader = await startPlugin({
      deny: [networkContractsRunCreatePermission.name],
    });
    await expect(
      reader.actions.invoke({ id: id('start-run'), input: {}, credentials }),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    await expect(
      reader.actions.invoke({
        id: id('list-findings'),
        input: {},
        credentials,
      }),
    ).resolves.toEqual({ output: { findings: [], total: 0 } });
  });
});
