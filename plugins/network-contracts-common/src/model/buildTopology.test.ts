import { buildTopology } from './buildTopology';
import type { ComposeProjectLike } from './ComposeProjectLike';
import { loadExample } from './devonboarderExample';

describe('buildTopology on the DevOnboarder example', () => {
  const { policy, metadata, project } = loadExample('dev');
  const topology = buildTopology({
    project,
    metadata: metadata.services,
    policy: policy.value,
  });

  it('reads the example without problems', () => {
    expect(policy.problems).toEqual([]);
    expect(metadata.problems).toEqual([]);
    expect(topology.unplacedMetadata).toEqual([]);
    expect(topology.unresolvedDependencies).toEqual([]);
  });

  it('places services, networks and tiers', () => {
    const dataTier = topology.networks.get('data_tier');
    expect(dataTier).toMatchObject({
      name: 'devonboarder_data_tier',
      internal: true,
      tier: 'data_tier',
    });
    expect([...(dataTier?.members ?? [])].sort()).toEqual([
      'auth-service',
      'backend',
      'db',
    ]);
    expect(topology.tiers.get('auth_tier')?.services.sort()).toEqual([
      'auth-service',
      'traefik',
    ]);
    expect(topology.services.get('db')?.tier).toBe('data_tier');
    expect(topology.services.get('backend')?.attachments).toContainEqual({
      network: 'auth_tier',
      aliases: ['api.devonboarder.internal'],
    });
  });

  it('makes every declared dependency reachable over the expected network', () => {
    const edges = topology.dependencies.map(
      e => `${e.from} -> ${e.to} ${e.reachable} ${e.networks.join(',')}`,
    );

    expect(edges.sort()).toEqual([
      'auth-service -> db true data_tier',
      'backend -> auth-service true auth_tier,data_tier',
      'backend -> db true data_tier',
      'dashboard-service -> backend true api_tier',
      'discord-integration -> backend true api_tier',
      'frontend -> backend true api_tier',
      'traefik -> auth-service true auth_tier',
      'traefik -> backend true api_tier,auth_tier',
      'traefik -> dashboard-service true api_tier',
      'traefik -> discord-integration true api_tier',
      'traefik -> frontend true api_tier',
    ]);
  });

  it('leaves only same-tier pairs reachable without a declaration', () => {
    const undeclared: string[] = [];
    for (const name of topology.services.keys()) {
      for (const { peer, networks } of topology.undeclaredPeersOf(name)) {
        const a = topology.services.get(name)?.tier;
        const b = topology.services.get(peer)?.tier;
        expect(a).toBe(b);
        undeclared.push(`${name} ~ ${peer} ${networks.join(',')}`);
      }
    }

    expect(undeclared.sort()).toEqual([
      'dashboard-service ~ discord-integration api_tier',
      'dashboard-service ~ frontend api_tier',
      'discord-integration ~ dashboard-service api_tier',
      'discord-integration ~ frontend api_tier',
      'frontend ~ dashboard-service api_tier',
      'frontend ~ discord-integration api_tier',
    ]);
  });

  it('keeps the database away from everything but its callers', () => {
    expect([...topology.peersOf('db')].sort()).toEqual([
      'auth-service',
      'backend',
    ]);
    expect(topology.canReach('frontend', 'db')).toEqual([]);
    expect(topology.canReach('traefik', 'db')).toEqual([]);
    expect(topology.canReach('db', 'backend')).toEqual(['data_tier']);
  });

  it('publishes host ports on traefik only: 80, 443 and 8090', () => {
    const published = [...topology.services.values()].flatMap(s =>
      s.publishedPorts.map(p => `${s.name}:${p.published}`),
    );

    expect(published.sort()).toEqual([
      'traefik:443',
      'traefik:80',
      'traefik:8090',
    ]);
  });

  it('has the same network shape in prod', () => {
    const prod = loadExample('prod');
    const prodTopology = buildTopology({
      project: prod.project,
      metadata: prod.metadata.services,
      policy: prod.policy.value,
    });

    expect([...prodTopology.networks.values()]).toEqual([
      ...topology.networks.values(),
    ]);
    expect(prodTopology.dependencies).toEqual(topology.dependencies);
  });
});

