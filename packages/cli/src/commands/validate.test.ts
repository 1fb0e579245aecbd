import fs from 'node:fs';
import path from 'node:path';
import {
  breakIsolation,
  copyExample,
  editFile,
  runBin,
  runCli,
} from '../__testUtils__/cliHarness';

describe('network-contracts validate', () => {
  it('passes the DevOnboarder example in dev and prod', async () => {
    const { code, stdout, stderr } = await runCli([
      'validate',
      '--root',
      'examples/devonboarder',
    ]);

    expect(stderr).toBe('');
    expect(stdout).toBe('No findings in dev, prod.\n');
    expect(code).toBe(0);
  });

  it('fails with 1 on an unwaived error, naming file and line', async () => {
    const dir = copyExample();
    breakIsolation(dir);
    const { code, stdout } = await runCli(['validate', '--root', dir]);

    expect(code).toBe(1);
    expect(stdout).toMatch(
      /docker-compose\.yaml:\d+:\d+ error isolation\/data-tier-published-port /,
    );
    expect(stdout).toMatch(/\d+ errors?, .* in dev, prod\.\n$/);
  });

  it('returns 0 once a waiver covers the error', async () => {
    const dir = copyExample();
    breakIsolation(dir);
    editFile(
      dir,
      '.codex/network-policy.yaml',
      'waivers: []',
      [
        'waivers:',
        '  - rule: isolation/data-tier-published-port',
        '    service: db',
        '    reason: Local debugging with psql.',
        '    owner: group:default/platform',
        '    expires: 2099-01-01',
        '  - rule: ports/host-port-not-allowed',
        '    service: db',
        '    reason: Local debugging with psql.',
        '    owner: group:default/platform',
        '    expires: 2099-01-01',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await runCli([
      'validate',
      '--root',
      dir,
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);

    expect(report.summary.unwaivedErrors).toBe(0);
    expect(report.findings.some((f: { waived: boolean }) => f.waived)).toBe(
      true,
    );
    expect(code).toBe(0);
  });

  it('exits 2 with file:line:column on a bad policy, without a stack', async () => {
    const dir = copyExample();
    editFile(
      dir,
      '.codex/network-policy.yaml',
      'internal: true',
      'internal: maybe',
    );
    const { code, stdout, stderr } = await runCli(['validate', '--root', dir]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^\.codex\/network-policy\.yaml:\d+:\d+: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown environment and on a bad format', async () => {
    const env = await runCli([
      'validate',
      '--root',
      'examples/devonboarder',
      '--env',
      'staging',
    ]);
    const format = await runCli(['validate', '--format', 'xml']);

    expect(env.code).toBe(2);
    expect(env.stderr).toContain('staging');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid");
  });

  it('writes SARIF to a file with paths from the repository root', async () => {
    const dir = copyExample();
    breakIsolation(dir);
    fs.mkdirSync(path.join(dir, '.git'));
    const output = path.join(dir, 'out/report.sarif');
    const { code, stderr } = await runCli([
      'validate',
      '--root',
      dir,
      '--format',
      'sarif',
      '--output',
      output,
      '--docs-url',
      'https://example.com/repo/blob/main/',
    ]);
    const log = JSON.parse(fs.readFileSync(output, 'utf8'));
    const result = log.runs[0].results.find(
      (r: { ruleId: string }) =>
        r.ruleId === 'isolation/data-tier-published-port',
    );

    expect(code).toBe(1);
    expect(stderr).toContain(`Report: ${output}`);
    expect(log.version).toBe('2.1.0');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'docker-compose.yaml',
    );
  });

  it('behaves the same as a child process', () => {
    const ok = runBin([
      'validate',
      '--root',
      'examples/devonboarder',
      '--env',
      'prod',
    ]);
    const dir = copyExample();
    breakIsolation(dir);
    const broken = runBin(['validate', '--root', dir, '--format', 'github']);
    editFile(dir, '.codex/network-policy.yaml', 'version: 1', 'version: 7');
    const bad = runBin(['validate', '--root', dir]);

    expect(ok).toMatchObject({ code: 0, stdout: 'No findings in prod.\n' });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /^::error file=.*docker-compose\.yaml,line=\d+,col=\d+,title=isolation\/data-tier-published-port::/m,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^\.codex\/network-policy\.yaml:\d+:\d+: /);
  });
});
