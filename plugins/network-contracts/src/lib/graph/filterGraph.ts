import type {
  GraphJson,
  GraphService,
} from '@internal/plugin-network-contracts-common';

/**
 * What the topology page shows. Every field left out lets everything
 * through.
 */
export interface GraphFilter {
  /** Tier name, without the `tier:` prefix. */
  tier?: string;
  /** Keep services with at least one unwaived finding of this severity. */
  severity?: 'error' | 'warning' | 'info';
  /** Keep only these service names (those with findings of a category). */
  services?: ReadonlySet<string>;
  /** Case-insensitive part of a service name. */
  search?: string;
}

function keepService(service: GraphService, filter: GraphFilter): boolean {
  if (filter.tier && service.tier !== `tier:${filter.tier}`) {
    return false;
  }
  if (filter.severity && service.findings[filter.severity] === 0) {
    return false;
  }
  if (filter.services && !filter.services.has(service.name)) {
    return false;
  }
  if (filter.search) {
    return service.name.toLowerCase().includes(filter.search.toLowerCase());
  }
  return true;
}

/**
 * The part of the graph the filter keeps: matching services, the networks
 * they are on and the edges between what remains. Returns the same object
 * when nothing is filtered, so memoized layouts stay valid.
 */
export function filterGraph(graph: GraphJson, filter: GraphFilter): GraphJson {
  const filtered =
    filter.tier || filter.severity || filter.services || filter.search;
  if (!filtered) {
    return graph;
  }

  const services = graph.services.filter(s => keepService(s, filter));
  const serviceIds = new Set(services.map(s => s.id));
  const networkIds = new Set(services.flatMap(s => s.networks));
  const tierIds = new Set(services.flatMap(s => (s.tier ? [s.tier] : [])));
  const keep = (id: string) => serviceIds.has(id) || networkIds.has(id);

  return {
    ...graph,
    tiers: graph.tiers.filter(t => tierIds.has(t.id)),
    networks: graph.networks.filter(n => networkIds.has(n.id)),
    services,
    edges: graph.edges.filter(e => keep(e.source) && keep(e.target)),
  };
}