describe('buildTopology network modes', () => {
  const project: ComposeProjectLike = {
    name: 'shop',
    services: {
      api: { networks: { back: null, front: { aliases: ['api.shop'] } } },
      db: { networks: { back: null }, container_name: 'shop-db' },
      sidecar: { network_mode: 'service:api' },
      exporter: { network_mode: 'container:shop-db' },
      agent: {
        network_mode: 'host',
        ports: [{ target: 9100, published: '9100', protocol: 'tcp' }],
      },
      probe: { network_mode: 'host' },
      web: {
        ports: [{ target: 80, published: '8080', protocol: 'tcp' }],
      },
      island: { network_mode: 'none' },
      loop1: { network_mode: 'service:loop2' },
      loop2: { network_mode: 'service:loop1' },
      outside: { network_mode: 'container:not-ours' },
    },
    networks: {
      back: { name: 'shop_back', internal: true },
      front: { name: 'shop_front' },
    },
  };
  const topology = buildTopology({ project });

  it('shares the networks of the service whose stack it uses', () => {
    expect(topology.services.get('sidecar')?.stack).toEqual({
      kind: 'service',
      service: 'api',
    });
    expect(topology.canReach('sidecar', 'db')).toEqual(['back']);
    expect(topology.canReach('exporter', 'api')).toEqual(['back']);
    expect(topology.networks.get('back')?.members.sort()).toEqual([
      'api',
      'db',
      'exporter',
      'sidecar',
    ]);
  });

  it('puts a service without networks on the default network', () => {
    expect(topology.services.get('web')?.networks).toEqual(['default']);
    expect(topology.networks.get('default')).toMatchObject({
      name: 'shop_default',
      internal: false,
      members: ['web'],
    });
  });

  it('lets a host-stack service reach published ports only', () => {
    expect(topology.canReach('agent', 'web')).toEqual([]);
    expect(topology.hostReach('agent', 'web')).toEqual({
      ports: [{ target: 80, published: '8080', protocol: 'tcp' }],
      sameStack: false,
    });
    expect(topology.hostReach('agent', 'probe')?.sameStack).toBe(true);
    expect(topology.hostReach('web', 'agent')).toBeUndefined();
    expect([...topology.peersOf('agent')]).toEqual([]);
  });

  it('lets none, cycles and foreign containers reach nothing', () => {
    for (const name of ['island', 'loop1', 'loop2', 'outside']) {
      expect(topology.services.get(name)?.networks).toEqual([]);
      expect([...topology.peersOf(name)]).toEqual([]);
    }
    expect(topology.services.get('loop1')?.stack).toEqual({
      kind: 'unresolved',
      mode: 'service:loop2',
    });
    expect(topology.services.get('outside')?.stack).toEqual({
      kind: 'unresolved',
      mode: 'container:not-ours',
    });
  });

  it('reports a service as unable to reach itself or an unknown one', () => {
    expect(topology.canReach('api', 'api')).toEqual([]);
    expect(topology.canReach('api', 'nope')).toEqual([]);
    expect(topology.canReach('constructor', 'toString')).toEqual([]);
  });
});

describe('buildTopology on a loaded compose project', () => {
  it("accepts the compose loader's project as it is", async () => {
    const { loadComposeProject } = await import('../compose');
    const loaded = await loadComposeProject({
      files: ['/mesh/compose.yaml'],
      reader: {
        readFile: () =>
          'services:\n  a:\n    image: x\n    ports: ["8080:80"]\n',
        exists: path => path === '/mesh/compose.yaml',
      },
    });
    // Typed as the loader's ComposeProject: no cast is needed.
    const topology = buildTopology({ project: loaded.project });
    expect(topology.services.get('a')?.publishedPorts).toEqual([
      expect.objectContaining({ target: 80, published: '8080' }),
    ]);
  });
});
