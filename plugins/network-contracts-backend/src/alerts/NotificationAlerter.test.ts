import { startPlugin } from '../__testUtils__/startPlugin';
import { copyMesh } from '../__testUtils__/meshFixtures';
import { eventually } from '../__testUtils__/eventually';

jest.setTimeout(30_000);

/** The catalog's component of the example's db, owned by `dba`. */
function dbComponent(namespace: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'db', namespace },
    spec: { type: 'service', owner: 'dba', lifecycle: 'production' },
  };
}

describe('notifications of new errors', () => {
  it('notifies the owners once, when an error first appears', async () => {
    const mesh = await copyMesh('devonboarder');
    const { runNow, sent } = await startPlugin({
      networkContracts: { meshes: { demo: { target: mesh.dir } } },
      entities: [dbComponent('default')],
    });

    await runNow();
    expect(sent).toEqual([]);

    await mesh.become('devonboarder-flat');
    await runNow();
    await eventually(() => expect(sent).toHaveLength(7));
    const byScope = new Map(sent.map(n => [n.payload.scope, n]));
    // The catalog's owner wins over the metadata's.
    expect(byScope.get('network-contracts:demo:db')).toMatchObject({
      recipients: { type: 'entity', entityRef: 'group:default/dba' },
      payload: {
        severity: 'high',
        topic: 'network-contracts:demo',
        title: '6 new network contract errors in db',
        link: '/catalog/default/component/db/network-contract',
      },
    });
    // Services the catalog does not know fall back to their metadata, and
    // the link to the compliance view.
    const backend = byScope.get('network-contracts:demo:backend');
    expect(backend?.recipients).toEqual({
      type: 'entity',
      entityRef: 'group:default/platform',
    });
    expect(backend?.payload.link).toBe('/network-contracts/compliance');
    expect(sent).toHaveLength(7);

    // The same errors again are not news.
    await runNow();
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(sent).toHaveLength(7);
    await mesh.remove();
  });

  it('links to the entity in the namespace the catalog has it in', async () => {
    const mesh = await copyMesh('devonboarder');
    const { runNow, sent } = await startPlugin({
      networkContracts: { meshes: { demo: { target: mesh.dir } } },
      entities: [dbComponent('mesh')],
    });

    await runNow();
    await mesh.become('devonboarder-flat');
    await runNow();
    await eventually(() => expect(sent).toHaveLength(7));
    const db = sent.find(n => n.payload.scope === 'network-contracts:demo:db');
    expect(db).toMatchObject({
      recipients: { type: 'entity', entityRef: 'group:mesh/dba' },
      payload: { link: '/catalog/mesh/component/db/network-contract' },
    });
    await mesh.remove();
  });

  it('takes the first run as the baseline unless told otherwise', async () => {
    const mesh = await copyMesh('devonboarder-flat');
    const quiet = await startPlugin({
      networkContracts: { meshes: { demo: { target: mesh.dir } } },
    });
    const [baseline] = await quiet.runNow();
    expect(baseline.counts.error).toBe(22);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(quiet.sent).toEqual([]);

    const told = await startPlugin({
      networkContracts: {
        meshes: { demo: { target: mesh.dir } },
        alerts: { onFirstRun: true },
      },
    });
    await told.runNow();
    await eventually(() => expect(told.sent).toHaveLength(7));
    await mesh.remove();
  });

  it('stays quiet when notifications are off', async () => {
    const mesh = await copyMesh('devonboarder-flat');
    const { runNow, sent } = await startPlugin({
      networkContracts: {
        meshes: { demo: { target: mesh.dir } },
        alerts: { onFirstRun: true, notifications: { enabled: false } },
      },
    });
    const [run] = await runNow();
    expect(run.counts.error).toBe(22);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(sent).toEqual([]);
    await mesh.remove();
  });
});
