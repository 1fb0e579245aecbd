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
    const page = path.resolve(__dirname, '../../../..', RULES[0].docPath);
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-explain-'));
    const { code, stdout } = await runCli(['explain', RULES[0].id], cwd);

    expect(code).toBe(0);
    if (!fs.existsSync(page)) {
      expect(stdout).toContain(`The page ${RULES[0].docPath} is missing.`);
    }
    expect(stdout).toContain(RULES[0].id);
  });

  it('exits 2 on an unknown id and lists close ones', () => {
    const { code, stderr } = runBin(['explain', 'dns/alias-mising']);

    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean dns/alias-missing');
  });
});
