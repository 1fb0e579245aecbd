/* eslint-disable no-console */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadMesh, MeshReader } from '../src/rules/loadMesh';
import { validateMesh } from '../src/rules/validateMesh';
import { best, findComposeOracle, measureCommand, printTable } from './measure';

/*
 * Times loadMesh + validateMesh on generated tiered meshes of 100, 1,000
 * and 10,000 services with three environments (dev, staging, prod), each
 * size in a fresh process pinned to one core, and prints wall time and
 * peak memory next to Docker Compose v2 `config` of the same three
 * environments: the cost of merely reading the files.
 *
 * Run from this package:
 *   node --require @backstage/cli/config/nodeTransform.cjs bench/validate.bench.ts
 * `--generate DIR SIZE` only writes one mesh, to look at or profile.
 * COMPOSE_ORACLE names the Docker Compose binary; otherwise
 * ../shared/tools/compose-oracle is asked, and without either the peer
 * column is left out.
 */

const sizes = [100, 1000, 10000];
const RUNS = 3;
const TIERS = ['auth_tier', 'api_tier', 'data_tier'];
const ENVIRONMENTS: Record<string, string[]> = {
  dev: ['compose.yaml'],
  staging: ['compose.yaml', 'compose.staging.yaml'],
  prod: ['compose.yaml', 'compose.prod.yaml'],
};

/**
 * Writes a mesh of `size` services split over three tiers. Two in fifty
 * services of the auth and api tiers also join the next tier's network and
 * declare a dependency there, as the policy's flows allow (and so reach
 * that whole tier: the warnings in the findings column); the overlays
 * change images and replicas, not the network shape, so the mesh is clean.
 */
function generate(dir: string, size: number) {
  fs.mkdirSync(path.join(dir, '.codex/services'), { recursive: true });
  const name = (i: number) => `svc-${i}`;
  const tierOf = (i: number) => TIERS[i % 3];
  const compose = ['name: bench', 'services:'];
  const staging = ['services:'];
  const prod = ['services:'];

  for (let i = 0; i < size; i++) {
    const tier = tierOf(i);
    const crosses = tier !== 'data_tier' && i % 50 < 2 && i + 1 < size;
    const alias = `${name(i)}.bench.internal`;
    compose.push(
      `  ${name(i)}:`,
      '    image: app:1',
      `    hostname: ${name(i)}`,
      `    container_name: bench-${name(i)}`,
      `    expose: ['8080']`,
      '    networks:',
      `      ${tier}:`,
      `        aliases: [${alias}]`,
    );
    const dependencies: string[] = [];
    if (crosses) {
      const next = TIERS[TIERS.indexOf(tier) + 1];
      compose.push(`      ${next}: {}`);
      dependencies.push(name(i + 1));
    }
    staging.push(`  ${name(i)}:`, '    image: app:2');
    prod.push(`  ${name(i)}:`, '    image: app:3', '    restart: always');
    fs.writeFileSync(
      path.join(dir, `.codex/services/${name(i)}.yaml`),
      [
        `service_name: ${name(i)}`,
        `tier: ${tier}`,
        'role: worker',
        `dependencies: [${dependencies.join(', ')}]`,
        'exposed_ports: [8080]',
        `dns_aliases: [${alias}]`,
        '',
      ].join('\n'),
    );
  }
  compose.push('networks:');
  for (const tier of TIERS) {
    compose.push(`  ${tier}:`, `    internal: ${tier === 'data_tier'}`);
  }
  fs.writeFileSync(path.join(dir, 'compose.yaml'), `${compose.join('\n')}\n`);
  fs.writeFileSync(
    path.join(dir, 'compose.staging.yaml'),
    `${staging.join('\n')}\n`,
  );
  fs.writeFileSync(path.join(dir, 'compose.prod.yaml'), `${prod.join('\n')}\n`);

  const policy = ['version: 1', 'tiers:'];
  for (const tier of TIERS) {
    policy.push(
      `  ${tier}:`,
      `    network: ${tier}`,
      `    internal: ${tier === 'data_tier'}`,
      // Thousands of services on one tier network are not all meant to
      // talk; this keeps the mesh clean without declaring every pair.
      '    intra_tier: allow',
    );
  }
  policy.push(
    'flows:',
    '  - { from: auth_tier, to: api_tier }',
    '  - { from: api_tier, to: data_tier }',
    'dns:',
    '  domain: bench.internal',
    'environments:',
  );
  for (const [env, files] of Object.entries(ENVIRONMENTS)) {
    policy.push(`  ${env}:`, `    files: [${files.join(', ')}]`);
  }
  fs.writeFileSync(
    path.join(dir, '.codex/network-policy.yaml'),
    `${policy.join('\n')}\n`,
  );
}

/** The child: validates one mesh and prints its findings count. */
async function measureChild(dir: string) {
  const reader: MeshReader = {
    readFile: file => fs.promises.readFile(file, 'utf8'),
    exists: file => fs.existsSync(file),
    listDirectory: folder => fs.promises.readdir(folder),
  };
  const started = process.hrtime.bigint();
  const result = validateMesh(await loadMesh(dir, reader), {
    today: '2025-08-08',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    JSON.stringify({
      ms,
      findings: result.findings.length,
      errors: result.summary.unwaivedErrors,
    }),
  );
}

function main() {
  const oracle = findComposeOracle();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-vbench-'));
  const header = [
    'services',
    'validate ms',
    'in-process ms',
    'peak MB',
    'findings',
    ...(oracle ? ['compose config ms (3 envs)', 'compose peak MB'] : []),
  ];
  const rows: string[][] = [];

  for (const size of sizes) {
    const dir = path.join(root, `tiered-${size}`);
    generate(dir, size);
    const child = [
      process.execPath,
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      __filename,
      '--measure',
      dir,
    ];
    const ours = best(
      Array.from({ length: RUNS }, () => {
        const run = measureCommand(child, dir);
        return { ...run, inner: JSON.parse(run.out) };
      }),
      'ms',
    );
    const row = [
      String(size),
      ours.ms.toFixed(0),
      ours.inner.ms.toFixed(0),
      ours.peakMb.toFixed(0),
      String(ours.inner.findings),
    ];
    if (oracle) {
      const runs = Object.values(ENVIRONMENTS).map(files =>
        best(
          Array.from({ length: RUNS }, () =>
            measureCommand(
              [
                oracle,
                ...files.flatMap(f => ['-f', f]),
                'config',
                '--format',
                'json',
              ],
              dir,
            ),
          ),
          'ms',
        ),
      );
      row.push(
        runs.reduce((sum, r) => sum + r.ms, 0).toFixed(0),
        Math.max(...runs.map(r => r.peakMb)).toFixed(0),
      );
    }
    rows.push(row);
    console.error(`done: ${size}`);
  }

  printTable(header, rows);
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0].model}, ` +
      `Node ${process.version}; best of ${RUNS} runs on one core ` +
      '(taskset -c 0). "validate ms" is the whole process (start, load, ' +
      'validate); "in-process ms" is loadMesh + validateMesh alone.',
  );
  fs.rmSync(root, { recursive: true, force: true });
}

if (process.argv[2] === '--generate') {
  // Writes one mesh to look at: --generate DIR SIZE.
  generate(process.argv[3], Number(process.argv[4]));
} else if (process.argv[2] === '--measure') {
  measureChild(process.argv[3]).catch(error => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  main();
}
