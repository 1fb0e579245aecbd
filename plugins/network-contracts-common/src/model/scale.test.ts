import { buildTopology } from './buildTopology';
import type { ComposeProjectLike } from './ComposeProjectLike';
import type { ServiceMetadata } from '../metadata/ServiceMetadata';

const COUNT = 10_000;

function flatMesh(): {
  project: ComposeProjectLike;
  metadata: ServiceMetadata[];
} {
  const services: ComposeProjectLike['services'] = {};
  const metadata: ServiceMetadata[] = [];
  for (let i = 0; i < COUNT; i++) {
    const name = `svc-${i}`;
    // Every tenth service also joins a private network of its own.
    services[name] = {
      networks:
        i % 10 === 0 ? { flat: null, [`private-${i}`]: null } : { flat: null },
    };
    metadata.push({
      serviceName: name,
      composeService: name,
      tier: 'flat_tier',
      dependencies: i > 0 ? [`svc-${i - 1}`] : [],
      exposedPorts: [],
      internalEndpoints: [],
      codexAgentTags: [],
      extra: {},
      source: { file: `${name}.yaml`, positions: {} },
    });
  }
  services.lonely = { networks: { elsewhere: null } };
  return { project: { name: 'big', services }, metadata };
}

describe('a flat network of 10,000 services', () => {
  const { project, metadata } = flatMesh();
  const topology = buildTopology({ project, metadata });

  it('answers reachability from network membership', () => {
    expect(topology.networks.get('flat')?.members).toHaveLength(COUNT);
    for (let i = 0; i < COUNT; i += 97) {
      const a = `svc-${i}`;
      const b = `svc-${(i * 7919) % COUNT}`;
      expect(topology.canReach(a, b)).toEqual(a === b ? [] : ['flat']);
      expect(topology.canReach(a, 'lonely')).toEqual([]);
    }
    expect(topology.canReach('svc-10', 'svc-20')).toEqual(['flat']);
  });

  it('builds one dependency edge per declaration, all reachable', () => {
    expect(topology.dependencies).toHaveLength(COUNT - 1);
    expect(topology.dependencies.every(e => e.reachable)).toBe(true);
    expect(topology.dependenciesOf('svc-5')).toEqual([
      {
        from: 'svc-5',
        to: 'svc-4',
        reachable: true,
        networks: ['flat'],
        viaHost: false,
      },
    ]);
  });

  it('yields peers lazily and counts undeclared ones exactly', () => {
    const peers = topology.peersOf('svc-0');
    expect(peers.next().value).toBe('svc-1');

    let undeclared = 0;
    for (const { peer } of topology.undeclaredPeersOf('svc-500')) {
      expect(peer === 'svc-499' || peer === 'svc-501').toBe(false);
      undeclared++;
    }
    // Everyone on the flat network but itself and its two neighbours.
    expect(undeclared).toBe(COUNT - 3);
    expect(topology.isDeclared('svc-501', 'svc-500')).toBe(true);
  });
});
