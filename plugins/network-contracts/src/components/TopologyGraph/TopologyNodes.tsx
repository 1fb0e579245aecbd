import { Handle, NodeProps, Position } from '@xyflow/react';
import { makeStyles } from '@material-ui/core/styles';
import { memo } from 'react';
import type {
  NetworkNodeData,
  ServiceNodeData,
  Side,
  TierNodeData,
} from '../../lib/graph';
import { sourceHandleId, targetHandleId } from '../../lib/graph';

const useStyles = makeStyles(theme => ({
  tier: {
    width: '100%',
    height: '100%',
    borderRadius: theme.shape.borderRadius * 2,
    border: `2px solid ${theme.palette.divider}`,
    background:
      theme.palette.type === 'dark'
        ? 'rgba(255, 255, 255, 0.04)'
        : 'rgba(0, 0, 0, 0.03)',
  },
  tierLabel: {
    padding: theme.spacing(0.75, 1.5),
    fontWeight: theme.typography.fontWeightBold as number,
    fontSize: 13,
    color: theme.palette.text.secondary,
  },
  service: {
    width: '100%',
    height: '100%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: theme.spacing(0, 1),
    boxSizing: 'border-box',
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    background: theme.palette.background.paper,
    color: theme.palette.text.primary,
    fontSize: 13,
    cursor: 'pointer',
  },
  serviceError: { border: `2px solid ${theme.palette.error.main}` },
  serviceWarning: { border: `2px solid ${theme.palette.warning.main}` },
  highlighted: {
    boxShadow: `0 0 0 3px ${theme.palette.primary.main}`,
  },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  badge: {
    marginLeft: theme.spacing(0.5),
    padding: theme.spacing(0, 0.75),
    borderRadius: 8,
    fontSize: 11,
    color: theme.palette.common.white,
  },
  badgeError: { background: theme.palette.error.main },
  badgeWarning: { background: theme.palette.warning.dark },
  network: {
    width: '100%',
    height: '100%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: 16,
    border: `1px dashed ${theme.palette.text.secondary}`,
    color: theme.palette.text.secondary,
    background: theme.palette.background.default,
    fontSize: 12,
  },
  handle: { opacity: 0, pointerEvents: 'none' },
}));

const SIDES: Array<[Side, Position]> = [
  ['left', Position.Left],
  ['right', Position.Right],
  ['top', Position.Top],
  ['bottom', Position.Bottom],
];

// An edge names the handles it uses (see edgeSides), so every side has one
// of each kind; they are invisible, since nothing is connected by hand.
function Handles() {
  const classes = useStyles();
  return (
    <>
      {SIDES.map(([side, position]) => [
        <Handle
          key={sourceHandleId(side)}
          id={sourceHandleId(side)}
          className={classes.handle}
          type="source"
          position={position}
        />,
        <Handle
          key={targetHandleId(side)}
          id={targetHandleId(side)}
          className={classes.handle}
          type="target"
          position={position}
        />,
      ])}
    </>
  );
}

/** A tier's box around its services and network. */
export const TierNode = memo(function TierNodeView(props: NodeProps) {
  const classes = useStyles();
  const { label, tier } = props.data as TierNodeData;
  return (
    <div
      className={classes.tier}
      role="group"
      aria-label={`tier ${label}`}
      title={tier?.description}
    >
      <div className={classes.tierLabel}>
        {label}
        {tier?.internal ? ' · internal' : ''}
      </div>
    </div>
  );
});

/** A service, marked when it has unwaived findings. */
export const ServiceNode = memo(function ServiceNodeView(props: NodeProps) {
  const classes = useStyles();
  const { service, highlighted } = props.data as ServiceNodeData;
  const { error, warning } = service.findings;
  const className = [
    classes.service,
    error > 0 && classes.serviceError,
    !error && warning > 0 && classes.serviceWarning,
    highlighted && classes.highlighted,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      data-service={service.name}
      aria-label={`service ${service.name}`}
      title={`${service.name}: ${error} errors, ${warning} warnings`}
    >
      <Handles />
      <span className={classes.name}>{service.name}</span>
      <span>
        {error > 0 && (
          <span className={`${classes.badge} ${classes.badgeError}`}>
            {error}
          </span>
        )}
        {warning > 0 && (
          <span className={`${classes.badge} ${classes.badgeWarning}`}>
            {warning}
          </span>
        )}
      </span>
    </div>
  );
});

/** A compose network. */
export const NetworkNode = memo(function NetworkNodeView(props: NodeProps) {
  const classes = useStyles();
  const { network } = props.data as NetworkNodeData;
  return (
    <div
      className={classes.network}
      aria-label={`network ${network.key}`}
      title={`${network.name}${network.internal ? ' (internal)' : ''}`}
    >
      <Handles />
      {network.key}
      {network.internal ? ' · internal' : ''}
    </div>
  );
});

/** The node types of the topology graph. */
export const nodeTypes = {
  tier: TierNode,
  service: ServiceNode,
  network: NetworkNode,
};
