import { useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { networkContractsRunCreatePermission } from '@internal/plugin-network-contracts-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { networkContractsApiRef } from '../../api';

/**
 * Props of {@link RunValidationButton}.
 *
 * @public
 */
export type RunValidationButtonProps = {
  /** The mesh to validate. Default: every mesh. */
  mesh?: string;
  /** Called once the backend accepted the run. */
  onStarted?: () => void;
};

/**
 * Starts a validation run now; shown only to users allowed to start runs.
 *
 * @public
 */
export function RunValidationButton(props: RunValidationButtonProps) {
  const { mesh, onStarted } = props;
  const api = useApi(networkContractsApiRef);
  const { allowed, loading } = usePermission({
    permission: networkContractsRunCreatePermission,
  });
  const [state, setState] = useState<{ busy: boolean; message?: string }>({
    busy: false,
  });

  if (loading || !allowed) {
    return null;
  }
  const start = async () => {
    setState({ busy: true });
    try {
      const runs = await api.startRun({ mesh });
      setState({
        busy: false,
        message: `Run ${runs
          .map(r => r.id)
          .join(', ')} started; the figures update when it ends.`,
      });
      onStarted?.();
    } catch (error) {
      setState({
        busy: false,
        message: `The run could not start: ${(error as Error).message}`,
      });
    }
  };
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        disabled={state.busy}
        onClick={start}
      >
        Run validation now
      </Button>
      {state.message && (
        <Typography variant="body2" role="status">
          {state.message}
        </Typography>
      )}
    </>
  );
}
