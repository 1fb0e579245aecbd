import type { GraphJson } from '@internal/plugin-network-contracts-common';
import type { GraphLayout, PositionedNode } from './layoutGraph';
import { NETWORK_SIZE, SERVICE_SIZE, UNTIERED_GROUP } from './sizes';

const GAP = 12;
const COLUMN_GAP = 96;
const PADDING = { top: 36, left: 16, bottom: 16, right: 16 };

/** Columns of a box of `count` services, for a box about as tall as wide. */
function columnsFor(count: number): number {
  const cellWidth = SERVICE_SIZE.width + GAP;
  const cellHeight = SERVICE_SIZE.height + GAP;
  return Math.max(1, Math.ceil(Math.sqrt((count * cellHeight) / cellWidth)));
}

/**
 * A layout in one pass over the graph, for meshes too big for ELK to lay
 * out while someone waits: tiers as columns in the graph's order, the
 * untiered services last, each tier's network at the top of its box and
 * its services in a grid below. Untiered networks stand in a column of
 * their own on the right. Edges play no part, so the result depends only
 * on the order of the services.
 */
export function gridLayout(graph: GraphJson): GraphLayout {
  const tierIds = new Set(graph.tiers.map(t => t.id));
  const members = new Map<string, string[]>();
  for (const tier of graph.tiers) {
    members.set(tier.id, []);
  }
  for (const service of graph.services) {
    const group =
      service.tier && tierIds.has(service.tier) ? service.tier : UNTIERED_GROUP;
    if (!members.has(group)) {
      members.set(group, []);
    }
    members.get(group)!.push(service.id);
  }
  const tierNetwork = new Map<string, string>();
  const looseNetworks: string[] = [];
  for (const network of graph.networks) {
    if (network.tier && tierIds.has(network.tier)) {
      tierNetwork.set(network.tier, network.id);
    } else {
      looseNetworks.push(network.id);
    }
  }

  const nodes: PositionedNode[] = [];
  let x = 0;
  for (const [group, serviceIds] of members) {
    const network = tierNetwork.get(group);
    if (!serviceIds.length && !network) {
      continue;
    }
    const columns = columnsFor(serviceIds.length);
    const rows = Math.ceil(serviceIds.length / columns);
    const top = PADDING.top + (network ? NETWORK_SIZE.height + GAP : 0);
    const box: PositionedNode = {
      id: group,
      kind: 'tier',
      x,
      y: 0,
      width:
        PADDING.left +
        PADDING.right +
        Math.max(
          NETWORK_SIZE.width,
          columns * (SERVICE_SIZE.width + GAP) - GAP,
        ),
      height:
        top +
        Math.max(0, rows * (SERVICE_SIZE.height + GAP) - GAP) +
        PADDING.bottom,
    };
    nodes.push(box);
    if (network) {
      nodes.push({
        id: network,
        kind: 'network',
        parentId: group,
        x: PADDING.left,
        y: PADDING.top,
        ...NETWORK_SIZE,
      });
    }
    serviceIds.forEach((id, index) => {
      nodes.push({
        id,
        kind: 'service',
        parentId: group,
        x: PADDING.left + (index % columns) * (SERVICE_SIZE.width + GAP),
        y: top + Math.floor(index / columns) * (SERVICE_SIZE.height + GAP),
        ...SERVICE_SIZE,
      });
    });
    x += box.width + COLUMN_GAP;
  }
  looseNetworks.forEach((id, index) => {
    nodes.push({
      id,
      kind: 'network',
      x,
      y: index * (NETWORK_SIZE.height + COLUMN_GAP / 2),
      ...NETWORK_SIZE,
    });
  });
  return { nodes };
}
