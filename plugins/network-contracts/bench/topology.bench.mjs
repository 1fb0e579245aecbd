// Time to draw every service of a generated mesh on the topology page,
// next to Backstage's catalog-graph page on the same services, split into
// page load, data, layout and render. Needs the portal on
// http://localhost:3000 (`yarn start` at the root) for sign-in. The API
// answers are generated here and served through page.route, so the bench
// does not depend on the example mesh.
import { chromium } from 'playwright-core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE = process.env.PORTAL_URL ?? 'http://localhost:3000';
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
// BENCH_BUILD=production serves packages/app/dist (`yarn workspace app
// build`) instead of the dev server's unminified bundle.
const PRODUCTION = process.env.BENCH_BUILD === 'production';
const DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../packages/app/dist',
);
const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const TIERS = ['auth_tier', 'api_tier', 'data_tier'];

function generateGraph(count) {
  const services = [];
  const edges = [];
  for (let i = 0; i < count; i++) {
    const tier = TIERS[i % TIERS.length];
    const id = `service:svc-${i}`;
    services.push({
      id,
      name: `svc-${i}`,
      tier: `tier:${tier}`,
      networks: [`network:${tier}`],
      stack: 'networks',
      publishedPorts: [],
      findings: { error: i % 17 === 0 ? 1 : 0, warning: 0, info: 0 },
      hasMetadata: true,
      undeclaredOmitted: false,
    });
    edges.push({
      id: `attachment:${id}->network:${tier}`,
      kind: 'attachment',
      source: id,
      target: `network:${tier}`,
      networks: [`network:${tier}`],
    });
    if (i > 0) {
      const target = `service:svc-${Math.floor(i / 2)}`;
      edges.push({
        id: `dependency:${id}->${target}`,
        kind: 'dependency',
        source: id,
        target,
        networks: [],
        reachable: true,
      });
    }
  }
  return {
    version: 1,
    environment: 'bench',
    tiers: TIERS.map(name => ({
      id: `tier:${name}`,
      name,
      network: `network:${name}`,
      internal: name === 'data_tier',
      flowsTo: [],
    })),
    networks: TIERS.map(key => ({
      id: `network:${key}`,
      key,
      name: key,
      internal: key === 'data_tier',
      external: false,
      tier: `tier:${key}`,
      memberCount: Math.ceil(count / 3),
    })),
    services,
    edges,
    undeclaredEdgeLimit: 50,
  };
}

/**
 * Components of a binary tree, as catalog-graph walks it: each child
 * depends on its parent, each parent lists its children.
 */
function generateEntities(count) {
  return Array.from({ length: count }, (_, i) => {
    const relations = [];
    if (i > 0) {
      relations.push({
        type: 'dependsOn',
        targetRef: `component:default/svc-${Math.floor((i - 1) / 2)}`,
      });
    }
    for (const child of [2 * i + 1, 2 * i + 2]) {
      if (child < count) {
        relations.push({
          type: 'dependencyOf',
          targetRef: `component:default/svc-${child}`,
        });
      }
    }
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `svc-${i}`, namespace: 'default', uid: `uid-${i}` },
      spec: { type: 'service', owner: 'group:default/guests' },
      relations,
    };
  });
}

async function signIn(page) {
  await page.goto(BASE);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await enter.waitFor({ state: 'hidden' });
}

/**
 * Serves the production build of the app from `packages/app/dist` in
 * place of the dev server, on the same origin, so that the backend's CORS
 * settings and the sign-in stay as they are.
 */
async function serveProductionBuild(context) {
  const index = await fs.readFile(path.join(DIST, 'index.html'));
  await context.route(`${BASE}/**`, async route => {
    const { pathname } = new URL(route.request().url());
    const file = path.join(DIST, decodeURIComponent(pathname));
    try {
      if (file.startsWith(DIST) && (await fs.stat(file)).isFile()) {
        const type = MIME[path.extname(file)] ?? 'application/octet-stream';
        await route.fulfill({
          body: await fs.readFile(file),
          contentType: type,
        });
        return;
      }
    } catch {
      // Not a file of the build: an app route, answered by index.html.
    }
    await route.fulfill({ body: index, contentType: 'text/html' });
  });
}

