import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliIo } from './CliIo';
import { run } from './run';

const bin = path.resolve(__dirname, '../bin/network-contracts');
const vectors = path.resolve(
  __dirname,
  '../../../plugins/network-contracts-common/src/compose/__fixtures__/vectors',
);

function memoryIo(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('network-contracts compose config', () => {
  it('prints the merged project as JSON', async () => {
    const dir = path.join(vectors, 'merge-ports-by-key');
    const { io, stdout, stderr } = memoryIo(dir);
    const code = await run(
      ['compose', 'config', '-f', 'compose.yaml', '-f', 'override.yaml'],
      io,
    );
    expect(stderr()).toBe('');
    expect(code).toBe(0);
    const project = JSON.parse(stdout());
    expect(project.name).toBe('merge-ports-by-key');
    expect(project.services.web.ports).toContainEqual({
      mode: 'ingress',
      host_ip: '0.0.0.0',
      target: 90,
      published: '9090',
      protocol: 'tcp',
    });
  });

  it('finds compose.yaml and its override file in the working directory', async () => {
    const dir = tempProject({
      'compose.yaml': 'services:\n  web:\n    image: web\n',
      'compose.override.yaml': 'services:\n  web:\n    hostname: dev\n',
    });
    const { io, stdout } = memoryIo(dir);
    expect(await run(['compose', 'config'], io)).toBe(0);
    expect(JSON.parse(stdout()).services.web.hostname).toBe('dev');
  });

  it('applies --profile, --env-file, -p and --project-directory', async () => {
    const dir = tempProject({
      'compose.yaml':
        'services:\n  web:\n    image: "web:${TAG}"\n  dbg:\n    image: dbg\n    profiles: [debug]\n',
      'ci.env': 'TAG=ci\n',
    });
    const { io, stdout } = memoryIo('/');
    const code = await run(
      [
        'compose',
        'config',
        '-f',
        path.join(dir, 'compose.yaml'),
        '--project-directory',
        dir,
        '--env-file',
        path.join(dir, 'ci.env'),
        '--profile',
        'debug',
        '-p',
        'named',
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(0);
    const project = JSON.parse(stdout());
    expect(project.name).toBe('named');
    expect(project.services.web.image).toBe('web:ci');
    expect(Object.keys(project.services).sort()).toEqual(['dbg', 'web']);
  });

  it('writes a literal dollar as $$, as Compose does', async () => {
    const dir = path.join(vectors, 'interpolation-dollar-escape');
    const { io, stdout } = memoryIo(dir);
    expect(await run(['compose', 'config', '-f', 'compose.yaml'], io)).toBe(0);
    expect(JSON.parse(stdout()).services.web.environment.PRICE).toBe('$$5');
  });

  it.each([
    [
      'reject-undefined-network',
      /compose\.yaml:4:16: service "web" refers to undefined network nowhere/,
    ],
    ['reject-malformed-yaml', /compose\.yaml:\d+:\d+: invalid YAML/],
    ['reject-missing-file', /absent\.yaml:1:1: cannot read/],
  ])('exits 2 with file:line:column on %s', async (name, message) => {
    const dir = path.join(vectors, name);
    const { files } = JSON.parse(
      fs.readFileSync(path.join(dir, 'vector.json'), 'utf8'),
    );
    const { io, stdout, stderr } = memoryIo(dir);
    const args = files.flatMap((f: string) => ['-f', f]);
    expect(await run(['compose', 'config', ...args], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toMatch(message);
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage error', async () => {
    const { io, stderr } = memoryIo('/');
    expect(await run(['compose', 'config', '--format', 'yaml'], io)).toBe(2);
    expect(stderr()).toMatch(/format/);
  });
});

describe('the network-contracts bin script', () => {
  it('runs as a process, exiting 0 with JSON on stdout', () => {
    const result = spawnSync(
      process.execPath,
      [bin, 'compose', 'config', '-f', 'compose.yaml', '--format', 'json'],
      { cwd: path.join(vectors, 'network-internal'), encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).networks.data).toMatchObject({
      name: 'network-internal_data',
      internal: true,
    });
  }, 60_000);

  it('exits 2 with the position and no stack trace on bad input', () => {
    const result = spawnSync(
      process.execPath,
      [bin, 'compose', 'config', '-f', 'compose.yaml'],
      { cwd: path.join(vectors, 'reject-extends-cycle'), encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /compose\.yaml:\d+:\d+: circular reference in extends/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
