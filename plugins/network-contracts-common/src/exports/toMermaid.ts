import type { GraphEdge, GraphJson } from './GraphJson';

const ARROW: Record<Exclude<GraphEdge['kind'], 'attachment'>, string> = {
  dependency: '-->',
  forbidden: '==>|forbidden|',
  undeclared: '-.-|undeclared|',
};

/**
 * Renders a graph as a Mermaid flowchart: a subgraph per tier with its
 * services, solid arrows for dependencies, thick labelled arrows for
 * forbidden ones, dotted lines for undeclared reach. Networks are named
 * in the tier titles rather than drawn, which keeps the chart readable in
 * a Markdown page. Services with errors or warnings get a red or amber
 * class.
 *
 * @public
 */
export function toMermaid(graph: GraphJson): string {
  const ids = new Map<string, string>();
  graph.services.forEach((service, i) =>
    ids.set(service.id, `s${i}_${service.name.replace(/[^A-Za-z0-9_]/g, '_')}`),
  );
  const node = (id: string) => ids.get(id) ?? id.replace(/\W/g, '_');
  const lines = ['flowchart LR'];

  graph.tiers.forEach((tier, i) => {
    const network = graph.networks.find(n => n.id === tier.network);
    const title = `${tier.name} (${network?.name ?? tier.network}${
      tier.internal ? ', internal' : ''
    })`;
    lines.push(`  subgraph t${i}[${label(title)}]`);
    for (const service of graph.services.filter(s => s.tier === tier.id)) {
      lines.push(`    ${node(service.id)}(${label(service.name)})`);
    }
    lines.push('  end');
  });
  for (const service of graph.services.filter(s => !s.tier)) {
    lines.push(`  ${node(service.id)}(${label(service.name)})`);
  }

  const styles: string[] = [];
  for (const edge of graph.edges) {
    if (edge.kind === 'attachment') {
      continue;
    }
    const unreachable = edge.kind === 'dependency' && edge.reachable === false;
    const arrow = unreachable ? '-->|unreachable|' : ARROW[edge.kind];
    lines.push(`  ${node(edge.source)} ${arrow} ${node(edge.target)}`);
    if (edge.kind === 'forbidden' || unreachable) {
      styles.push(`stroke:#c62828`);
    } else if (edge.kind === 'undeclared') {
      styles.push(`stroke:#ef8f00`);
    } else {
      styles.push('');
    }
  }
  styles.forEach((style, i) => {
    if (style) {
      lines.push(`  linkStyle ${i} ${style}`);
    }
  });

  const errors = graph.services.filter(s => s.findings.error > 0);
  const warnings = graph.services.filter(
    s => s.findings.error === 0 && s.findings.warning > 0,
  );
  lines.push('  classDef error stroke:#c62828,stroke-width:2px');
  lines.push('  classDef warning stroke:#ef8f00,stroke-width:2px');
  if (errors.length) {
    lines.push(`  class ${errors.map(s => node(s.id)).join(',')} error`);
  }
  if (warnings.length) {
    lines.push(`  class ${warnings.map(s => node(s.id)).join(',')} warning`);
  }
  return `${lines.join('\n')}\n`;
}

/** A quoted Mermaid label; quotes and angle brackets as entity codes. */
function label(text: string): string {
  return `"${text
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')}"`;
}