/** Where the time to draw went, read from the page's performance timeline. */
function readTimings() {
  const done = performance.now();
  const nav = performance.getEntriesByType('navigation')[0];
  const fetched = performance
    .getEntriesByType('resource')
    .find(r => r.name.includes('/v1/topology'));
  const laidOut = performance.getEntriesByName(
    'network-contracts:layout-end',
  )[0];
  const layoutMs = laidOut?.detail?.ms ?? 0;
  return {
    load: Math.round(nav.domContentLoadedEventEnd),
    data: fetched ? Math.round(fetched.responseEnd) : undefined,
    layout: layoutMs,
    render: laidOut ? Math.round(done - laidOut.startTime) : undefined,
    total: Math.round(done),
  };
}

async function timeTopology(page, count) {
  const graph = generateGraph(count);
  await page.route('**/api/network-contracts/v1/meshes', route =>
    route.fulfill({
      json: {
        items: [
          {
            name: 'bench',
            target: 'bench',
            environments: ['bench'],
            latestRun: null,
          },
        ],
      },
    }),
  );
  await page.route('**/api/network-contracts/v1/topology**', route =>
    route.fulfill({ json: graph }),
  );
  await page.route('**/api/network-contracts/v1/findings**', route =>
    route.fulfill({ json: { items: [] } }),
  );
  await page.goto(`${BASE}/network-contracts/topology`);
  await page.waitForFunction(
    n => document.querySelectorAll('.react-flow__node-service').length >= n,
    count,
    { timeout: 120_000, polling: 'raf' },
  );
  const timings = await page.evaluate(readTimings);
  await page.unrouteAll();
  return timings;
}

async function timeCatalogGraph(page, count) {
  const entities = generateEntities(count);
  const byRef = new Map(
    entities.map(e => [`component:default/${e.metadata.name}`, e]),
  );
  // The page asks for the entities of each depth in one by-refs call.
  await page.route('**/api/catalog/entities/by-refs**', async route => {
    const body = route.request().postDataJSON() ?? { entityRefs: [] };
    const items = body.entityRefs.map(ref => byRef.get(ref) ?? null);
    await route.fulfill({ json: { items } });
  });
  await page.route('**/api/catalog/entity-facets**', route =>
    route.fulfill({
      json: { facets: { kind: [{ value: 'Component', count }] } },
    }),
  );
  const depth = Math.ceil(Math.log2(count + 1));
  await page.goto(
    `${BASE}/catalog-graph?rootEntityRefs[]=component:default/svc-0` +
      `&maxDepth=${depth}&unidirectional=false&direction=LR`,
  );
  await page.waitForFunction(
    n => document.querySelectorAll('g[data-testid="node"]').length >= n,
    count,
    { timeout: 120_000, polling: 'raf' },
  );
  const total = await page.evaluate(() => Math.round(performance.now()));
  await page.unrouteAll();
  return total;
}

const seconds = ms => (ms === undefined ? '-' : (ms / 1000).toFixed(2));
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    // Chromium counts a page fulfilled by page.route as public and would
    // refuse its calls to the backend on localhost.
    ...(PRODUCTION
      ? [
          '--disable-features=LocalNetworkAccessChecks,' +
            'BlockInsecurePrivateNetworkRequests',
        ]
      : []),
  ],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
  });
  if (PRODUCTION) {
    await serveProductionBuild(context);
  }
  const page = await context.newPage();
  if (process.env.BENCH_DEBUG) {
    page.on('console', m => process.stderr.write(`${m.text()}\n`));
  }
  await signIn(page);
  const rows = [];
  for (const count of SIZES) {
    const runs = [];
    for (let i = 0; i < REPEAT; i++) {
      runs.push(await timeTopology(page, count));
    }
    // The median run by total, with its split.
    runs.sort((a, b) => a.total - b.total);
    const topology = runs[Math.floor(runs.length / 2)];
    let catalogGraph;
    try {
      catalogGraph = await timeCatalogGraph(page, count);
    } catch (error) {
      catalogGraph = `failed: ${error.message.split('\n')[0]}`;
    }
    rows.push({
      services: count,
      'page load': seconds(topology.load),
      'data fetched': seconds(topology.data),
      layout: seconds(topology.layout),
      render: seconds(topology.render),
      topology: seconds(topology.total),
      'catalog-graph':
        typeof catalogGraph === 'number' ? seconds(catalogGraph) : catalogGraph,
      ratio:
        typeof catalogGraph === 'number'
          ? `${(catalogGraph / topology.total).toFixed(1)}x`
          : '-',
    });
  }
  process.stdout.write(
    `${PRODUCTION ? 'production build' : 'dev server'}, seconds from ` +
      `navigation start, median of ${REPEAT} topology runs\n`,
  );
  console.table(rows); // eslint-disable-line no-console
} finally {
  await browser.close();
}
