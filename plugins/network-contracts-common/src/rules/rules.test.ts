import { loadMesh } from './loadMesh';
import { RULES } from './ruleCatalogue';
import { validateMesh } from './validateMesh';
import { CLEAN_MESH } from './__fixtures__/cleanMesh';
import { memoryMeshReader } from './__testUtils__/meshReaders';

const POLICY = '/mesh/.codex/network-policy.yaml';
const COMPOSE = '/mesh/compose.yaml';
const WEB = '/mesh/.codex/services/web.yaml';
const DB = '/mesh/.codex/services/db.yaml';

type Files = Record<string, string>;

/** Replaces one exact piece of a file; fails loudly when it is absent. */
function edit(files: Files, file: string, from: string, to: string): Files {
  if (!files[file].includes(from)) {
    throw new Error(`"${from}" is not in ${file}`);
  }
  return { ...files, [file]: files[file].replace(from, to) };
}

/** The 1-based line of the first line of `file` containing `needle`. */
function lineOf(files: Files, file: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = files[file].split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle) && ++seen === nth) {
      return i + 1;
    }
  }
  throw new Error(`"${needle}" is not in ${file}`);
}

async function validate(files: Files, today = '2025-08-08') {
  return validateMesh(await loadMesh('/mesh', memoryMeshReader(files)), {
    today,
  });
}

const withProd = (overlay: string): Files => ({
  ...edit(
    CLEAN_MESH,
    POLICY,
    '  dev: { files: [compose.yaml] }\n',
    '  dev: { files: [compose.yaml] }\n' +
      '  prod: { files: [compose.yaml, prod.yaml] }\n',
  ),
  '/mesh/prod.yaml': overlay,
});

interface Case {
  rule: string;
  files: Files;
  service?: string;
  /** File of the expected position, relative to /mesh. */
  file: string;
  line: number;
}

function compose(from: string, to: string): Files {
  return edit(CLEAN_MESH, COMPOSE, from, to);
}

function at(files: Files, file: string, needle: string, nth = 1) {
  return { file: file.slice('/mesh/'.length), line: lineOf(files, file, needle, nth) };
}

