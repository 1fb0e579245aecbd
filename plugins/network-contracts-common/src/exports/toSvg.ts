import { escapeXml } from '../reports/escapeXml';
import type { GraphEdge, GraphJson, GraphService } from './GraphJson';

const BOX_WIDTH = 200;
const BOX_HEIGHT = 40;
const GAP = 14;
const COLUMN_GAP = 90;
const HEADER = 56;
const MARGIN = 24;

const COLORS = {
  error: '#c62828',
  warning: '#ef8f00',
  ok: '#37474f',
  dependency: '#546e7a',
  column: '#eceff1',
};

interface Placed {
  service: GraphService;
  column: number;
  x: number;
  y: number;
}

/**
 * Renders a graph as a standalone SVG, laid out without Graphviz: one
 * column per tier (in the graph's order, then a column for services
 * without a tier), services stacked as rounded boxes in name order, and a
 * row of the networks that implement no tier at the bottom. Dependencies
 * are grey arrows, forbidden or unreachable ones red, undeclared reach
 * amber dashes. Services with unwaived errors are outlined red, with
 * warnings amber, and show their counts. The layout is a pure function of
 * the graph, so the same mesh always gives the same picture.
 *
 * @public
 */
export function toSvg(graph: GraphJson): string {
  const columns = graph.tiers.map(tier => ({
    title: tier.name,
    subtitle: subtitle(graph, tier.network, tier.internal),
    services: graph.services.filter(s => s.tier === tier.id),
  }));
  const untiered = graph.services.filter(s => !s.tier);
  if (untiered.length > 0) {
    columns.push({ title: 'no tier', subtitle: '', services: untiered });
  }

  const placed = new Map<string, Placed>();
  columns.forEach((column, c) => {
    column.services.forEach((service, row) => {
      placed.set(service.id, {
        service,
        column: c,
        x: MARGIN + c * (BOX_WIDTH + COLUMN_GAP) + 10,
        y: MARGIN + HEADER + row * (BOX_HEIGHT + GAP),
      });
    });
  });
  const tallest = Math.max(1, ...columns.map(c => c.services.length));
  const columnHeight = HEADER + tallest * (BOX_HEIGHT + GAP) + GAP;
  const tierNetworks = new Set(graph.tiers.map(t => t.network));
  const others = graph.networks.filter(n => !tierNetworks.has(n.id));
  const width = Math.max(
    MARGIN * 2 + Math.max(1, columns.length) * (BOX_WIDTH + COLUMN_GAP),
    MARGIN * 2 + others.length * 190,
  );
  const height = MARGIN * 2 + columnHeight + (others.length ? 60 : 0);

  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" ` +
      `height="${height}" viewBox="0 0 ${width} ${height}" ` +
      'font-family="Helvetica, Arial, sans-serif" font-size="12">',
    `<title>${escapeXml(`Network topology: ${graph.environment}`)}</title>`,
    defs(),
  ];

  columns.forEach((column, c) => {
    const x = MARGIN + c * (BOX_WIDTH + COLUMN_GAP);
    parts.push(
      `<g class="tier"><rect x="${x}" y="${MARGIN}" width="${
        BOX_WIDTH + 20
      }" ` +
        `height="${columnHeight}" rx="8" fill="${COLORS.column}" ` +
        'stroke="#b0bec5"/>',
      text(
        x + 10,
        MARGIN + 20,
        column.title,
        'font-weight="bold" font-size="14"',
      ),
      text(
        x + 10,
        MARGIN + 38,
        column.subtitle,
        'fill="#607d8b" font-size="11"',
      ),
      '</g>',
    );
  });

  for (const edge of graph.edges) {
    const path = edgePath(edge, placed);
    if (path) {
      parts.push(path);
    }
  }
  for (const { service, x, y } of placed.values()) {
    parts.push(serviceBox(service, x, y));
  }

  const row = MARGIN + columnHeight + 20;
  others.forEach((network, i) => {
    const x = MARGIN + i * 190;
    parts.push(
      `<g class="network"><rect x="${x}" y="${row}" width="180" height="28" ` +
        'rx="14" fill="#fff" stroke="#78909c" stroke-dasharray="4 3"/>',
      text(
        x + 12,
        row + 18,
        `${network.name} (${network.memberCount})`,
        'font-size="11"',
      ),
      '</g>',
    );
  });

  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function subtitle(graph: GraphJson, networkId: string, internal: boolean) {
  const network = graph.networks.find(n => n.id === networkId);
  const name = network?.name ?? networkId.replace(/^network:/, '');
  return `network ${name}${internal ? ' (internal)' : ''}`;
}

