import { WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { networkContractsApiRef, ValidationRun } from '../../api';

/**
 * Props of {@link FailedRunWarning}.
 *
 * @public
 */
export type FailedRunWarningProps = {
  /** The newest run of the mesh, whatever its status. */
  latest?: ValidationRun | null;
  /** The id of the run whose results the page shows. */
  shownRunId?: string;
  /** Show the reason at once; default collapsed. */
  expanded?: boolean;
};

/**
 * Says that the newest run of a mesh failed, and why, above results that
 * are therefore those of an older run. Renders nothing otherwise.
 *
 * @public
 */
export function FailedRunWarning(props: FailedRunWarningProps) {
  const { latest, shownRunId, expanded } = props;
  if (latest?.status !== 'failed' || !shownRunId || latest.id === shownRunId) {
    return null;
  }
  const when = new Date(latest.startedAt).toLocaleString();
  return (
    <WarningPanel
      severity="error"
      title={`The latest run, ${latest.id} of ${when}, failed`}
      message={`These results are of run ${shownRunId}, the last that succeeded. Fix the input, then run a validation again.`}
      defaultExpanded={expanded}
    >
      <Typography
        variant="body2"
        component="pre"
        style={{ whiteSpace: 'pre-wrap', margin: 0 }}
      >
        {latest.failure}
      </Typography>
    </WarningPanel>
  );
}

/**
 * {@link FailedRunWarning} for a mesh by name, looking its latest run up.
 * Stays silent while loading and when the lookup fails: the page's own
 * content matters more than the warning.
 */
export function MeshFailedRunWarning(props: {
  mesh: string;
  shownRunId: string;
}) {
  const api = useApi(networkContractsApiRef);
  const meshes = useAsync(async () => api.listMeshes(), [api]);
  const summary = meshes.value?.find(m => m.name === props.mesh);
  return (
    <FailedRunWarning
      latest={summary?.latestRun}
      shownRunId={props.shownRunId}
    />
  );
}
