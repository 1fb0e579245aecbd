/* eslint-disable no-console */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadComposeProject } from '../src/compose';
import { generateMesh, MeshShape } from './generateMesh';
import {
  best,
  findComposeOracle,
  Measure,
  measureCommand,
  printTable,
} from './measure';

/*
 * Times `compose config` of generated meshes three ways: our loader in this
 * process, our CLI (built first) as a fresh process, and Docker Compose v2
 * as a fresh process. Processes are pinned to one core; the table gives
 * wall time, CPU time (user + system) and peak memory from /usr/bin/time
 * -v. CPU time is the fairer figure on a machine shared with other work.
 *
 * Run with `yarn bench` in this package. COMPOSE_ORACLE names the Docker
 * Compose binary; otherwise ../shared/tools/compose-oracle is asked.
 */

const repoRoot = path.resolve(__dirname, '../../..');
const cli = path.join(repoRoot, 'packages/cli/bin/network-contracts');
const sizes = [100, 1000, 10000];
const shapes: MeshShape[] = ['flat', 'tiered'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_LOADER_ONLY=1 times the in-process loader alone: quick, and
// possible while the CLI or Docker Compose is not available.
const LOADER_ONLY = process.env.BENCH_LOADER_ONLY === '1';

function findOracle(): string {
  const oracle = findComposeOracle();
  if (!oracle) {
    throw new Error('No Docker Compose v2: set COMPOSE_ORACLE');
  }
  return oracle;
}

/**
 * Builds the CLI and the libraries it uses, so that the CLI runs compiled
 * JavaScript as an installed CLI would, instead of compiling its
 * TypeScript sources at every start (see packages/cli/bin).
 */
function buildCli() {
  const dirs = [
    'packages/cli',
    'plugins/network-contracts-common',
    'plugins/network-contracts-node',
  ];
  for (const dir of dirs) {
    const result = spawnSync('yarn', ['build'], {
      cwd: path.join(repoRoot, dir),
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`yarn build in ${dir} failed: ${result.stderr}`);
    }
  }
}

/** Times the loader alone, in this process, after one warm-up run. */
async function inProcess(dir: string, files: string[]): Promise<Measure> {
  const reader = {
    readFile: (file: string) => fs.readFileSync(file, 'utf8'),
    exists: (file: string) => fs.existsSync(file),
  };
  const options = { files: files.map(f => path.join(dir, f)), reader };
  await loadComposeProject(options);
  const runs: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    await loadComposeProject(options);
    const used = process.cpuUsage(cpu);
    runs.push({
      ms: Number(process.hrtime.bigint() - started) / 1e6,
      cpuMs: (used.user + used.system) / 1000,
      peakMb: process.memoryUsage().rss / 1024 / 1024,
    });
  }
  return best(runs, 'cpuMs');
}

async function main() {
  const oracle = LOADER_ONLY ? '' : findOracle();
  if (!LOADER_ONLY) {
    buildCli();
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-bench-'));
  const rows: string[][] = [];
  const times = (m: Measure) => `${m.ms.toFixed(0)} / ${m.cpuMs.toFixed(0)}`;

  for (const shape of shapes) {
    for (const size of sizes) {
      const dir = path.join(root, `${shape}-${size}`);
      const files = generateMesh(dir, size, shape);
      const flags = files.flatMap(f => ['-f', f]);
      const repeat = (command: string[]) =>
        best(
          Array.from({ length: RUNS }, () => measureCommand(command, dir)),
          'cpuMs',
        );

      const loader = await inProcess(dir, files);
      if (LOADER_ONLY) {
        rows.push([`${shape} ${size}`, times(loader), '-', '-', '-', '-', '-']);
        console.error(`done: ${shape} ${size}`);
        continue;
      }
      const ours = repeat([
        process.execPath,
        cli,
        'compose',
        'config',
        ...flags,
        '--format',
        'json',
      ]);
      const theirs = repeat([oracle, ...flags, 'config', '--format', 'json']);
      rows.push([
        `${shape} ${size}`,
        times(loader),
        times(ours),
        ours.peakMb.toFixed(0),
        times(theirs),
        theirs.peakMb.toFixed(0),
        (theirs.cpuMs / ours.cpuMs).toFixed(1),
      ]);
      console.error(`done: ${shape} ${size}`);
    }
  }

  const header = [
    'mesh (services)',
    'loader wall/cpu ms',
    'CLI wall/cpu ms',
    'CLI MB',
    'compose wall/cpu ms',
    'compose MB',
    'compose/CLI cpu',
  ];
  printTable(header, rows);
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0].model}, ` +
      `${os.cpus().length} cores, Node ${process.version}; ` +
      `best of ${RUNS} runs by CPU time; processes on one core (taskset -c 0); ` +
      `load average ${os.loadavg()[0].toFixed(1)} at the end.`,
  );
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
