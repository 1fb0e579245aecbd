import type { GraphJson } from '@internal/plugin-network-contracts-common';
import { devonboarderGraph } from '../../__fixtures__/graph';
import { gridLayout } from './gridLayout';
import { GRID_LAYOUT_THRESHOLD, layoutGraph, toElkGraph } from './layoutGraph';

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

describe('gridLayout', () => {
  function bigGraph(count: number): GraphJson {
    const tiers = devonboarderGraph.tiers;
    return {
      ...devonboarderGraph,
      services: Array.from({ length: count }, (_, i) => ({
        ...devonboarderGraph.services[0],
        id: `service:svc-${i}`,
        name: `svc-${i}`,
        tier: i % 4 === 3 ? undefined : tiers[i % tiers.length].id,
      })),
    };
  }

  it('takes over from ELK above the threshold', async () => {
    const graph = bigGraph(GRID_LAYOUT_THRESHOLD + 1);

    expect(await layoutGraph(graph)).toEqual(gridLayout(graph));
  });

  it('puts every service inside its box without overlaps', () => {
    const graph = bigGraph(1000);
    const layout = gridLayout(graph);
    const boxes = new Map(
      layout.nodes.filter(n => n.kind === 'tier').map(n => [n.id, n]),
    );
    const services = layout.nodes.filter(n => n.kind === 'service');

    expect(services).toHaveLength(1000);
    expect(boxes.has('tier:(none)')).toBe(true);
    const seen = new Set<string>();
    for (const service of services) {
      const box = boxes.get(service.parentId!)!;
      expect(service.x + service.width).toBeLessThanOrEqual(box.width);
      expect(service.y + service.height).toBeLessThanOrEqual(box.height);
      const cell = `${service.parentId} ${service.x} ${service.y}`;
      expect(seen.has(cell)).toBe(false);
      seen.add(cell);
    }
    // Parents come before their members, as React Flow needs.
    const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
    for (const service of services) {
      expect(index.get(service.parentId!)!).toBeLessThan(
        index.get(service.id)!,
      );
    }
  });
});
