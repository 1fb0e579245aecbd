import type { ComposeProject } from '../compose';
import type { ServiceMetadata } from '../metadata/ServiceMetadata';
import type { NetworkPolicy } from '../policy/NetworkPolicy';
import { validateMesh } from './validateMesh';

const COUNT = 10_000;
const TIERS = ['t0', 't1', 't2'];

function policy(overrides: Partial<NetworkPolicy> = {}): NetworkPolicy {
  return {
    version: 1,
    tiers: {
      t0: { network: 'net0', internal: false, intraTier: 'allow' },
      t1: { network: 'net1', internal: false, intraTier: 'allow' },
      t2: { network: 'net2', internal: true, intraTier: 'allow' },
    },
    flows: [
      { from: 't0', to: 't1' },
      { from: 't1', to: 't2' },
    ],
    dns: { domain: 'mesh.internal', requireAliases: true },
    ports: { allowedHostPorts: [443] },
    environments: {},
    waivers: [],
    severity: {},
    catalog: {},
    extra: {},
    source: { file: 'policy.yaml', positions: {} },
    ...overrides,
  };
}

function metadata(tierOf: (i: number) => string): ServiceMetadata[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    serviceName: `svc-${i}`,
    composeService: `svc-${i}`,
    tier: tierOf(i),
    // Each service calls the one three places before it, in its own tier.
    dependencies: i >= 3 ? [`svc-${i - 3}`] : [],
    exposedPorts: [8080],
    internalEndpoints: [],
    codexAgentTags: [],
    dnsAliases: [`svc-${i}.mesh.internal`],
    extra: {},
    source: { file: `svc-${i}.yaml`, positions: {} },
  }));
}

/** A project where `networksOf(i)` lists the networks of service i. */
function project(networksOf: (i: number) => string[]): ComposeProject {
  const services: ComposeProject['services'] = {};
  for (let i = 0; i < COUNT; i++) {
    const networks: Record<string, { aliases: string[] } | null> = {};
    for (const [n, network] of networksOf(i).entries()) {
      networks[network] = n === 0 ? { aliases: [`svc-${i}.mesh.internal`] } : null;
    }
    services[`svc-${i}`] = {
      container_name: `big-svc-${i}`,
      hostname: `svc-${i}`,
      expose: ['8080'],
      environment: { UPSTREAM: `http://svc-${i >= 3 ? i - 3 : i + 3}.mesh.internal:8080`, },
      networks,
    };
  }
  const networks: ComposeProject['networks'] = {
    net0: { name: 'big_net0' },
    net1: { name: 'big_net1' },
    net2: { name: 'big_net2', internal: true },
    flat: { name: 'big_flat' },
  };
  return { name: 'big', services, networks };
}

const load = (p: ComposeProject) => ({
  project: p,
  positions: new Map(),
  warnings: [],
});

describe('validateMesh on 10,000 services', () => {
  it('checks a tiered mesh in three environments', () => {
    const tiered = (i: number) => [`net${i % 3}`];
    // In prod, twelve services of t1 (every 900th) also join t0's network.
    const prod = (i: number) =>
      i % 900 === 1 ? ['net1', 'net0'] : tiered(i);

    const result = validateMesh(
      {
        policy: policy(),
        metadata: {
          services: metadata(i => TIERS[i % 3]),
          problems: [],
        },
        environments: {
          dev: load(project(tiered)),
          staging: load(project(tiered)),
          prod: load(project(prod)),
        },
      },
      { today: '2025-08-08' },
    );

    const count = (rule: string, env: string) =>
      result.findings.filter(f => f.rule === rule && f.environment === env)
        .length;
    expect(result.findings.filter(f => f.environment !== 'prod')).toEqual([]);
    expect(count('drift/network-membership', 'prod')).toBe(12);
    expect(count('tier/network-not-allowed', 'prod')).toBe(12);

    // The twelve intruders reach all 3,334 services of t0, and each of
    // those reaches the twelve: one aggregated finding per service, not per pair.
    const undeclared = result.findings.filter(
      f => f.rule === 'reachability/undeclared-peer',
    );
    expect(undeclared).toHaveLength(12 + 3334);
    expect(
      undeclared.find(f => f.service === 'svc-901')?.message,
    ).toContain('can reach 3334 services');
    expect(undeclared.find(f => f.service === 'svc-3')?.message).toContain(
      'can reach 12 services',
    );
    expect(result.summary.total).toBe(result.findings.length);
  });

  it('aggregates a flat network to one finding per service', () => {
    const result = validateMesh(
      {
        policy: policy({
          tiers: {
            t0: { network: 'flat', internal: false, intraTier: 'declared' },
          },
          flows: [],
        }),
        metadata: { services: metadata(() => 't0'), problems: [] },
        environments: { dev: load(project(() => ['flat'])) },
      },
      { today: '2025-08-08' },
    );

    const undeclared = result.findings.filter(
      f => f.rule === 'reachability/undeclared-peer',
    );
    expect(undeclared).toHaveLength(COUNT);
    expect(result.findings).toHaveLength(COUNT);
    // svc-5000 declares svc-4997 and is declared by svc-5003.
    const middle = undeclared.find(f => f.service === 'svc-5000');
    expect(middle?.message).toContain(`can reach ${COUNT - 3} services`);
    expect(middle?.message).toContain('svc-0, svc-1, svc-2 and 9994 more');
  });
});
