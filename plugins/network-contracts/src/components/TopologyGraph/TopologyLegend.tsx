import { makeStyles } from '@material-ui/core/styles';
import type { GraphEdgeKind } from '@internal/plugin-network-contracts-common';
import { EdgePalette, edgeStyle } from '../../lib/graph';

const useStyles = makeStyles(theme => ({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    padding: theme.spacing(1),
    background: theme.palette.background.paper,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    color: theme.palette.text.primary,
    fontSize: 12,
  },
  item: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  marked: {
    display: 'inline-block',
    width: 14,
    height: 10,
    borderRadius: 2,
    border: `2px solid ${theme.palette.error.main}`,
  },
}));

const entries: Array<{
  label: string;
  kind: GraphEdgeKind;
  reachable?: boolean;
}> = [
  { label: 'declared dependency', kind: 'dependency' },
  { label: 'declared but unreachable', kind: 'dependency', reachable: false },
  { label: 'reachable, undeclared', kind: 'undeclared' },
  { label: 'forbidden flow', kind: 'forbidden' },
  { label: 'on network', kind: 'attachment' },
];

/** What the lines and marks of the topology graph mean. */
export function TopologyLegend(props: { palette: EdgePalette }) {
  const classes = useStyles();
  return (
    <div className={classes.legend} role="list" aria-label="Legend">
      {entries.map(entry => (
        <div className={classes.item} role="listitem" key={entry.label}>
          <svg width="36" height="10" aria-hidden>
            <line
              x1="0"
              y1="5"
              x2="36"
              y2="5"
              style={edgeStyle(entry.kind, props.palette, entry.reachable)}
            />
          </svg>
          {entry.label}
        </div>
      ))}
      <div className={classes.item} role="listitem">
        <span className={classes.marked} />
        service with errors
      </div>
    </div>
  );
}
