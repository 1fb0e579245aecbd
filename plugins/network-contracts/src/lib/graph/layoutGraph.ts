import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { GraphJson } from '@internal/plugin-network-contracts-common';
import { gridLayout } from './gridLayout';
import { NETWORK_SIZE, SERVICE_SIZE, UNTIERED_GROUP } from './sizes';

export { NETWORK_SIZE, SERVICE_SIZE, UNTIERED_GROUP };

/**
 * Above this many services the grid layout replaces ELK: ELK on the main
 * thread takes seconds for a thousand services, the grid milliseconds.
 */
export const GRID_LAYOUT_THRESHOLD = 150;

/** Above this many members, a group is packed instead of layered. */
const LAYERED_GROUP_LIMIT = 40;

/** A laid-out node; group children are relative to their group. */
export interface PositionedNode {
  id: string;
  kind: 'tier' | 'service' | 'network';
  parentId?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The positions of the nodes of a graph. */
export interface GraphLayout {
  nodes: PositionedNode[];
}

const elk = new ELK();

function groupOf(graph: GraphJson): Map<string, string> {
  const group = new Map<string, string>();
  for (const service of graph.services) {
    group.set(service.id, service.tier ?? UNTIERED_GROUP);
  }
  for (const network of graph.networks) {
    if (network.tier) {
      group.set(network.id, network.tier);
    }
  }
  return group;
}

function groupOptions(memberCount: number): Record<string, string> {
  const padding = '[top=36,left=16,bottom=16,right=16]';
  if (memberCount > LAYERED_GROUP_LIMIT) {
    return {
      'elk.algorithm': 'rectpacking',
      'elk.padding': padding,
      'elk.spacing.nodeNode': '12',
    };
  }
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.padding': padding,
    'elk.spacing.nodeNode': '24',
    'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  };
}

/**
 * Builds the ELK graph: one box per tier holding its services and its
 * network, untiered networks at the top level, and the edges that decide
 * the order of the boxes. Edges inside a box only shape small boxes; large
 * ones are packed, which keeps a mesh of thousands of services fast.
 */
export function toElkGraph(graph: GraphJson): ElkNode {
  const group = groupOf(graph);
  const groups = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '48',
      'elk.layered.spacing.nodeNodeBetweenLayers': '96',
    },
    children: [],
    edges: [],
  };
  const boxOf = (id: string) => {
    let box = groups.get(id);
    if (!box) {
      box = { id, children: [], edges: [] };
      groups.set(id, box);
      root.children!.push(box);
    }
    return box;
  };

  for (const tier of graph.tiers) {
    boxOf(tier.id);
  }
  for (const service of graph.services) {
    boxOf(group.get(service.id)!).children!.push({
      id: service.id,
      ...SERVICE_SIZE,
    });
  }
  for (const network of graph.networks) {
    const node = { id: network.id, ...NETWORK_SIZE };
    if (network.tier && groups.has(network.tier)) {
      groups.get(network.tier)!.children!.push(node);
    } else {
      group.delete(network.id);
      root.children!.push(node);
    }
  }

  const rootEdges = new Set<string>();
  for (const edge of graph.edges) {
    const from = group.get(edge.source) ?? edge.source;
    const to = group.get(edge.target) ?? edge.target;
    if (from === to) {
      const box = groups.get(from);
      if (box && box.children!.length <= LAYERED_GROUP_LIMIT) {
        box.edges!.push({
          id: edge.id,
          sources: [edge.source],
          targets: [edge.target],
        } as ElkExtendedEdge);
      }
    } else if (!rootEdges.has(`${from}->${to}`)) {
      rootEdges.add(`${from}->${to}`);
      root.edges!.push({
        id: `${from}->${to}`,
        sources: [from],
        targets: [to],
      });
    }
  }

  for (const box of groups.values()) {
    box.layoutOptions = groupOptions(box.children!.length);
  }
  root.children = root.children!.filter(
    node => !groups.has(node.id) || node.children!.length > 0,
  );
  return root;
}

/**
 * Lays a graph out: with ELK, which orders the boxes by their edges, up to
 * {@link GRID_LAYOUT_THRESHOLD} services; with the one-pass grid above.
 */
export async function layoutGraph(graph: GraphJson): Promise<GraphLayout> {
  if (graph.services.length > GRID_LAYOUT_THRESHOLD) {
    return gridLayout(graph);
  }
  const result = await elk.layout(toElkGraph(graph));
  const nodes: PositionedNode[] = [];
  const serviceIds = new Set(graph.services.map(s => s.id));
  const kindOf = (id: string): PositionedNode['kind'] =>
    serviceIds.has(id) ? 'service' : 'network';

  for (const child of result.children ?? []) {
    const isGroup =
      child.children !== undefined && child.id.startsWith('tier:');
    nodes.push({
      id: child.id,
      kind: isGroup ? 'tier' : kindOf(child.id),
      x: child.x ?? 0,
      y: child.y ?? 0,
      width: child.width ?? 0,
      height: child.height ?? 0,
    });
    for (const member of child.children ?? []) {
      nodes.push({
        id: member.id,
        kind: kindOf(member.id),
        parentId: child.id,
        x: member.x ?? 0,
        y: member.y ?? 0,
        width: member.width ?? 0,
        height: member.height ?? 0,
      });
    }
  }
  return { nodes };
}
