import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBin, runCli } from '../__testUtils__/cliHarness';
import { RULES } from '@internal/plugin-network-contracts-common';

describe('network-contracts explain', () => {
  it('prints the page of a rule when there is one, else its summary', async () => {
    const rule = RULES.find(
      r => r.id === 'isolation/data-tier-published-port',
    )!;
    const { code, stdout } = await runCli(['explain', rule.id]);

    expect(code).toBe(0);
    expect(stdout).toContain(rule.id);
    expect(stdout.length).toBeGreaterThan(rule.summary.length);
  });

  it('says when the page is missing', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-explain-'));
    const exists = jest.spyOn(fs, 'existsSync').mockReturnValue(false);
    try {
      const { code, stdout } = await runCli(['explain', RULES[0].id], cwd);

      expect(code).toBe(0);
      expect(stdout).toBe(
        `${RULES[0].id} (${RULES[0].defaultSeverity}): ${RULES[0].title}\n\n` +
          `${RULES[0].summary}\n\nThe page ${RULES[0].docPath} is missing.\n`,
      );
    } finally {
      exists.mockRestore();
    }
  });

  it('exits 2 on an unknown id and lists close ones', () => {
    const { code, stderr } = runBin(['explain', 'dns/alias-mising']);

    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean dns/alias-missing');
  });
});
