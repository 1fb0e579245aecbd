import { EmptyState, Progress, Select } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { networkContractsApiRef } from '../../api';
import { isNotFound } from '../../lib/errors/isNotFound';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { MeshFailedRunWarning } from '../FailedRunWarning';
import { FindingsTable } from '../FindingsTable';
import { EnvironmentDetails } from './EnvironmentDetails';

/**
 * Props of {@link ServiceContractView}.
 *
 * @public
 */
export type ServiceContractViewProps = {
  /** Compose service or catalog entity name. */
  name: string;
  /** Mesh of the service. Default: the backend finds it. */
  mesh?: string;
  /** Tier from the catalog, shown while the contract loads. */
  tier?: string;
};

/**
 * The contract of one service as the latest validation saw it: tier,
 * networks, ports, dependencies, undeclared peers and findings, per
 * environment.
 *
 * @public
 */
export function ServiceContractView(props: ServiceContractViewProps) {
  const { name, mesh, tier } = props;
  const api = useApi(networkContractsApiRef);
  const [environment, setEnvironment] = useState<string>();
  const { value, loading, error } = useAsync(
    () => api.getServiceContract(name, { mesh }),
    [api, name, mesh],
  );

  if (loading) {
    return <Progress />;
  }
  if (isNotFound(error)) {
    return (
      <EmptyState
        missing="data"
        title="No validation knows this service yet"
        description={`The catalog gives ${name} the tier ${
          tier ?? 'unknown'
        }, but no validation run has seen it. Check that its metadata file sits in a mesh the network-contracts backend validates, then wait for the next run or start one from the compliance page.`}
      />
    );
  }
  if (error) {
    return <BackendErrorPanel error={error} />;
  }

  const contract = value!;
  const environments = contract.environments.map(e => e.environment);
  const selected = environment ?? environments[0];
  const network = contract.environments.find(e => e.environment === selected);
  const findings = contract.findings.filter(
    f => !f.environment || f.environment === selected,
  );

  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <MeshFailedRunWarning
          mesh={contract.mesh}
          shownRunId={contract.runId}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <Typography variant="body2">
          Tier: <strong>{contract.metadata?.tier ?? tier ?? 'none'}</strong>
        </Typography>
        <Typography variant="body2">Mesh: {contract.mesh}</Typography>
        {contract.metadata?.file && (
          <Typography variant="body2">
            Metadata file: {contract.metadata.file}
          </Typography>
        )}
      </Grid>
      <Grid item xs={12} sm={6}>
        {environments.length > 0 && (
          <Select
            label="Environment"
            selected={selected}
            items={environments.map(e => ({ label: e, value: e }))}
            onChange={v => setEnvironment(String(v))}
          />
        )}
      </Grid>
      <Grid item xs={12}>
        {network ? (
          <EnvironmentDetails network={network} />
        ) : (
          <Typography variant="body2">
            The latest run validated no environment.
          </Typography>
        )}
      </Grid>
      <Grid item xs={12}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Findings
        </Typography>
        <FindingsTable findings={findings} />
      </Grid>
    </Grid>
  );
}
