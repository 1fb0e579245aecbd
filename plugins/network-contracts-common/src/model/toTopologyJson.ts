import { Topology } from './Topology';
import {
  TopologyJson,
  TopologyJsonEdge,
  TopologyJsonNetwork,
  TopologyJsonService,
  TopologyJsonTier,
} from './TopologyJson';
import { TopologyNetwork, TopologyService, TopologyTier } from './types';

const serviceId = (name: string) => `service:${name}`;
const networkId = (key: string) => `network:${key}`;
const tierId = (name: string) => `tier:${name}`;

/**
 * Exports a topology as a {@link TopologyJson} document (`version: 1`).
 * Attachment edges are those a service declares itself; a service sharing
 * another's stack gets no attachment edge, only `sharesStackWith`.
 *
 * @param environment - name of the environment, recorded in the document
 * @public
 */
export function toTopologyJson(
  topology: Topology,
  environment?: string,
): TopologyJson {
  const services = [...topology.services.values()];
  const edges: TopologyJsonEdge[] = [];

  for (const service of services) {
    for (const attachment of service.attachments) {
      edges.push({
        kind: 'attachment',
        from: serviceId(service.name),
        to: networkId(attachment.network),
        aliases: [...attachment.aliases],
        ...(attachment.ipv4Address && { ipv4Address: attachment.ipv4Address }),
      });
    }
  }
  for (const edge of topology.dependencies) {
    edges.push({
      kind: 'dependency',
      from: serviceId(edge.from),
      to: serviceId(edge.to),
      reachable: edge.reachable,
      networks: edge.networks.map(networkId),
      viaHost: edge.viaHost,
    });
  }
  for (const tier of topology.tiers.values()) {
    for (const to of tier.flowsTo) {
      edges.push({ kind: 'flow', from: tierId(tier.name), to: tierId(to) });
    }
  }

  return {
    version: 1,
    ...(topology.project && { project: topology.project }),
    ...(environment && { environment }),
    nodes: {
      tiers: sortById([...topology.tiers.values()].map(tierNode)),
      services: sortById(services.map(serviceNode)),
      networks: sortById([...topology.networks.values()].map(networkNode)),
    },
    edges: edges.sort(compareEdges),
    unresolvedDependencies: topology.unresolvedDependencies.map(u => ({
      from: serviceId(u.from),
      dependency: u.dependency,
    })),
  };
}

function tierNode(tier: TopologyTier): TopologyJsonTier {
  return {
    id: tierId(tier.name),
    name: tier.name,
    network: networkId(tier.network),
    internal: tier.internal,
    ...(tier.description !== undefined && { description: tier.description }),
    services: tier.services.map(serviceId).sort(),
  };
}

function serviceNode(service: TopologyService): TopologyJsonService {
  const { metadata, stack } = service;
  return {
    id: serviceId(service.name),
    name: service.name,
    ...(metadata && {
      entityName: metadata.serviceName,
      metadataFile: metadata.source.file,
    }),
    ...(service.tier && { tier: service.tier }),
    stack: stack.kind,
    ...(stack.kind === 'service' && {
      sharesStackWith: serviceId(stack.service),
    }),
    publishedPorts: service.publishedPorts.map(port => ({
      target: port.target,
      ...(port.published !== undefined && { published: port.published }),
      ...(port.host_ip !== undefined && { hostIp: port.host_ip }),
      protocol: port.protocol ?? 'tcp',
    })),
    expose: [...service.expose],
    ...(service.hostname && { hostname: service.hostname }),
    ...(service.containerName && { containerName: service.containerName }),
  };
}

function networkNode(
  network: TopologyNetwork,
): TopologyJsonNetwork {
  return {
    id: networkId(network.key),
    key: network.key,
    name: network.name,
    internal: network.internal,
    external: network.external,
    ...(network.tier && { tier: tierId(network.tier) }),
    memberCount: network.members.length,
  };
}

function sortById<T extends { id: string }>(list: T[]): T[] {
  return list.sort((a, b) => compare(a.id, b.id));
}

function compareEdges(a: TopologyJsonEdge, b: TopologyJsonEdge): number {
  return (
    compare(a.kind, b.kind) || compare(a.from, b.from) || compare(a.to, b.to)
  );
}

function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
