import type {
  GraphEdge,
  GraphJson,
  GraphService,
} from '@internal/plugin-network-contracts-common';

function service(
  name: string,
  tier: string | undefined,
  networks: string[],
  errors = 0,
): GraphService {
  return {
    id: `service:${name}`,
    name,
    tier: tier && `tier:${tier}`,
    networks: networks.map(n => `network:${n}`),
    stack: 'networks',
    publishedPorts: [],
    findings: { error: errors, warning: 0, info: 0 },
    hasMetadata: Boolean(tier),
    undeclaredOmitted: false,
  };
}

function edge(
  kind: GraphEdge['kind'],
  from: string,
  to: string,
  reachable?: boolean,
): GraphEdge {
  const source = `service:${from}`;
  const target = kind === 'attachment' ? `network:${to}` : `service:${to}`;
  return {
    id: `${kind}:${source}->${target}`,
    kind,
    source,
    target,
    networks: [],
    reachable,
  };
}

const services = [
  service('traefik', undefined, ['edge']),
  service('auth-service', 'auth_tier', ['auth_tier', 'edge'], 1),
  service('backend', 'api_tier', ['api_tier', 'edge']),
  service('db', 'data_tier', ['data_tier', 'auth_tier'], 2),
];

/** A small mesh: three tiers, an edge network and each edge kind. */
export const devonboarderGraph: GraphJson = {
  version: 1,
  environment: 'dev',
  tiers: ['auth_tier', 'api_tier', 'data_tier'].map(name => ({
    id: `tier:${name}`,
    name,
    network: `network:${name}`,
    internal: name === 'data_tier',
    flowsTo: [],
  })),
  networks: ['auth_tier', 'api_tier', 'data_tier', 'edge'].map(key => ({
    id: `network:${key}`,
    key,
    name: `devonboarder_${key}`,
    internal: key === 'data_tier',
    external: false,
    tier: key === 'edge' ? undefined : `tier:${key}`,
    memberCount: services.filter(s => s.networks.includes(`network:${key}`))
      .length,
  })),
  services,
  edges: [
    ...services.flatMap(s =>
      s.networks.map(n => edge('attachment', s.name, n.slice(8))),
    ),
    edge('dependency', 'auth-service', 'db', true),
    edge('dependency', 'backend', 'db', false),
    edge('forbidden', 'traefik', 'db', false),
    edge('undeclared', 'traefik', 'backend'),
  ],
  undeclaredEdgeLimit: 50,
};
