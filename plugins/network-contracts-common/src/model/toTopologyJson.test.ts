import { buildTopology } from './buildTopology';
import { loadExample } from './devonboarderExample';
import { toTopologyJson } from './toTopologyJson';

describe('toTopologyJson', () => {
  const { policy, metadata, project } = loadExample('dev');
  const topology = buildTopology({
    project,
    metadata: metadata.services,
    policy: policy.value,
  });
  const json = toTopologyJson(topology, 'dev');

  it('writes a versioned document that survives JSON', () => {
    expect(json.version).toBe(1);
    expect(json.project).toBe('devonboarder');
    expect(json.environment).toBe('dev');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('lists tiers, services and networks as nodes with prefixed ids', () => {
    expect(json.nodes.tiers.map(t => [t.id, t.network, t.services])).toEqual([
      ['tier:api_tier', 'network:api_tier', [
        'service:backend',
        'service:dashboard-service',
        'service:discord-integration',
        'service:frontend',
      ]],
      ['tier:auth_tier', 'network:auth_tier', [
        'service:auth-service',
        'service:traefik',
      ]],
      ['tier:data_tier', 'network:data_tier', ['service:db']],
    ]);
    expect(json.nodes.networks.find(n => n.key === 'data_tier')).toEqual({
      id: 'network:data_tier',
      key: 'data_tier',
      name: 'devonboarder_data_tier',
      internal: true,
      external: false,
      tier: 'tier:data_tier',
      memberCount: 3,
    });
    expect(json.nodes.services.find(s => s.name === 'traefik')).toEqual({
      id: 'service:traefik',
      name: 'traefik',
      entityName: 'traefik',
      metadataFile: '.codex/services/traefik.yaml',
      tier: 'auth_tier',
      stack: 'networks',
      publishedPorts: [
        { target: 80, published: '80', protocol: 'tcp' },
        { target: 443, published: '443', protocol: 'tcp' },
        { target: 8080, published: '8090', hostIp: '127.0.0.1', protocol: 'tcp' },
      ],
      expose: [],
      hostname: 'traefik',
      containerName: 'devonboarder-traefik',
    });
  });

  it('links services to networks, dependencies and tier flows', () => {
    const count = (kind: string) =>
      json.edges.filter(e => e.kind === kind).length;

    expect(count('attachment')).toBe(11);
    expect(count('dependency')).toBe(11);
    expect(count('flow')).toBe(4);
    expect(json.edges).toContainEqual({
      kind: 'attachment',
      from: 'service:db',
      to: 'network:data_tier',
      aliases: ['db.devonboarder.internal', 'postgres.devonboarder.internal'],
    });
    expect(json.edges).toContainEqual({
      kind: 'dependency',
      from: 'service:backend',
      to: 'service:db',
      reachable: true,
      networks: ['network:data_tier'],
      viaHost: false,
    });
    expect(json.edges).toContainEqual({
      kind: 'flow',
      from: 'tier:api_tier',
      to: 'tier:data_tier',
    });
    expect(json.unresolvedDependencies).toEqual([]);
  });

  it('marks an unreachable dependency', () => {
    const broken = buildTopology({
      project: {
        services: { a: { networks: { x: null } }, b: { networks: { y: null } } },
      },
      metadata: metadata.services
        .filter(s => s.serviceName === 'frontend')
        .map(s => ({ ...s, serviceName: 'a', composeService: 'a', dependencies: ['b', 'ghost'] })),
    });
    const doc = toTopologyJson(broken);

    expect(doc.edges.filter(e => e.kind === 'dependency')).toEqual([
      {
        kind: 'dependency',
        from: 'service:a',
        to: 'service:b',
        reachable: false,
        networks: [],
        viaHost: false,
      },
    ]);
    expect(doc.unresolvedDependencies).toEqual([
      { from: 'service:a', dependency: 'ghost' },
    ]);
    expect(doc).not.toHaveProperty('project');
  });
});
