import type { GraphJson } from '../GraphJson';

/** A small graph with every kind of edge and awkward characters. */
export const SAMPLE_GRAPH: GraphJson = {
  version: 1,
  environment: 'dev <"test"> & co',
  undeclaredEdgeLimit: 5,
  tiers: [
    {
      id: 'tier:api_tier',
      name: 'api_tier',
      network: 'network:api_tier',
      internal: false,
      flowsTo: ['tier:data_tier'],
    },
    {
      id: 'tier:data_tier',
      name: 'data_tier',
      network: 'network:data_tier',
      internal: true,
      flowsTo: [],
    },
  ],
  networks: [
    {
      id: 'network:api_tier',
      key: 'api_tier',
      name: 'app_api',
      internal: false,
      external: false,
      tier: 'tier:api_tier',
      memberCount: 2,
    },
    {
      id: 'network:data_tier',
      key: 'data_tier',
      name: 'app_data',
      internal: true,
      external: false,
      tier: 'tier:data_tier',
      memberCount: 2,
    },
    {
      id: 'network:legacy',
      key: 'legacy',
      name: 'legacy "flat" <net>',
      internal: false,
      external: true,
      memberCount: 2,
    },
  ],
  services: [
    service('api', 'tier:api_tier', ['api_tier', 'data_tier'], 0, 0),
    service('db', 'tier:data_tier', ['data_tier', 'legacy'], 1, 0),
    service('web', 'tier:api_tier', ['api_tier'], 0, 2),
    { ...service('x&y', undefined, ['legacy'], 0, 0), hasMetadata: false },
  ],
  edges: [
    {
      id: 'attachment:service:api->network:api_tier',
      kind: 'attachment',
      source: 'service:api',
      target: 'network:api_tier',
      networks: ['network:api_tier'],
      aliases: [],
    },
    {
      id: 'dependency:service:api->service:db',
      kind: 'dependency',
      source: 'service:api',
      target: 'service:db',
      networks: ['network:data_tier'],
      reachable: true,
    },
    {
      id: 'dependency:service:web->service:db',
      kind: 'forbidden',
      source: 'service:web',
      target: 'service:db',
      networks: [],
      reachable: false,
    },
    {
      id: 'undeclared:service:db->service:x&y',
      kind: 'undeclared',
      source: 'service:db',
      target: 'service:x&y',
      networks: ['network:legacy'],
    },
    {
      id: 'dependency:service:web->service:api',
      kind: 'dependency',
      source: 'service:web',
      target: 'service:api',
      networks: [],
      reachable: false,
    },
  ],
};

function service(
  name: string,
  tier: string | undefined,
  networks: string[],
  error: number,
  warning: number,
) {
  return {
    id: `service:${name}`,
    name,
    ...(tier && { tier }),
    networks: networks.map(n => `network:${n}`),
    stack: 'networks',
    publishedPorts: [],
    findings: { error, warning, info: 0 },
    hasMetadata: true,
    undeclaredOmitted: false,
  };
}
