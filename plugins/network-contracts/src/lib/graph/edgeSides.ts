import type { PositionedNode } from './layoutGraph';

/** A side of a node, where an edge leaves or arrives. */
export type Side = 'left' | 'right' | 'top' | 'bottom';

/** The id of the handle an edge leaves from on `side`. */
export const sourceHandleId = (side: Side) => `source-${side}`;

/** The id of the handle an edge arrives at on `side`. */
export const targetHandleId = (side: Side) => `target-${side}`;

const OPPOSITE: Record<Side, Side> = {
  left: 'right',
  right: 'left',
  top: 'bottom',
  bottom: 'top',
};

/** The centre of every node in graph coordinates, whatever its group. */
export function absoluteCentres(
  nodes: PositionedNode[],
): Map<string, { x: number; y: number }> {
  const byId = new Map(nodes.map(node => [node.id, node]));
  const centres = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    let x = node.x + node.width / 2;
    let y = node.y + node.height / 2;
    for (
      let parent = node.parentId ? byId.get(node.parentId) : undefined;
      parent;
      parent = parent.parentId ? byId.get(parent.parentId) : undefined
    ) {
      x += parent.x;
      y += parent.y;
    }
    centres.set(node.id, { x, y });
  }
  return centres;
}

/**
 * The sides an edge should leave and enter by: those facing each other.
 * With one fixed pair (right to left), an edge to a node on the left or
 * below swings out past both nodes and seems to start and end in the air.
 * Nodes are wider than tall, so a vertical gap counts three times as much.
 */
export function edgeSides(
  source: { x: number; y: number },
  target: { x: number; y: number },
): { source: Side; target: Side } {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  let side: Side;
  if (Math.abs(dx) >= Math.abs(dy) * 3) {
    side = dx >= 0 ? 'right' : 'left';
  } else {
    side = dy >= 0 ? 'bottom' : 'top';
  }
  return { source: side, target: OPPOSITE[side] };
}
