import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type {
  GraphEdgeKind,
  GraphJson,
  GraphNetwork,
  GraphService,
  GraphTier,
} from '@internal/plugin-network-contracts-common';
import {
  absoluteCentres,
  edgeSides,
  sourceHandleId,
  targetHandleId,
} from './edgeSides';
import { GraphLayout, UNTIERED_GROUP } from './layoutGraph';

/** Data of a tier box. */
export type TierNodeData = { tier?: GraphTier; label: string };
/** Data of a service node. */
export type ServiceNodeData = { service: GraphService; highlighted: boolean };
/** Data of a network node. */
export type NetworkNodeData = { network: GraphNetwork };

/** The colours an edge kind is drawn in. */
export interface EdgePalette {
  dependency: string;
  forbidden: string;
  undeclared: string;
  attachment: string;
  unreachable: string;
}

/** How each edge kind is drawn: solid, dashed, red or faint. */
export function edgeStyle(
  kind: GraphEdgeKind,
  palette: EdgePalette,
  reachable = true,
): React.CSSProperties {
  switch (kind) {
    case 'dependency':
      return reachable
        ? { stroke: palette.dependency, strokeWidth: 2 }
        : {
            stroke: palette.unreachable,
            strokeWidth: 2,
            strokeDasharray: '2 4',
          };
    case 'forbidden':
      return { stroke: palette.forbidden, strokeWidth: 2.5 };
    case 'undeclared':
      return {
        stroke: palette.undeclared,
        strokeWidth: 1.5,
        strokeDasharray: '6 4',
      };
    default:
      return { stroke: palette.attachment, strokeWidth: 1, opacity: 0.6 };
  }
}

/**
 * Turns a laid-out graph into React Flow nodes and edges. Attachments are
 * left out unless asked for: on a flat mesh they outnumber everything else.
 */
export function toFlowElements(
  graph: GraphJson,
  layout: GraphLayout,
  options: {
    palette: EdgePalette;
    showAttachments: boolean;
    highlight?: string;
  },
): { nodes: Node[]; edges: Edge[] } {
  const services = new Map(graph.services.map(s => [s.id, s]));
  const networks = new Map(graph.networks.map(n => [n.id, n]));
  const tiers = new Map(graph.tiers.map(t => [t.id, t]));
  const highlight = options.highlight?.toLowerCase();

  const nodes: Node[] = layout.nodes.map(positioned => {
    const base = {
      id: positioned.id,
      position: { x: positioned.x, y: positioned.y },
      width: positioned.width,
      height: positioned.height,
      parentId: positioned.parentId,
      extent: positioned.parentId ? ('parent' as const) : undefined,
      draggable: false,
      connectable: false,
    };
    if (positioned.kind === 'tier') {
      const tier = tiers.get(positioned.id);
      const label =
        positioned.id === UNTIERED_GROUP
          ? 'no tier'
          : tier?.name ?? positioned.id;
      return {
        ...base,
        type: 'tier',
        selectable: false,
        data: { tier, label } satisfies TierNodeData,
        style: { width: positioned.width, height: positioned.height },
      };
    }
    if (positioned.kind === 'network') {
      return {
        ...base,
        type: 'network',
        data: {
          network: networks.get(positioned.id)!,
        } satisfies NetworkNodeData,
      };
    }
    const service = services.get(positioned.id)!;
    return {
      ...base,
      type: 'service',
      data: {
        service,
        highlighted: Boolean(
          highlight && service.name.toLowerCase().includes(highlight),
        ),
      } satisfies ServiceNodeData,
    };
  });

  const centres = absoluteCentres(layout.nodes);
  const edges: Edge[] = [];
  for (const edge of graph.edges) {
    if (edge.kind === 'attachment' && !options.showAttachments) {
      continue;
    }
    const directed = edge.kind === 'dependency' || edge.kind === 'forbidden';
    const style = edgeStyle(edge.kind, options.palette, edge.reachable);
    const from = centres.get(edge.source);
    const to = centres.get(edge.target);
    const sides = from && to ? edgeSides(from, to) : undefined;
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sourceHandle: sides && sourceHandleId(sides.source),
      targetHandle: sides && targetHandleId(sides.target),
      type: edge.kind === 'attachment' ? 'straight' : 'default',
      style,
      zIndex: 1,
      focusable: false,
      className: `nc-edge-${edge.kind}`,
      ariaLabel: `${edge.kind} ${edge.source} to ${edge.target}`,
      markerEnd: directed
        ? { type: MarkerType.ArrowClosed, color: String(style.stroke) }
        : undefined,
    });
  }
  return { nodes, edges };
}
