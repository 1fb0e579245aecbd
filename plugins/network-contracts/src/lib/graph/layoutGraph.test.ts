import { devonboarderGraph } from '../../__fixtures__/graph';
import { layoutGraph, toElkGraph } from './layoutGraph';

describe('layoutGraph', () => {
  it('puts services and tier networks in tier boxes', () => {
    const elk = toElkGraph(devonboarderGraph);
    const data = elk.children!.find(c => c.id === 'tier:data_tier')!;

    expect(data.children!.map(c => c.id).sort()).toEqual([
      'network:data_tier',
      'service:db',
    ]);
    expect(elk.children!.some(c => c.id === 'network:edge')).toBe(true);
    expect(elk.children!.some(c => c.id === 'tier:(none)')).toBe(true);
  });

  it('positions every node, members relative to their box', async () => {
    const layout = await layoutGraph(devonboarderGraph);
    const db = layout.nodes.find(n => n.id === 'service:db')!;
    const box = layout.nodes.find(n => n.id === 'tier:data_tier')!;

    expect(layout.nodes).toHaveLength(4 + 4 + 4);
    expect(db.parentId).toBe('tier:data_tier');
    expect(db.x + db.width).toBeLessThanOrEqual(box.width);
    expect(box.kind).toBe('tier');
  });
});
