// Time to draw every service of a generated mesh on the topology page,
// next to Backstage's catalog-graph page on the same services. Needs the
// portal on http://localhost:3000 (`yarn start` at the root). The API
// answers are generated here and served through page.route, so the bench
// does not depend on the example mesh.
import { chromium } from 'playwright-core';

const BASE = process.env.PORTAL_URL ?? 'http://localhost:3000';
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
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

function generateEntities(count) {
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `svc-${i}`, namespace: 'default', uid: `uid-${i}` },
    spec: { type: 'service', owner: 'group:default/guests' },
    relations:
      i > 0
        ? [
            {
              type: 'dependsOn',
              targetRef: `component:default/svc-${Math.floor(i / 2)}`,
            },
          ]
        : [],
  }));
}

async function signIn(page) {
  await page.goto(BASE);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await enter.waitFor({ state: 'hidden' });
}

async function timeTopology(page, count) {
  const graph = generateGraph(count);
  await page.route('**/api/network-contracts/v1/meshes', route =>
    route.fulfill({
      json: {
        items: [
          { name: 'bench', target: 'bench', environments: ['bench'], latestRun: null },
        ],
      },
    }),
  );
  await page.route('**/api/network-contracts/v1/topology**', route =>
    route.fulfill({ json: graph }),
  );
  const start = Date.now();
  await page.goto(`${BASE}/network-contracts/topology`);
  await page.waitForFunction(
    n => document.querySelectorAll('.react-flow__node-service').length >= n,
    count,
    { timeout: 120_000, polling: 50 },
  );
  const elapsed = Date.now() - start;
  await page.unrouteAll();
  return elapsed;
}

async function timeCatalogGraph(page, count) {
  const entities = generateEntities(count);
  const byRef = new Map(
    entities.map(e => [`component:default/${e.metadata.name}`, e]),
  );
  await page.route('**/api/catalog/entities/by-refs**', async route => {
    const body = route.request().postDataJSON() ?? { entityRefs: [] };
    const items = body.entityRefs.map(ref => byRef.get(ref) ?? null);
    await route.fulfill({ json: { items } });
  });
  await page.route('**/api/catalog/entities/by-name/**', route =>
    route.fulfill({ json: entities[0] }),
  );
  const start = Date.now();
  await page.goto(
    `${BASE}/catalog-graph?rootEntityRefs[]=component:default/svc-0&maxDepth=${Math.ceil(
      Math.log2(count),
    ) + 1}&unidirectional=false&direction=LR`,
  );
  await page.waitForFunction(
    n => document.querySelectorAll('g[data-testid="node"], g.node').length >= n,
    count,
    { timeout: 120_000, polling: 50 },
  );
  const elapsed = Date.now() - start;
  await page.unrouteAll();
  return elapsed;
}

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await signIn(page);
  console.log('services  topology (ms)  catalog-graph (ms)');
  for (const count of SIZES) {
    const topology = await timeTopology(page, count);
    let catalogGraph;
    try {
      catalogGraph = `${await timeCatalogGraph(page, count)}`;
    } catch (error) {
      catalogGraph = `failed: ${error.message.split('\n')[0]}`;
    }
    console.log(
      `${String(count).padStart(8)}  ${String(topology).padStart(13)}  ${catalogGraph.padStart(18)}`,
    );
  }
} finally {
  await browser.close();
}
