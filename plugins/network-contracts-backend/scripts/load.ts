/*
 * Load test of the read API: generates a mesh of 1,000 services, starts the
 * plugin on loopback in a child process (so that the clients do not share
 * its event loop), validates the mesh once, then drives GET /topology and
 * two pages of GET /findings (the default first page, and a full page as
 * the topology page asks for) with 50 concurrent clients for 10 seconds
 * each, with and without gzip.
 *
 *   yarn load [--services 1000] [--connections 50] [--seconds 10]
 */
// Request logs of 50 clients would drown the figures.
process.env.LOG_LEVEL ??= 'warn';

import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMesh } from './generateMesh';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const SERVICES = option('services', 1000);
const CONNECTIONS = option('connections', 50);
const SECONDS = option('seconds', 10);
const PORT = option('port', 7391);
const BASE = `http://127.0.0.1:${PORT}/api/network-contracts`;

async function startBackend(target: string) {
  const backend = createBackend();
  backend.add(
    mockServices.rootConfig.factory({
      data: {
        backend: {
          baseUrl: `http://127.0.0.1:${PORT}`,
          listen: { host: '127.0.0.1', port: PORT },
          database: { client: 'better-sqlite3', connection: ':memory:' },
        },
        networkContracts: {
          meshes: { load: { target } },
          alerts: { notifications: { enabled: false } },
        },
      },
    }),
  );
  // Requests without a token count as a mock user, as in the plugin's dev
  // backend; the permission framework is off, so every request is allowed.
  backend.add(mockServices.auth.factory());
  backend.add(mockServices.httpAuth.factory());
  backend.add(import('../src'));
  await backend.start();
}

async function waitForHealth() {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${BASE}/health`)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`The backend did not answer on ${BASE}/health`);
}

async function validateOnce() {
  const started = Date.now();
  const res = await fetch(`${BASE}/v1/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const [run] = (await res.json()).items;
  for (;;) {
    const current = await (await fetch(`${BASE}/v1/runs/${run.id}`)).json();
    if (current.status !== 'running') {
      if (current.status !== 'succeeded') {
        throw new Error(`The run failed: ${current.failure}`);
      }
      return { ...current, wallMs: Date.now() - started };
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function drive(path: string, gzip: boolean) {
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': gzip ? 'gzip' : 'identity' },
  });
  return {
    path,
    encoding: gzip ? 'gzip' : 'identity',
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    kbPerRequest: Math.round(
      result.throughput.total / Math.max(1, result.requests.total) / 1024,
    ),
  };
}

/** The child: serves the plugin until killed. */
async function serve(target: string) {
  await startBackend(target);
  process.send!('ready');
}

async function main() {
  const dir = await fs.mkdtemp(join(tmpdir(), 'network-contracts-load-'));
  await generateMesh(dir, SERVICES);
  const child = fork(__filename, [...process.argv.slice(2), '--serve', dir], {
    execArgv: process.execArgv,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', code => reject(new Error(`backend exited: ${code}`)));
    });
    await waitForHealth();
    const run = await validateOnce();
    console.log(
      `Validated ${SERVICES} services in ${run.wallMs} ms: ` +
        `${run.counts.error} errors, ${run.counts.warning} warnings`,
    );

    // The health check is the floor: the backend's own per-request cost.
    const loadAverage = os.loadavg()[0].toFixed(1);
    const rows = [await drive('/health', false)];
    for (const gzip of [true, false]) {
      for (const path of [
        '/v1/topology?environment=dev',
        '/v1/findings',
        '/v1/findings?environment=dev&offset=1000&limit=1000',
      ]) {
        await drive(path, gzip); // warm-up, discarded
        rows.push(await drive(path, gzip));
      }
    }
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s each, load average ${loadAverage} at the start, ${
        os.cpus().length
      } cores, Node ${process.version}, ${new Date()
        .toISOString()
        .slice(0, 10)}`,
    );
    console.table(rows);
  } finally {
    child.kill('SIGKILL');
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const serveIndex = process.argv.indexOf('--serve');
(serveIndex > 0 ? serve(process.argv[serveIndex + 1]) : main()).catch(error => {
  console.error(error);
  process.exit(1);
});
