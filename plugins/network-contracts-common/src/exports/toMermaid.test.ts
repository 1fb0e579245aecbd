import { toMermaid } from './toMermaid';
import { SAMPLE_GRAPH } from './__testUtils__/sampleGraph';

describe('toMermaid', () => {
  it('writes a flowchart with a subgraph per tier', () => {
    const lines = toMermaid(SAMPLE_GRAPH).trimEnd().split('\n');

    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  subgraph t1["data_tier (app_data, internal)"]');
    expect(lines).toContain('    s1_db("db")');
    expect(lines).toContain('  s3_x_y("x&y")');
    expect(lines).toContain('  s0_api --> s1_db');
    expect(lines).toContain('  s2_web ==>|forbidden| s1_db');
    expect(lines).toContain('  s1_db -.-|undeclared| s3_x_y');
    expect(lines).toContain('  s2_web -->|unreachable| s0_api');
    expect(lines).toContain('  linkStyle 1 stroke:#c62828');
    expect(lines).toContain('  linkStyle 2 stroke:#ef8f00');
    expect(lines).toContain('  class s1_db error');
    expect(lines).toContain('  class s2_web warning');
  });

  it('escapes quotes and brackets in labels', () => {
    const text = toMermaid({
      ...SAMPLE_GRAPH,
      tiers: [{ ...SAMPLE_GRAPH.tiers[0], name: 'a "b" <c>' }],
    });

    expect(text).toContain('["a #quot;b#quot; #lt;c#gt; (app_api)"]');
  });
});
