import {
  Background,
  Controls,
  MiniMap,
  Node,
  Panel,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Progress } from '@backstage/core-components';
import { useTheme } from '@material-ui/core/styles';
import type {
  GraphJson,
  GraphService,
} from '@internal/plugin-network-contracts-common';
import { useCallback, useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { EdgePalette, layoutGraph, toFlowElements } from '../../lib/graph';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { TopologyExport } from './TopologyExport';
import { TopologyLegend } from './TopologyLegend';
import { nodeTypes } from './TopologyNodes';

/**
 * Props of {@link TopologyGraph}.
 *
 * @public
 */
export type TopologyGraphProps = {
  /** The graph to draw, already filtered. */
  graph: GraphJson;
  /** Services whose name contains this are ringed. Default: none. */
  highlight?: string;
  /** Whether to draw service-to-network lines. Default: `true`. */
  showAttachments?: boolean;
  /** Called with the service a user clicks. */
  onSelectService?: (service: GraphService) => void;
  /** Fetches a server-side export (DOT, Mermaid). Default: none offered. */
  onServerExport?: (format: 'dot' | 'mermaid') => void;
  /** Height of the canvas. Default: `70vh`. */
  height?: number | string;
};

/**
 * The mesh as an interactive graph: tiers as boxes, services and networks
 * inside, dependencies, undeclared reach and forbidden flows between them.
 * Layout runs only when the graph changes.
 *
 * @public
 */
export function TopologyGraph(props: TopologyGraphProps) {
  const {
    graph,
    highlight,
    showAttachments = true,
    onSelectService,
    onServerExport,
    height = '70vh',
  } = props;
  const theme = useTheme();
  const palette: EdgePalette = useMemo(
    () => ({
      dependency: theme.palette.text.primary,
      forbidden: theme.palette.error.main,
      undeclared: theme.palette.warning.main,
      attachment: theme.palette.text.disabled,
      unreachable: theme.palette.error.light,
    }),
    [theme],
  );
  // The layout keeps the graph it was made for: until a new layout is
  // ready, the previous graph stays on screen.
  // The time taken is marked for the benchmark, which splits the time to
  // draw into page load, fetch, layout and render.
  const layout = useAsync(async () => {
    const start = performance.now();
    const positions = await layoutGraph(graph);
    const ms = Math.round(performance.now() - start);
    // jsdom, for one, has no User Timing.
    performance.mark?.('network-contracts:layout-end', { detail: { ms } });
    return { laidOut: graph, positions, ms };
  }, [graph]);
  const elements = useMemo(
    () =>
      layout.value &&
      toFlowElements(layout.value.laidOut, layout.value.positions, {
        palette,
        showAttachments,
        highlight,
      }),
    [layout.value, palette, showAttachments, highlight],
  );
  const onNodeClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type === 'service' && onSelectService) {
        onSelectService((node.data as { service: GraphService }).service);
      }
    },
    [onSelectService],
  );

  if (layout.error) {
    return <BackendErrorPanel error={layout.error} />;
  }
  if (!elements) {
    return <Progress />;
  }
  return (
    <div
      style={{ height, width: '100%' }}
      data-testid="topology-graph"
      data-service-count={graph.services.length}
      data-layout-ms={layout.value?.ms}
    >
      <ReactFlowProvider>
        <ReactFlow
          nodes={elements.nodes}
          edges={elements.edges}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          colorMode={theme.palette.type === 'dark' ? 'dark' : 'light'}
          fitView
          minZoom={0.02}
          onlyRenderVisibleElements={graph.services.length > 200}
          nodesDraggable={false}
          nodesConnectable={false}
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <Controls showInteractive={false} />
          {graph.services.length <= 300 && <MiniMap pannable zoomable />}
          <Panel position="top-right">
            <TopologyExport graph={graph} onServerExport={onServerExport} />
          </Panel>
          <Panel position="bottom-center">
            <TopologyLegend palette={palette} />
          </Panel>
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
