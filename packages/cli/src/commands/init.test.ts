import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyExample, runCli } from '../__testUtils__/cliHarness';

describe('network-contracts init', () => {
  it('infers contracts that validate, from the compose files alone', async () => {
    const dir = copyExample();
    fs.rmSync(path.join(dir, '.codex'), { recursive: true });
    const init = await runCli(['init', '--root', dir]);

    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote   .codex/network-policy.yaml');
    const backend = fs.readFileSync(
      path.join(dir, '.codex/services/backend.yaml'),
      'utf8',
    );
    expect(backend).toContain('tier: api_tier');
    expect(backend).toMatch(/dependencies:\n {2}- auth-service\n {2}- db\n/);
    expect(backend).toMatch(/exposed_ports:\n {2}- 8001\n/);
    const policy = fs.readFileSync(
      path.join(dir, '.codex/network-policy.yaml'),
      'utf8',
    );
    expect(policy).toContain(
      '  data_tier:\n    network: data_tier\n    internal: true',
    );
    expect(policy).toContain('  - from: api_tier\n    to: data_tier');
    expect(policy).toContain('      - docker-compose.prod.yaml');

    const validate = await runCli(['validate', '--root', dir]);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).not.toContain(' error ');
  });

  it('never overwrites a file and says which it skipped', async () => {
    const dir = copyExample();
    const before = fs.readFileSync(
      path.join(dir, '.codex/services/db.yaml'),
      'utf8',
    );
    const { code, stdout } = await runCli(['init', '--root', dir]);

    expect(code).toBe(0);
    expect(stdout).toContain('skipped .codex/services/db.yaml (exists)');
    expect(stdout).toContain('0 written');
    expect(
      fs.readFileSync(path.join(dir, '.codex/services/db.yaml'), 'utf8'),
    ).toBe(before);
  });

  it('exits 2 where there is no compose file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-init-'));
    const { code, stderr } = await runCli(['init', '--root', dir]);

    expect(code).toBe(2);
    expect(stderr).toContain('No compose file');
  });
});
