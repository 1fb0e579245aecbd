#!/usr/bin/env node
/*
 * Ingests generated meshes through the provider into a real catalog backend
 * on SQLite and reports the time until every service is queryable, and the
 * cost of the mapping alone. Usage: yarn bench [services, default 5000].
 */
require('@backstage/cli/config/nodeTransform.cjs');
const { mkdtempSync, mkdirSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const count = Number(process.argv[2] ?? 5000);
const TIERS = ['auth_tier', 'api_tier', 'data_tier'];

function generate(dir) {
  mkdirSync(join(dir, '.codex/services'), { recursive: true });
  const tiers = TIERS.map(
    t => `  ${t}:\n    network: ${t}\n    internal: false\n`,
  ).join('');
  writeFileSync(
    join(dir, '.codex/network-policy.yaml'),
    `version: 1\ntiers:\n${tiers}catalog:\n  system: bench\n`,
  );
  for (let i = 0; i < count; i++) {
    const deps = i > 0 ? `dependencies:\n  - svc-${i - 1}\n` : '';
    writeFileSync(
      join(dir, `.codex/services/svc-${i}.yaml`),
      `service_name: svc-${i}\ntier: ${TIERS[i % 3]}\nrole: bench\n${deps}`,
    );
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'nc-bench-'));
  generate(dir);

  const {
    readContractDirectory,
  } = require('@internal/plugin-network-contracts-node');
  const {
    buildContractEntities,
  } = require('../src/mapping/buildContractEntities');
  const files = await readContractDirectory(dir);
  const locate = p => ({ ref: `file:${dir}/${p}`, target: `${dir}/${p}` });
  buildContractEntities(files, { locate });
  const mapStart = process.hrtime.bigint();
  const runs = 3;
  for (let r = 0; r < runs; r++) {
    buildContractEntities(files, { locate });
  }
  const mapMs = Number(process.hrtime.bigint() - mapStart) / 1e6 / runs;

  const {
    startTestBackend,
    mockServices,
    mockCredentials,
  } = require('@backstage/backend-test-utils');
  const { catalogConfig } = require('../src/__testUtils__/catalogConfig');
  const started = Date.now();
  const { server } = await startTestBackend({
    features: [
      require('@backstage/plugin-catalog-backend').default,
      require('../src/module').catalogModuleNetworkContracts,
      mockServices.rootConfig.factory({
        data: {
          catalog: catalogConfig(dir, {
            // Long enough for the first read of a big mesh; never again.
            schedule: { frequency: { hours: 1 }, timeout: { minutes: 30 } },
          }),
        },
      }),
    ],
  });
  const request = require('supertest');
  const port = server;
  let total = 0;
  for (;;) {
    const res = await request(port)
      .get('/api/catalog/entities/by-query')
      .query({
        filter:
          'kind=component,metadata.labels.network-contracts.io/mesh=bench',
        limit: 1,
        fields: 'metadata.name',
      })
      .set('Authorization', mockCredentials.user.header());
    total = res.body.totalItems ?? 0;
    if (total >= count) break;
    await new Promise(r => setTimeout(r, 500));
  }
  const ingestMs = Date.now() - started;

  console.log(`services:                 ${count}`);
  console.log(`parse+check+map, all:     ${mapMs.toFixed(0)} ms`);
  console.log(`mapping per entity:       ${(mapMs / count).toFixed(3)} ms`);
  console.log(`until all queryable:      ${(ingestMs / 1000).toFixed(1)} s`);
  console.log(`ingestion per entity:     ${(ingestMs / count).toFixed(2)} ms`);
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
