import { NotFoundError } from '@backstage/errors';
import type { Topology } from '../model/Topology';
import { toTopologyJson } from '../model/toTopologyJson';
import type { TopologyJsonService } from '../model/TopologyJson';
import type { TopologyService } from '../model/types';
import type { ValidationResult } from '../rules/MeshInput';
import type {
  GraphEdge,
  GraphFindingCounts,
  GraphJson,
  GraphService,
} from './GraphJson';

/** Undeclared edges drawn per service; more would bury the picture. */
const UNDECLARED_LIMIT = 5;

/**
 * Peers looked at per service when most are exempt (same tier on a tier
 * network that allows it); past this the service is marked as having
 * more, so a flat network never costs a walk over all pairs.
 */
const PEER_SCAN_LIMIT = 200;

const serviceId = (name: string) => `service:${name}`;
const networkId = (key: string) => `network:${key}`;
const tierId = (name: string) => `tier:${name}`;

/**
 * Builds the {@link GraphJson} of one environment of a validation.
 *
 * Undeclared edges are capped: for each service with metadata, at most
 * `undeclaredEdgeLimit` peers it shares a network with and has no declared
 * dependency with (either way) are drawn, skipping peers of its own tier
 * on a tier network whose policy allows intra-tier traffic. A service with
 * more gets `undeclaredOmitted: true`; the `reachability/undeclared-peer`
 * finding carries the full count. Each pair is drawn once.
 *
 * @param environment - defaults to the first environment that loaded
 * @public
 */
export function toGraphJson(
  result: ValidationResult,
  environment?: string,
): GraphJson {
  const name =
    environment ?? result.environments.find(e => e in result.topologies);
  const topology = name !== undefined ? result.topologies[name] : undefined;
  if (name === undefined || !topology) {
    throw new NotFoundError(
      name === undefined
        ? 'No environment of the validation could be loaded.'
        : `Environment "${name}" was not validated or did not load.`,
    );
  }

  const json = toTopologyJson(topology, name);
  const counts = findingCounts(result, name);
  const edges: GraphEdge[] = [];
  const omitted = new Set<string>();

  for (const edge of json.edges) {
    if (edge.kind === 'attachment') {
      edges.push({
        id: `attachment:${edge.from}->${edge.to}`,
        kind: 'attachment',
        source: edge.from,
        target: edge.to,
        networks: [edge.to],
        aliases: edge.aliases,
      });
    }
  }
  for (const dependency of topology.dependencies) {
    const kind = isForbidden(topology, dependency.from, dependency.to)
      ? 'forbidden'
      : 'dependency';
    const source = serviceId(dependency.from);
    const target = serviceId(dependency.to);
    edges.push({
      id: `${kind}:${source}->${target}`,
      kind,
      source,
      target,
      networks: dependency.networks.map(networkId),
      reachable: dependency.reachable,
    });
  }
  edges.push(...undeclaredEdges(topology, omitted));

  const services = json.nodes.services.map(
    (node): GraphService =>
      graphService(node, topology, counts.get(node.name), omitted),
  );

  return {
    version: 1,
    environment: name,
    ...(json.project && { project: json.project }),
    tiers: json.nodes.tiers.map(tier => ({
      id: tier.id,
      name: tier.name,
      network: tier.network,
      internal: tier.internal,
      ...(tier.description !== undefined && {
        description: tier.description,
      }),
      flowsTo: [...(topology.tiers.get(tier.name)?.flowsTo ?? [])]
        .map(tierId)
        .sort(),
    })),
    networks: json.nodes.networks.map(network => ({ ...network })),
    services,
    edges: edges.sort((a, b) => compare(a.id, b.id)),
    undeclaredEdgeLimit: UNDECLARED_LIMIT,
  };
}

function graphService(
  node: TopologyJsonService,
  topology: Topology,
  counts: GraphFindingCounts | undefined,
  omitted: ReadonlySet<string>,
): GraphService {
  const service = topology.services.get(node.name);
  const tier =
    service?.tier && topology.tiers.has(service.tier)
      ? tierId(service.tier)
      : undefined;
  return {
    id: node.id,
    name: node.name,
    ...(tier && { tier }),
    networks: [...(service?.networks ?? [])].sort().map(networkId),
    stack: node.stack,
    publishedPorts: node.publishedPorts.map(port => {
      const host = port.hostIp ? `${port.hostIp}:` : '';
      const published = port.published ? `${port.published}:` : '';
      return `${host}${published}${port.target}/${port.protocol}`;
    }),
    findings: counts ?? { error: 0, warning: 0, info: 0 },
    hasMetadata: node.metadataFile !== undefined,
    ...(node.metadataFile && { metadataFile: node.metadataFile }),
    undeclaredOmitted: omitted.has(node.name),
  };
}

function findingCounts(
  result: ValidationResult,
  environment: string,
): Map<string, GraphFindingCounts> {
  const counts = new Map<string, GraphFindingCounts>();
  for (const finding of result.findings) {
    if (
      finding.waived ||
      finding.service === undefined ||
      (finding.environment !== undefined && finding.environment !== environment)
    ) {
      continue;
    }
    const entry = counts.get(finding.service) ?? {
      error: 0,
      warning: 0,
      info: 0,
    };
    entry[finding.severity]++;
    counts.set(finding.service, entry);
  }
  return counts;
}

function isForbidden(topology: Topology, from: string, to: string): boolean {
  const fromTier = topology.tiers.get(topology.services.get(from)?.tier ?? '');
  const toTier = topology.services.get(to)?.tier;
  if (!fromTier || !toTier || !topology.tiers.has(toTier)) {
    return false;
  }
  return fromTier.name !== toTier && !fromTier.flowsTo.includes(toTier);
}

function undeclaredEdges(
  topology: Topology,
  omitted: Set<string>,
): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const drawn = new Set<string>();
  for (const service of topology.services.values()) {
    // Without metadata nothing is declared, and metadata/missing says so.
    if (!service.metadata) {
      continue;
    }
    const exemptNetwork = intraTierNetwork(topology, service);
    let shown = 0;
    let scanned = 0;
    for (const { peer, networks } of topology.undeclaredPeersOf(service.name)) {
      scanned++;
      if (scanned > PEER_SCAN_LIMIT) {
        omitted.add(service.name);
        break;
      }
      const other = topology.services.get(peer);
      if (
        exemptNetwork &&
        other?.tier === service.tier &&
        networks.includes(exemptNetwork)
      ) {
        continue;
      }
      if (shown >= UNDECLARED_LIMIT) {
        omitted.add(service.name);
        break;
      }
      shown++;
      const pair = [service.name, peer].sort().join('\n');
      if (drawn.has(pair)) {
        continue;
      }
      drawn.add(pair);
      const source = serviceId(service.name);
      const target = serviceId(peer);
      edges.push({
        id: `undeclared:${source}->${target}`,
        kind: 'undeclared',
        source,
        target,
        networks: networks.map(networkId),
      });
    }
  }
  return edges;
}

/** The tier network on which the service may meet its own tier freely. */
function intraTierNetwork(
  topology: Topology,
  service: TopologyService,
): string | undefined {
  const tier = topology.tiers.get(service.tier ?? '');
  return tier?.intraTier === 'allow' && service.networks.includes(tier.network)
    ? tier.network
    : undefined;
}

function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
