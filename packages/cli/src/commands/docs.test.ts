import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../__testUtils__/cliHarness';

describe('network-contracts docs', () => {
  it('writes the architecture document with a topology per environment', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-docs-'));
    const { code } = await runCli([
      'docs',
      '--root',
      'examples/devonboarder',
      '--out',
      out,
    ]);
    const text = fs.readFileSync(
      path.join(out, 'network-architecture.md'),
      'utf8',
    );

    expect(code).toBe(0);
    expect(text).toContain('## dev\n\n```mermaid\nflowchart LR');
    expect(text).toContain('## prod');
    expect(text).toContain('### Tier data_tier');
    expect(text).toMatch(/\| db \| devonboarder_data_tier \| - \| none \|/);
    expect(text).toContain('- api_tier -> data_tier');
    expect(text).toContain('- backend -> db');
    expect(text).toMatch(/\| traefik \| .*443/);
  });
});
