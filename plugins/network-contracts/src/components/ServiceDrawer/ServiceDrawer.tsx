import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Drawer from '@material-ui/core/Drawer';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import CloseIcon from '@material-ui/icons/Close';
import { ServiceContractView } from '../ServiceContractView';

/**
 * Props of {@link ServiceDrawer}.
 *
 * @public
 */
export type ServiceDrawerProps = {
  /** The service to show; the drawer is closed when undefined. */
  service?: string;
  /** Mesh of the service. Default: the backend finds it. */
  mesh?: string;
  /** Called when the user closes the drawer. */
  onClose: () => void;
};

/** The catalog page of a service; its entity name is the compose name. */
export function entityPath(service: string): string {
  return `/catalog/default/component/${encodeURIComponent(service)}`;
}

/**
 * A side panel with the contract of the service clicked in the graph.
 *
 * @public
 */
export function ServiceDrawer(props: ServiceDrawerProps) {
  const { service, mesh, onClose } = props;
  return (
    <Drawer anchor="right" open={Boolean(service)} onClose={onClose}>
      {service && (
        <Box
          width={560}
          maxWidth="100vw"
          padding={2}
          role="region"
          aria-label={`Contract of ${service}`}
        >
          <Box display="flex" alignItems="center">
            <Typography variant="h5" component="h2" style={{ flexGrow: 1 }}>
              {service}
            </Typography>
            <IconButton aria-label="Close" onClick={onClose}>
              <CloseIcon />
            </IconButton>
          </Box>
          <Typography variant="body2" gutterBottom>
            <Link to={entityPath(service)}>Open its catalog page</Link>
          </Typography>
          <ServiceContractView name={service} mesh={mesh} />
        </Box>
      )}
    </Drawer>
  );
}
