import { toDot } from './toDot';
import { SAMPLE_GRAPH } from './__testUtils__/sampleGraph';

describe('toDot', () => {
  it('puts services in a cluster per tier and styles edges', () => {
    const dot = toDot(SAMPLE_GRAPH);

    expect(
      dot.startsWith('digraph "network-contracts dev <\\"test\\"> & co" {'),
    ).toBe(true);
    expect(dot).toContain('subgraph "cluster_tier:data_tier" {');
    expect(dot).toContain('label="data_tier\\nnetwork app_data (internal)";');
    expect(dot).toMatch(
      /"service:db" \[label="db\\n1 error", shape=box, style="rounded", color="#c62828", penwidth=2\];/,
    );
    expect(dot).toContain(
      '"service:x&y" [label="x&y", shape=box, style="rounded,dashed"',
    );
    expect(dot).toContain('"network:legacy" [label="legacy \\"flat\\" <net>"');
    expect(dot).toContain(
      '"service:web" -> "service:db" [color="#c62828", penwidth=2, label="forbidden"];',
    );
    expect(dot).toContain(
      '"service:web" -> "service:api" [color="#c62828", style=dashed, label="unreachable"];',
    );
    expect(dot).toContain('"service:db" -> "service:x&y" [style=dashed');
    expect(dot.trimEnd().endsWith('}')).toBe(true);
  });
});
