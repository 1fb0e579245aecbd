import {
  getNodesBounds,
  getViewportForBounds,
  useReactFlow,
} from '@xyflow/react';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import { useTheme } from '@material-ui/core/styles';
import type { GraphJson } from '@internal/plugin-network-contracts-common';
import { downloadFile } from '../../lib/download/downloadFile';

const IMAGE_PADDING = 0.05;
const MAX_IMAGE_SIDE = 4096;

/** Buttons that save the drawn graph as SVG, PNG, JSON, DOT or Mermaid. */
export function TopologyExport(props: {
  graph: GraphJson;
  onServerExport?: (format: 'dot' | 'mermaid') => void;
}) {
  const { graph, onServerExport } = props;
  const { getNodes } = useReactFlow();
  const theme = useTheme();
  const baseName = `topology-${graph.environment}`;

  const saveImage = async (format: 'svg' | 'png') => {
    const { toPng, toSvg } = await import('html-to-image');
    const viewport = document.querySelector<HTMLElement>(
      '.react-flow__viewport',
    );
    if (!viewport) {
      return;
    }
    const bounds = getNodesBounds(getNodes());
    const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(bounds.width, 1));
    const width = Math.ceil(bounds.width * scale * (1 + 2 * IMAGE_PADDING));
    const height = Math.ceil(bounds.height * scale * (1 + 2 * IMAGE_PADDING));
    const view = getViewportForBounds(
      bounds,
      width,
      height,
      0.01,
      2,
      IMAGE_PADDING,
    );
    const options = {
      backgroundColor: theme.palette.background.default,
      width,
      height,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
      },
    };
    const url =
      format === 'png'
        ? await toPng(viewport, options)
        : await toSvg(viewport, options);
    downloadFile(`${baseName}.${format}`, url);
  };

  return (
    <ButtonGroup size="small" variant="outlined" aria-label="Export">
      <Button onClick={() => saveImage('svg')}>SVG</Button>
      <Button onClick={() => saveImage('png')}>PNG</Button>
      <Button
        onClick={() =>
          downloadFile(
            `${baseName}.json`,
            JSON.stringify(graph, null, 2),
            'application/json',
          )
        }
      >
        JSON
      </Button>
      {onServerExport && (
        <Button onClick={() => onServerExport('dot')}>DOT</Button>
      )}
      {onServerExport && (
        <Button onClick={() => onServerExport('mermaid')}>Mermaid</Button>
      )}
    </ButtonGroup>
  );
}
