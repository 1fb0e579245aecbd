import type { GraphEdge, GraphJson, GraphService } from './GraphJson';

const EDGE_STYLE: Record<GraphEdge['kind'], string> = {
  attachment: 'style=dotted, arrowhead=none, color="#9e9e9e"',
  dependency: 'color="#424242"',
  forbidden: 'color="#c62828", penwidth=2, label="forbidden"',
  undeclared: 'style=dashed, color="#ef8f00", arrowhead=none',
};

/**
 * Renders a graph in Graphviz DOT: one cluster per tier holding its
 * services, networks as dashed ellipses, and edges styled by kind (red for
 * forbidden or unreachable dependencies, amber dashes for undeclared
 * reach). Services with unwaived errors are outlined in red, with
 * warnings in amber.
 *
 * @public
 */
export function toDot(graph: GraphJson): string {
  const lines = [
    `digraph ${quote(`network-contracts ${graph.environment}`)} {`,
    '  rankdir=LR;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];

  for (const tier of graph.tiers) {
    const members = graph.services.filter(s => s.tier === tier.id);
    const network = graph.networks.find(n => n.id === tier.network);
    lines.push(`  subgraph ${quote(`cluster_${tier.id}`)} {`);
    lines.push(
      `    label=${quote(
        `${tier.name}\nnetwork ${network?.name ?? tier.network}` +
          `${tier.internal ? ' (internal)' : ''}`,
      )};`,
    );
    lines.push('    style="rounded"; color="#90a4ae";');
    for (const service of members) {
      lines.push(`    ${serviceNode(service)}`);
    }
    lines.push('  }');
  }
  for (const service of graph.services.filter(s => !s.tier)) {
    lines.push(`  ${serviceNode(service)}`);
  }
  for (const network of graph.networks) {
    const label = `${network.name}${network.internal ? '\n(internal)' : ''}`;
    lines.push(
      `  ${quote(network.id)} [label=${quote(label)}, shape=ellipse, ` +
        'style=dashed, color="#78909c"];',
    );
  }
  for (const edge of graph.edges) {
    const style =
      edge.kind === 'dependency' && edge.reachable === false
        ? 'color="#c62828", style=dashed, label="unreachable"'
        : EDGE_STYLE[edge.kind];
    lines.push(`  ${quote(edge.source)} -> ${quote(edge.target)} [${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function serviceNode(service: GraphService): string {
  const { error, warning } = service.findings;
  let color = '#37474f';
  if (error) {
    color = '#c62828';
  } else if (warning) {
    color = '#ef8f00';
  }
  const counts = [
    error && `${error} error${error === 1 ? '' : 's'}`,
    warning && `${warning} warning${warning === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const label = counts.length
    ? `${service.name}\n${counts.join(', ')}`
    : service.name;
  return (
    `${quote(service.id)} [label=${quote(label)}, shape=box, ` +
    `style="rounded${service.hasMetadata ? '' : ',dashed'}", ` +
    `color=${quote(color)}${error || warning ? ', penwidth=2' : ''}];`
  );
}

/** A DOT double-quoted string. */
function quote(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n/g, '\\n')}"`;
}
