import fs from 'fs';
import path from 'path';
import { readNetworkPolicy } from './readNetworkPolicy';

const FILE = '.codex/network-policy.yaml';

const MINIMAL = `version: 1
tiers:
  api_tier:
    network: api_tier
    internal: false
  data_tier:
    network: data_tier
    internal: true
flows:
  - from: api_tier
    to: data_tier
`;

describe('readNetworkPolicy', () => {
  it('reads a minimal policy and fills the defaults', () => {
    const { value, problems } = readNetworkPolicy(MINIMAL, FILE);

    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      version: 1,
      tiers: {
        api_tier: { network: 'api_tier', internal: false, intraTier: 'allow' },
        data_tier: { network: 'data_tier', internal: true, intraTier: 'allow' },
      },
      flows: [{ from: 'api_tier', to: 'data_tier' }],
      dns: { requireAliases: false },
      ports: { allowedHostPorts: [] },
      environments: {},
      waivers: [],
      severity: {},
      catalog: {},
      extra: {},
    });
  });

  it('reads the DevOnboarder policy without any problem', () => {
    const file = path.resolve(
      __dirname,
      '../../../../examples/devonboarder/.codex/network-policy.yaml',
    );
    const { value, problems } = readNetworkPolicy(
      fs.readFileSync(file, 'utf8'),
      FILE,
    );

    expect(problems).toEqual([]);
    expect(Object.keys(value?.tiers ?? {})).toEqual([
      'auth_tier',
      'api_tier',
      'data_tier',
    ]);
    expect(value?.tiers.data_tier.internal).toBe(true);
    expect(value?.dns.domain).toBe('devonboarder.internal');
    expect(value?.ports.allowedHostPorts).toEqual([80, 443, 8090]);
    expect(value?.environments.prod).toEqual({
      files: ['docker-compose.yaml', 'docker-compose.prod.yaml'],
      envFile: '.env',
      profiles: [],
    });
    expect(value?.catalog.owner).toBe('group:default/platform');
  });

  it('reads waivers, severities, IPs and environments', () => {
    const text = `${MINIMAL}ports:
  allowed_host_ports: [443]
  allowed_host_ips: [127.0.0.1, "::1"]
environments:
  dev:
    files: [compose.yaml]
    profiles: [debug]
severity:
  dns.alias-missing: off
waivers:
  - rule: ports.host-port-not-allowed
    service: db
    environment: dev
    reason: Local debugging.
    owner: group:default/platform
    expires: 2026-02-28
`;
    const { value, problems } = readNetworkPolicy(text, FILE);

    expect(problems).toEqual([]);
    expect(value?.ports.allowedHostIps).toEqual(['127.0.0.1', '::1']);
    expect(value?.severity).toEqual({ 'dns.alias-missing': 'off' });
    expect(value?.waivers[0].expires).toBe('2026-02-28');
    expect(value?.environments.dev.profiles).toEqual(['debug']);
  });

  it('reports flows between tiers that do not exist', () => {
    const text = MINIMAL.replace('to: data_tier', 'to: cache_tier');
    const { value, problems } = readNetworkPolicy(text, FILE);

    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: 'error',
        position: { file: FILE, line: 11, column: 9 },
        field: 'flows.0.to',
        message: 'Flow to "cache_tier" is not a tier of this policy.',
        fix: 'Use one of api_tier, data_tier.',
      },
    ]);
  });

  it('reports two tiers on one network', () => {
    const text = MINIMAL.replace('network: data_tier', 'network: api_tier');
    const { problems } = readNetworkPolicy(text, FILE);

    expect(problems).toEqual([
      expect.objectContaining({
        field: 'tiers.data_tier.network',
        position: { file: FILE, line: 7, column: 14 },
        message: 'Network "api_tier" already implements tier "api_tier".',
      }),
    ]);
  });

  it('reports waivers with impossible dates or unknown environments', () => {
    const text = `${MINIMAL}environments:
  dev: { files: [compose.yaml] }
waivers:
  - { rule: r, service: db, environment: prod, reason: x, owner: me, expires: 2026-02-30 }
  - { rule: r, service: db, reason: x, owner: me, expires: next week }
`;
    const { value, problems } = readNetworkPolicy(text, FILE);

    expect(value).toBeUndefined();
    expect(problems.map(p => [p.field, p.message])).toEqual([
      ['waivers.1.expires', '"waivers.1.expires" must be a date as YYYY-MM-DD; found a string.'],
    ]);

    const dated = text.replace('expires: next week', 'expires: 2026-03-01');
    expect(readNetworkPolicy(dated, FILE).problems.map(p => p.message)).toEqual([
      '"2026-02-30" is not a calendar date.',
      'Waiver names environment "prod", which is not defined.',
    ]);
  });

  it('reports wrong types with the line and an example', () => {
    const text = MINIMAL.replace('internal: true', 'internal: "yes"');
    const { problems } = readNetworkPolicy(text, FILE);

    expect(problems).toEqual([
      {
        severity: 'error',
        position: { file: FILE, line: 8, column: 15 },
        field: 'tiers.data_tier.internal',
        message: '"tiers.data_tier.internal" must be true or false; found a string.',
        fix: 'Write true or false, for example `internal: true`.',
      },
    ]);
  });

  it('keeps and reports unknown nested fields', () => {
    const text = MINIMAL.replace('internal: true', 'internal: true\n    colour: blue');
    const { value, problems } = readNetworkPolicy(text, FILE);

    expect(value?.extra).toEqual({ 'tiers.data_tier.colour': 'blue' });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'tiers.data_tier.colour',
        position: { file: FILE, line: 9, column: 5 },
      }),
    ]);
  });

  it('rejects a tier named __proto__ and keeps prototypes intact', () => {
    const text = `${MINIMAL}  - from: __proto__\n    to: api_tier\n`.replace(
      'tiers:\n',
      'tiers:\n  __proto__:\n    network: evil\n    internal: false\n',
    );
    const { value, problems } = readNetworkPolicy(text, FILE);

    expect(({} as Record<string, unknown>).network).toBeUndefined();
    expect(value).toBeUndefined();
    expect(problems.map(p => p.field)).toEqual(['tiers.__proto__']);
  });

  it('requires the version', () => {
    const { problems } = readNetworkPolicy(MINIMAL.replace('version: 1\n', ''), FILE);

    expect(problems).toEqual([
      expect.objectContaining({ message: 'Required field "version" is missing.' }),
    ]);
  });
});
