import { runBin, runCli } from '../__testUtils__/cliHarness';

describe('network-contracts graph', () => {
  it('prints the graph JSON of the first environment by default', async () => {
    const { code, stdout } = await runCli([
      'graph',
      '--root',
      'examples/devonboarder',
    ]);
    const graph = JSON.parse(stdout);

    expect(code).toBe(0);
    expect(graph).toMatchObject({ version: 1, environment: 'dev' });
    expect(graph.services.map((s: { name: string }) => s.name)).toContain('db');
  });

  it.each([
    ['dot', /^digraph "network-contracts prod" \{/],
    ['mermaid', /^flowchart LR\n/],
    ['svg', /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /],
  ])('prints %s', async (format, start) => {
    const { code, stdout } = await runCli([
      'graph',
      '--root',
      'examples/devonboarder',
      '--env',
      'prod',
      '--format',
      format,
    ]);

    expect(code).toBe(0);
    expect(stdout).toMatch(start);
  });

  it('exits 2 on an unknown environment, also as a process', () => {
    const { code, stderr } = runBin([
      'graph',
      '--root',
      'examples/devonboarder',
      '--env',
      'staging',
    ]);

    expect(code).toBe(2);
    expect(stderr).toContain('staging');
  });
});
