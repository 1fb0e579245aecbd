import {
  Content,
  ContentHeader,
  EmptyState,
  InfoCard,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { networkContractsApiRef } from '../../api';
import { isNotFound } from '../../lib/errors/isNotFound';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { RunValidationButton } from '../RunValidationButton';
import { TrendChart } from '../TrendChart';
import { CountsCard } from './CountsCard';
import { ServicesTable } from './ServicesTable';
import { WaiversTable } from './WaiversTable';

/**
 * Props of {@link CompliancePage}.
 *
 * @public
 */
export type CompliancePageProps = {
  /** The mesh to show. Default: the only configured mesh. */
  mesh?: string;
};

/**
 * Compliance of a mesh for the platform team: counts by tier, category and
 * severity, every service's open findings, waivers and the trend.
 *
 * @public
 */
export function CompliancePage(props: CompliancePageProps) {
  const api = useApi(networkContractsApiRef);
  const state = useAsyncRetry(
    () => api.getCompliance({ mesh: props.mesh }),
    [api, props.mesh],
  );
  const header = (
    <ContentHeader title="Compliance">
      <RunValidationButton mesh={props.mesh} onStarted={state.retry} />
    </ContentHeader>
  );

  if (state.loading && !state.value) {
    return <Progress />;
  }
  if (isNotFound(state.error)) {
    return (
      <Content>
        {header}
        <EmptyState
          missing="data"
          title="No successful validation yet"
          description="Configure a mesh under networkContracts.meshes in app-config.yaml, then wait for the scheduled run or run a validation now."
        />
      </Content>
    );
  }
  if (state.error) {
    return (
      <Content>
        {header}
        <BackendErrorPanel error={state.error} />
      </Content>
    );
  }

  const compliance = state.value!;
  const { bySeverity, run } = compliance;
  return (
    <Content>
      {header}
      <Typography variant="body2" paragraph>
        Mesh {compliance.mesh}, run {run.id} of{' '}
        {new Date(run.startedAt).toLocaleString()}
        {run.status === 'failed' && `: the run failed: ${run.failure}`}
      </Typography>
      <Grid container spacing={3}>
        <Grid item xs={12} md={4}>
          <CountsCard
            title="By severity"
            keyTitle="Severity"
            counts={{ 'all findings': bySeverity }}
          />
        </Grid>
        <Grid item xs={12} md={4}>
          <CountsCard
            title="By tier"
            keyTitle="Tier"
            counts={compliance.byTier}
          />
        </Grid>
        <Grid item xs={12} md={4}>
          <CountsCard
            title="By category"
            keyTitle="Category"
            counts={compliance.byCategory}
          />
        </Grid>
        <Grid item xs={12}>
          <InfoCard title="Trend">
            <TrendChart trend={compliance.trend} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <ServicesTable
            mesh={compliance.mesh}
            services={compliance.services}
          />
        </Grid>
        <Grid item xs={12}>
          <WaiversTable waivers={compliance.waivers} />
        </Grid>
      </Grid>
    </Content>
  );
}
