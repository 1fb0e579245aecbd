import {
  ServiceMetadata,
  Topology,
  TopologyService,
} from '@internal/plugin-network-contracts-common';
import { MeshSnapshot } from './MeshSnapshot';
import { MeshFinding } from './types';

/**
 * The network of a service in one environment, as compose builds it.
 *
 * @public
 */
export interface EffectiveNetwork {
  environment: string;
  present: boolean;
  networkMode: string;
  networks: {
    network: string;
    aliases: string[];
    ipv4Address?: string;
    internal?: boolean;
    tier?: string;
  }[];
  publishedPorts: {
    target: number;
    published?: string;
    hostIp?: string;
    protocol: string;
  }[];
  exposedPorts: string[];
  hostname?: string;
  containerName?: string;
  dependencies: {
    service: string;
    reachable: boolean;
    networks: string[];
    viaHost?: boolean;
    resolved: boolean;
  }[];
  undeclaredPeers: { service: string; networks: string[] }[];
}

/**
 * A service's contract and how the latest run found it.
 *
 * @public
 */
export interface ServiceContract {
  mesh: string;
  runId: string;
  name: string;
  metadata: Record<string, unknown> | null;
  environments: EffectiveNetwork[];
  findings: MeshFinding[];
}

/** The contract of a compose service of a snapshot. */
export function serviceContract(
  snapshot: MeshSnapshot,
  name: string,
): ServiceContract {
  const topologies = snapshot.result.topologies;
  let metadata: ServiceMetadata | undefined;
  for (const topology of Object.values(topologies)) {
    metadata ??=
      topology.services.get(name)?.metadata ??
      topology.unplacedMetadata.find(m => m.composeService === name);
  }

  return {
    mesh: snapshot.mesh,
    runId: snapshot.run.id,
    name,
    metadata: metadata ? describeMetadata(metadata) : null,
    environments: snapshot.environments.map(environment =>
      effectiveNetwork(environment, topologies[environment], name),
    ),
    findings: snapshot.findings.filter(f => f.service === name),
  };
}

function describeMetadata(metadata: ServiceMetadata) {
  return {
    serviceName: metadata.serviceName,
    composeService: metadata.composeService,
    file: metadata.source.file,
    tier: metadata.tier,
    role: metadata.role,
    owner: metadata.owner,
    system: metadata.system,
    lifecycle: metadata.lifecycle,
    description: metadata.description,
    dependencies: metadata.dependencies,
    exposedPorts: metadata.exposedPorts,
    internalEndpoints: metadata.internalEndpoints,
    securityProfile: metadata.securityProfile,
    dnsAliases: metadata.dnsAliases,
    tags: metadata.codexAgentTags,
  };
}

function effectiveNetwork(
  environment: string,
  topology: Topology,
  name: string,
): EffectiveNetwork {
  const service = topology.services.get(name);
  if (!service) {
    return {
      environment,
      present: false,
      networkMode: 'none',
      networks: [],
      publishedPorts: [],
      exposedPorts: [],
      dependencies: [],
      undeclaredPeers: [],
    };
  }

  return {
    environment,
    present: true,
    networkMode: networkMode(service),
    networks: service.networks.map(key => {
      const attachment = service.attachments.find(a => a.network === key);
      const network = topology.networks.get(key);
      return {
        network: key,
        aliases: attachment?.aliases ?? [],
        ...(attachment?.ipv4Address && {
          ipv4Address: attachment.ipv4Address,
        }),
        ...(network && { internal: network.internal }),
        ...(network?.tier && { tier: network.tier }),
      };
    }),
    publishedPorts: service.publishedPorts.map(port => ({
      target: port.target,
      ...(port.published && { published: port.published }),
      ...(port.host_ip && { hostIp: port.host_ip }),
      protocol: port.protocol ?? 'tcp',
    })),
    exposedPorts: service.expose,
    ...(service.hostname && { hostname: service.hostname }),
    ...(service.containerName && { containerName: service.containerName }),
    dependencies: [
      ...topology.dependenciesOf(name).map(edge => ({
        service: edge.to,
        reachable: edge.reachable,
        networks: edge.networks,
        viaHost: edge.viaHost,
        resolved: true,
      })),
      ...topology.unresolvedDependencies
        .filter(d => d.from === name)
        .map(d => ({
          service: d.dependency,
          reachable: false,
          networks: [],
          resolved: false,
        })),
    ],
    undeclaredPeers: [...topology.undeclaredPeersOf(name)].map(p => ({
      service: p.peer,
      networks: p.networks,
    })),
  };
}

function networkMode(service: TopologyService): string {
  const stack = service.stack;
  return stack.kind === 'service' ? `service:${stack.service}` : stack.kind;
}
