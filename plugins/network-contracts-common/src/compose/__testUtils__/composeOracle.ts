/* eslint-disable jest/no-export, jest/valid-title, jest/expect-expect, jest/no-disabled-tests */
// Shared helpers for the differential tests, not tests themselves.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Repository root, from `plugins/network-contracts-common/src/compose/__testUtils__`. */
export const repoRoot = path.resolve(__dirname, '../../../../..');

/**
 * Finds a Docker Compose v2 binary: `COMPOSE_ORACLE`, else the shared
 * `compose-oracle` script next to the repository, which prints its path.
 */
export function findComposeOracle(): string | undefined {
  if (process.env.COMPOSE_ORACLE) {
    return process.env.COMPOSE_ORACLE;
  }
  const script = path.resolve(repoRoot, '../shared/tools/compose-oracle');
  if (!fs.existsSync(script)) {
    return undefined;
  }
  const result = spawnSync(script, { encoding: 'utf8' });
  const bin = result.stdout?.trim();
  return result.status === 0 && bin && fs.existsSync(bin) ? bin : undefined;
}

/**
 * Registers the differential suite, or explains how to enable it. Without
 * an oracle the suite fails on CI and is skipped elsewhere.
 */
export function describeWithOracle(
  name: string,
  body: (oracle: string) => void,
): void {
  const oracle = findComposeOracle();
  if (oracle) {
    describe(name, () => {
      body(oracle);
    });
  } else if (process.env.CI) {
    describe(name, () => {
      it('needs Docker Compose v2', () => {
        throw new Error(
          'No Docker Compose v2 found: set COMPOSE_ORACLE to its binary',
        );
      });
    });
  } else {
    // eslint-disable-next-line no-console
    console.warn(
      `Skipping "${name}": no Docker Compose v2 found. Set COMPOSE_ORACLE to ` +
        'the docker-compose binary, or install ../shared/tools/compose-oracle.',
    );
    describe.skip(name, () => {
      it('needs Docker Compose v2', () => {});
    });
  }
}

/** One invocation, as flags of `docker compose`. */
export interface ComposeRun {
  dir: string;
  files: string[];
  profiles?: string[];
  env?: Record<string, string>;
  envFiles?: string[];
  projectName?: string;
}

/** The environment both tools see: nothing inherited but PATH. */
export function runEnvironment(run: ComposeRun): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: '/nonexistent-home',
    ...run.env,
  };
}

/** Runs `docker compose config --format json`; undefined when it rejects. */
export function runOracle(
  oracle: string,
  run: ComposeRun,
): { project?: any; stderr: string } {
  const args = run.files.flatMap(f => ['-f', f]);
  for (const profile of run.profiles ?? []) {
    args.push('--profile', profile);
  }
  for (const envFile of run.envFiles ?? []) {
    args.push('--env-file', envFile);
  }
  if (run.projectName) {
    args.push('-p', run.projectName);
  }
  const result = spawnSync(oracle, [...args, 'config', '--format', 'json'], {
    cwd: run.dir,
    env: runEnvironment(run),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    return { stderr: result.stderr };
  }
  return { project: unescapeDollars(JSON.parse(result.stdout)), stderr: '' };
}

/** Compose prints a literal `$` as `$$`; the model holds the real value. */
export function unescapeDollars(value: unknown): any {
  if (typeof value === 'string') {
    return value.replace(/\$\$/g, '$');
  }
  if (Array.isArray(value)) {
    return value.map(unescapeDollars);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, unescapeDollars(v)]),
    );
  }
  return value;
}

const SERVICE_FIELDS = [
  'image',
  'networks',
  'network_mode',
  'ports',
  'expose',
  'links',
  'hostname',
  'container_name',
  'depends_on',
  'labels',
  'environment',
  'volumes',
  'profiles',
];
const NETWORK_FIELDS = ['name', 'internal', 'external', 'driver'];

/**
 * Keeps the fields the model promises to match, as plain JSON, so that
 * Compose's extra fields (build, healthcheck, command) are not compared.
 */
export function comparable(project: any): unknown {
  const pick = (value: any, fields: string[]) =>
    Object.fromEntries(
      fields.filter(f => value?.[f] !== undefined).map(f => [f, value[f]]),
    );
  const map = (value: any, fields: string[]) =>
    Object.fromEntries(
      Object.entries(value ?? {}).map(([k, v]) => [k, pick(v, fields)]),
    );
  return JSON.parse(
    JSON.stringify({
      name: project.name,
      services: map(project.services, SERVICE_FIELDS),
      networks: map(project.networks, NETWORK_FIELDS),
    }),
  );
}

/** Reads real files for the loader, as the CLI does. */
export const nodeReader = {
  readFile: (file: string) => fs.promises.readFile(file, 'utf8'),
  exists: (file: string) => fs.existsSync(file) && fs.statSync(file).isFile(),
};
