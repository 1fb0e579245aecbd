import { spawnSync } from 'node:child_process';
import {
  breakIsolation,
  copyExample,
  editFile,
  runBin,
  runCli,
} from '../__testUtils__/cliHarness';

function git(dir: string, ...args: string[]) {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args],
    { cwd: dir, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(result.stderr);
  }
}

describe('network-contracts diff', () => {
  it('compares two folders in plain words', async () => {
    const before = copyExample();
    const after = copyExample();
    editFile(
      after,
      'docker-compose.yaml',
      '          - postgres.devonboarder.internal\n',
      '          - postgres.devonboarder.internal\n      api_tier: {}\n',
    );
    const { code, stdout } = await runCli(['diff', before, after]);

    expect(stdout).toContain(
      'opens data_tier/db -> api_tier/frontend over devonboarder_api_tier',
    );
    expect(stdout).toContain('Findings added:');
    expect(code).toBe(1);
  });

  it('compares a git revision with the working tree and with another one', async () => {
    const dir = copyExample();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    breakIsolation(dir);

    const working = await runCli(['diff', '--base', 'HEAD', '--root', dir]);
    expect(working.code).toBe(1);
    expect(working.stdout).toContain('isolation/data-tier-published-port');

    git(dir, 'commit', '-q', '-am', 'publish db');
    const revisions = runBin(
      ['diff', '--base', 'HEAD', '--head', 'HEAD~1', '--format', 'json'],
      dir,
    );
    const diff = JSON.parse(revisions.stdout);
    expect(revisions.code).toBe(0);
    expect(diff.findingsFixed.length).toBeGreaterThan(0);
    expect(diff.findingsAdded).toEqual([]);
  });

  it('exits 0 when nothing changed and 2 without a base', async () => {
    const same = await runCli([
      'diff',
      'examples/devonboarder',
      'examples/devonboarder',
    ]);
    const usage = await runCli(['diff']);

    expect(same).toMatchObject({ code: 0 });
    expect(same.stdout).toContain('No change in connectivity.');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--base');
  });
});