function defs(): string {
  const marker = (id: string, color: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" ` +
    'markerWidth="7" markerHeight="7" orient="auto-start-reverse">' +
    `<path d="M 0 0 L 10 5 L 0 10 z" fill="${color}"/></marker>`;
  return (
    `<defs>${marker('arrow', COLORS.dependency)}` +
    `${marker('arrow-red', COLORS.error)}</defs>`
  );
}

function serviceBox(service: GraphService, x: number, y: number): string {
  const { error, warning } = service.findings;
  let stroke = COLORS.ok;
  if (error) {
    stroke = COLORS.error;
  } else if (warning) {
    stroke = COLORS.warning;
  }
  const dash = service.hasMetadata ? '' : ' stroke-dasharray="5 3"';
  const networks = service.networks
    .map(n => n.replace(/^network:/, ''))
    .join(', ');
  const badge =
    error || warning
      ? text(
          x + BOX_WIDTH - 8,
          y + 16,
          error ? `${error} err` : `${warning} warn`,
          `text-anchor="end" fill="${stroke}" font-weight="bold" font-size="10"`,
        )
      : '';
  return [
    `<g class="service" id="${escapeXml(service.id)}">`,
    `<rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" ` +
      `rx="10" fill="#fff" stroke="${stroke}" ` +
      `stroke-width="${error || warning ? 2 : 1}"${dash}/>`,
    text(x + 10, y + 17, service.name, 'font-weight="bold"'),
    text(x + 10, y + 32, networks, 'fill="#607d8b" font-size="10"'),
    badge,
    '</g>',
  ]
    .filter(Boolean)
    .join('');
}

function edgePath(
  edge: GraphEdge,
  placed: ReadonlyMap<string, Placed>,
): string | undefined {
  const from = placed.get(edge.source);
  const to = placed.get(edge.target);
  if (edge.kind === 'attachment' || !from || !to) {
    return undefined;
  }
  const bad =
    edge.kind === 'forbidden' ||
    (edge.kind === 'dependency' && edge.reachable === false);
  let color = COLORS.dependency;
  if (bad) {
    color = COLORS.error;
  } else if (edge.kind === 'undeclared') {
    color = COLORS.warning;
  }
  const dash =
    edge.kind === 'undeclared' || edge.reachable === false
      ? ' stroke-dasharray="6 4"'
      : '';
  const arrow =
    edge.kind === 'undeclared'
      ? ''
      : ` marker-end="url(#${bad ? 'arrow-red' : 'arrow'})"`;

  const midY = (p: Placed) => p.y + BOX_HEIGHT / 2;
  let d: string;
  if (from.column === to.column) {
    // Same column: bow out to the right so the line clears the boxes.
    const x = from.x + BOX_WIDTH;
    const bow = x + 30 + Math.abs(midY(to) - midY(from)) / 6;
    d = `M ${x} ${midY(from)} C ${bow} ${midY(from)} ${bow} ${midY(
      to,
    )} ${x} ${midY(to)}`;
  } else {
    const forward = to.column > from.column;
    const x1 = forward ? from.x + BOX_WIDTH : from.x;
    const x2 = forward ? to.x : to.x + BOX_WIDTH;
    const bend = (x2 - x1) / 2;
    d =
      `M ${x1} ${midY(from)} C ${x1 + bend} ${midY(from)} ` +
      `${x2 - bend} ${midY(to)} ${x2} ${midY(to)}`;
  }
  return (
    `<path class="edge ${edge.kind}" d="${d}" fill="none" stroke="${color}" ` +
    `stroke-width="${bad ? 2 : 1.3}"${dash}${arrow}>` +
    `<title>${escapeXml(edgeTitle(edge))}</title></path>`
  );
}

function edgeTitle(edge: GraphEdge): string {
  const name = (id: string) => id.replace(/^\w+:/, '');
  const over = edge.networks.map(name).join(', ') || 'no shared network';
  return `${edge.kind}: ${name(edge.source)} -> ${name(edge.target)} (${over})`;
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x}" y="${y}" ${attributes}>${escapeXml(content)}</text>`;
}