const cases: Array<() => Case> = [
  () => {
    const files = compose(
      '  db:\n',
      '  cache:\n    image: redis\n    networks: [data]\n  db:\n',
    );
    return { rule: 'metadata/missing', files, service: 'cache', ...at(files, COMPOSE, '  cache:') };
  },
  () => {
    const files = {
      ...CLEAN_MESH,
      '/mesh/.codex/services/gone.yaml': 'service_name: gone\ntier: web_tier\n',
    };
    return { rule: 'metadata/orphaned', files, service: 'gone', file: '.codex/services/gone.yaml', line: 1 };
  },
  () => {
    const files = edit(CLEAN_MESH, DB, 'tier: data_tier\n', 'tier: data_tier\ncolour: red\n');
    return { rule: 'metadata/invalid', files, ...at(files, DB, 'colour') };
  },
  () => {
    const files = edit(CLEAN_MESH, POLICY, 'dns:', 'severity: { no/such-rule: off }\ndns:');
    return { rule: 'metadata/invalid-policy', files, ...at(files, POLICY, 'severity') };
  },
  () => {
    const files = compose('      data:\n        aliases: [db', '      nowhere:\n        aliases: [db');
    return { rule: 'metadata/invalid-compose', files, ...at(files, COMPOSE, 'nowhere') };
  },
  () => {
    const files = edit(CLEAN_MESH, WEB, 'tier: web_tier', 'tier: web_teir');
    return { rule: 'metadata/unknown-tier', files, service: 'web', ...at(files, WEB, 'tier') };
  },
  () => {
    const files = edit(CLEAN_MESH, WEB, '[db]', '[db, nobody]');
    return { rule: 'metadata/unknown-dependency', files, service: 'web', ...at(files, WEB, 'nobody') };
  },
  () => {
    const files = compose(
      '      web:\n        aliases: [web.x.internal]\n      data:',
      '      data:',
    );
    return { rule: 'tier/not-on-tier-network', files, service: 'web', ...at(files, COMPOSE, '      data:') };
  },
  () => {
    const files = compose('      data:\n        aliases: [db', '      web: {}\n      data:\n        aliases: [db');
    return { rule: 'tier/network-not-allowed', files, service: 'db', ...at(files, COMPOSE, '      web: {}') };
  },
  () => {
    const files = compose(
      '  data:\n    internal: true\n',
      '  data:\n    internal: true\n  misc: {}\n',
    );
    const edited = edit(files, COMPOSE, '      data:\n        aliases: [web', '      misc: {}\n      data:\n        aliases: [web');
    return { rule: 'tier/untiered-network', files: edited, service: 'web', ...at(edited, COMPOSE, '      misc: {}') };
  },
  () => {
    const files = compose('  data:\n    internal: true\n', '  data: {}\n');
    return { rule: 'isolation/data-tier-not-internal', files, ...at(files, COMPOSE, '  data: {}') };
  },
  () => {
    const files = compose("    expose: ['5432']", "    ports: ['5432:5432']");
    return { rule: 'isolation/data-tier-published-port', files, service: 'db', ...at(files, COMPOSE, '5432:5432') };
  },
  () => {
    const files = compose('      data:\n        aliases: [db', '      web: {}\n      data:\n        aliases: [db');
    return { rule: 'isolation/data-service-on-public-network', files, service: 'db', ...at(files, COMPOSE, '      web: {}') };
  },
  () => {
    const files = compose('      data:\n        aliases: [web.x.internal]\n', '');
    const edited = edit(files, COMPOSE, 'postgres://app@db.x.internal:5432/app', 'none');
    return { rule: 'reachability/dependency-unreachable', files: edited, service: 'web', ...at(edited, WEB, 'dependencies') };
  },
  () => {
    const files = {
      ...compose(
        '  db:\n',
        '  worker:\n    image: w\n    container_name: shop-worker\n    hostname: worker\n' +
          '    networks:\n      data:\n        aliases: [worker.x.internal]\n  db:\n',
      ),
      '/mesh/.codex/services/worker.yaml':
        'service_name: worker\ntier: data_tier\ndns_aliases: [worker.x.internal]\n',
    };
    return { rule: 'reachability/undeclared-peer', files, service: 'worker', ...at(files, COMPOSE, '      data:', 2) };
  },
  () => {
    const files = edit(CLEAN_MESH, DB, 'tier: data_tier\n', 'tier: data_tier\ndependencies: [web]\n');
    return { rule: 'reachability/forbidden-flow', files, service: 'db', ...at(files, DB, 'dependencies') };
  },
  () => {
    const files = compose('aliases: [db.x.internal]', 'aliases: [postgres.x.internal]');
    return { rule: 'dns/alias-missing', files, service: 'db', ...at(files, DB, 'dns_aliases') };
  },
  () => {
    const files = compose('aliases: [db.x.internal]', 'aliases: [db.x.internal, db.example.com]');
    return { rule: 'dns/alias-outside-domain', files, service: 'db', ...at(files, COMPOSE, 'db.example.com') };
  },
  () => {
    const files = compose('aliases: [db.x.internal]', 'aliases: [db.x.internal, web.x.internal]');
    return { rule: 'dns/duplicate-alias', files, service: 'db', ...at(files, COMPOSE, 'db.x.internal, web') };
  },
  () => {
    const files = compose(
      '      DB_URL:',
      '      CACHE_URL: redis://cache.x.internal:6379\n      DB_URL:',
    );
    return { rule: 'dns/unresolved-host', files, service: 'web', ...at(files, COMPOSE, 'CACHE_URL') };
  },
  () => {
    const files = compose("    expose: ['8080']", "    ports: ['8080:8080']");
    return { rule: 'ports/host-port-not-allowed', files, service: 'web', ...at(files, COMPOSE, '8080:8080') };
  },
  () => {
    const files = compose("    expose: ['8080']", "    expose: ['8080', '9000']");
    return { rule: 'ports/exposure-mismatch', files, service: 'web', ...at(files, COMPOSE, '9000') };
  },
  () => {
    const files = edit(
      compose("    expose: ['8080']", "    ports: ['443:8080']"),
      POLICY,
      'allowed_host_ports: [443]',
      'allowed_host_ports: [443], allowed_host_ips: [127.0.0.1]',
    );
    return { rule: 'ports/unbound-host-interface', files, service: 'web', ...at(files, COMPOSE, '443:8080') };
  },
  () => {
    const files = compose('hostname: web', 'hostname: www');
    return { rule: 'identity/hostname-mismatch', files, service: 'web', ...at(files, COMPOSE, 'hostname: www') };
  },
  () => {
    const files = compose('container_name: shop-web', 'container_name: webby');
    return { rule: 'identity/container-name-mismatch', files, service: 'web', ...at(files, COMPOSE, 'webby') };
  },
  () => {
    const files = compose('container_name: shop-db', 'container_name: shop-web');
    return { rule: 'identity/duplicate-container-name', files, service: 'db', ...at(files, COMPOSE, 'container_name: shop-web', 2) };
  },
  () => {
    const files = compose(
      '    networks:\n      data:\n        aliases: [db',
      '    network_mode: host\n    x-was:\n      data:\n        aliases: [db',
    );
    return { rule: 'hazard/host-network-mode', files, service: 'db', ...at(files, COMPOSE, 'network_mode') };
  },
  () => {
    const files = compose(
      "    expose: ['8080']",
      "    expose: ['8080']\n    volumes: ['/var/run/docker.sock:/var/run/docker.sock:ro']",
    );
    return { rule: 'hazard/docker-socket-mounted', files, service: 'web', ...at(files, COMPOSE, 'docker.sock') };
  },
  () => {
    const files = withProd(
      'services:\n  db:\n    networks:\n      web: {}\n',
    );
    return { rule: 'drift/network-membership', files, service: 'db', file: 'prod.yaml', line: 4 };
  },
  () => {
    const files = withProd("services:\n  web:\n    ports: ['443:8080']\n");
    return { rule: 'drift/published-port', files, service: 'web', file: 'prod.yaml', line: 3 };
  },
  () => {
    const files = withProd(
      'services:\n  db:\n    networks:\n      data:\n        aliases: [pg.x.internal]\n',
    );
    return { rule: 'drift/alias-changed', files, service: 'db', ...at(files, COMPOSE, '      data:', 2) };
  },
  () => {
    const files = edit(
      compose('hostname: web', 'hostname: www'),
      POLICY,
      'environments:',
      'waivers:\n  - { rule: identity/hostname-mismatch, service: web, reason: r, owner: o, expires: 2020-01-31 }\nenvironments:',
    );
    return { rule: 'waiver/expired', files, service: 'web', ...at(files, POLICY, 'expires') };
  },
  () => {
    const files = edit(
      CLEAN_MESH,
      POLICY,
      'environments:',
      'waivers:\n  - { rule: identity/hostname-mismatch, service: web, reason: r, owner: o, expires: 2099-01-31 }\nenvironments:',
    );
    return { rule: 'waiver/unused', files, service: 'web', ...at(files, POLICY, 'expires') };
  },
];

describe('the clean mesh', () => {
  it('passes every rule', async () => {
    const result = await validate(CLEAN_MESH);
    expect(result.findings).toEqual([]);
  });
});

describe.each(cases.map(build => [build().rule, build]))('%s', (_, build) => {
  it('reports the service at the offending line', async () => {
    const c = build();
    const result = await validate(c.files);
    const hits = result.findings.filter(f => f.rule === c.rule);

    expect(hits).toContainEqual(
      expect.objectContaining({
        rule: c.rule,
        ...(c.service && { service: c.service }),
        position: expect.objectContaining({ file: c.file, line: c.line }),
      }),
    );
  });
});

it('has a failing case for every rule of the catalogue', () => {
  const covered = new Set(cases.map(build => build().rule));
  expect(RULES.map(r => r.id).filter(id => !covered.has(id))).toEqual([]);
});
