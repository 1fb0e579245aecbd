import {
  Content,
  ContentHeader,
  EmptyState,
  InfoCard,
  Progress,
  Select,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { networkContractsApiRef } from '../../api';
import { isNotFound } from '../../lib/errors/isNotFound';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { FailedRunWarning } from '../FailedRunWarning';
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
  /**
   * The mesh to show. Default: the first configured mesh, with a picker
   * when there are several.
   */
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
  const [picked, setPicked] = useState<string>();
  // The backend needs a mesh as soon as several are configured.
  const meshes = useAsync(
    async () => (props.mesh ? [] : (await api.listMeshes()).map(m => m.name)),
    [api, props.mesh],
  );
  const mesh = props.mesh ?? picked ?? meshes.value?.[0];
  const state = useAsyncRetry(async () => {
    if (meshes.error) {
      throw meshes.error;
    }
    return meshes.loading ? undefined : api.getCompliance({ mesh });
  }, [api, mesh, meshes.loading, meshes.error]);
  const header = (
    <ContentHeader title="Compliance">
      {(meshes.value?.length ?? 0) > 1 && (
        <Select
          label="Mesh"
          selected={mesh}
          items={meshes.value!.map(m => ({ label: m, value: m }))}
          onChange={value => setPicked(String(value))}
        />
      )}
      <RunValidationButton mesh={mesh} onStarted={state.retry} />
    </ContentHeader>
  );

  if (!state.value && !state.error) {
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
  const { bySeverity, run, latestRun } = compliance;
  return (
    <Content>
      {header}
      <FailedRunWarning latest={latestRun} shownRunId={run.id} expanded />
      <Typography variant="body2" paragraph>
        Mesh {compliance.mesh}, run {run.id} of{' '}
        {new Date(run.startedAt).toLocaleString()}
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
