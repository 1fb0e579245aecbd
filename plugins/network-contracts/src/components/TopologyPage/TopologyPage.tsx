import { Content, EmptyState, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { startTransition, useCallback, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { MeshSummary, networkContractsApiRef } from '../../api';
import { downloadFile } from '../../lib/download/downloadFile';
import { isNotFound } from '../../lib/errors/isNotFound';
import { filterGraph } from '../../lib/graph';
import { BackendErrorPanel } from '../BackendErrorPanel';
import { FailedRunWarning } from '../FailedRunWarning';
import { ServiceDrawer } from '../ServiceDrawer';
import { TopologyGraph } from '../TopologyGraph';
import { ALL, TopologyFilters, TopologyFilterValues } from './TopologyFilters';

const chosen = (value: string) => (value === ALL ? undefined : value);

const initialValues: TopologyFilterValues = {
  mesh: '',
  environment: '',
  tier: ALL,
  category: ALL,
  severity: ALL,
  search: '',
  showAttachments: true,
};

function NoRunYet(props: { mesh?: MeshSummary }) {
  const failure =
    props.mesh?.latestRun?.status === 'failed'
      ? props.mesh.latestRun.failure
      : undefined;
  return (
    <EmptyState
      missing="data"
      title={failure ? 'The latest validation failed' : 'No validation yet'}
      description={
        failure
          ? `Fix the input and start a new run from the compliance page: ${failure}`
          : 'The mesh has no successful validation run. Wait for the scheduled run or start one from the compliance page.'
      }
    />
  );
}

/**
 * The topology of a mesh for one environment, with filters, a search box
 * and each service's contract a click away.
 *
 * @public
 */
export function TopologyPage() {
  const api = useApi(networkContractsApiRef);
  const [values, setValues] = useState(initialValues);
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string>();
  useDebounce(() => setSearch(values.search), 250, [values.search]);
  const onChange = useCallback(
    // A transition keeps the pickers responsive while a large mesh is laid
    // out again.
    (change: Partial<TopologyFilterValues>) =>
      startTransition(() => setValues(current => ({ ...current, ...change }))),
    [],
  );

  const meshes = useAsync(() => api.listMeshes(), [api]);
  const mesh =
    meshes.value?.find(m => m.name === values.mesh) ?? meshes.value?.[0];
  const topology = useAsync(async () => {
    if (!mesh) {
      return undefined;
    }
    return api.getTopology({
      mesh: mesh.name,
      environment: values.environment || undefined,
    });
  }, [api, mesh?.name, values.environment]);
  const graph = topology.value;
  const categoryServices = useAsync(async () => {
    const category = chosen(values.category);
    if (!category || !graph || !mesh) {
      return undefined;
    }
    const findings = await api.listFindings({
      mesh: mesh.name,
      environment: graph.environment,
      category,
      waived: false,
    });
    return new Set(findings.flatMap(f => (f.service ? [f.service] : [])));
  }, [api, mesh?.name, graph, values.category]);

  const filtered = useMemo(
    () =>
      graph &&
      filterGraph(graph, {
        tier: chosen(values.tier),
        severity: chosen(values.severity) as 'error' | undefined,
        services: categoryServices.value,
        search: search || undefined,
      }),
    [graph, values.tier, values.severity, categoryServices.value, search],
  );
  const onServerExport = useCallback(
    async (format: 'dot' | 'mermaid') => {
      const text = await api.exportDocument({
        format,
        mesh: mesh?.name,
        environment: graph?.environment,
      });
      const extension = format === 'dot' ? 'dot' : 'mmd';
      downloadFile(`topology-${graph?.environment}.${extension}`, text);
    },
    [api, mesh?.name, graph?.environment],
  );

  if (meshes.loading) {
    return <Progress />;
  }
  if (meshes.error) {
    return (
      <Content>
        <BackendErrorPanel error={meshes.error} />
      </Content>
    );
  }
  if (!mesh) {
    return (
      <Content>
        <EmptyState
          missing="data"
          title="No mesh configured"
          description="Add a mesh under networkContracts.meshes in app-config.yaml so that the backend validates it, then come back."
        />
      </Content>
    );
  }

  const environments = mesh.environments.length
    ? mesh.environments
    : [graph?.environment ?? ''].filter(Boolean);
  let body: JSX.Element;
  if (topology.loading) {
    body = <Progress />;
  } else if (isNotFound(topology.error)) {
    body = <NoRunYet mesh={mesh} />;
  } else if (topology.error) {
    body = <BackendErrorPanel error={topology.error} />;
  } else if (!filtered?.services.length) {
    body = (
      <Typography variant="body1">
        No service matches these filters. Clear a filter to see more.
      </Typography>
    );
  } else {
    body = (
      <TopologyGraph
        graph={filtered}
        highlight={search}
        showAttachments={values.showAttachments}
        onSelectService={service => setSelected(service.name)}
        onServerExport={onServerExport}
      />
    );
  }

  return (
    <Content>
      <Box marginBottom={2}>
        <TopologyFilters
          values={{
            ...values,
            mesh: mesh.name,
            environment: values.environment || graph?.environment || '',
          }}
          meshes={(meshes.value ?? []).map(m => m.name)}
          environments={environments}
          tiers={(graph?.tiers ?? []).map(t => t.name)}
          onChange={onChange}
        />
      </Box>
      {graph && (
        <FailedRunWarning
          latest={mesh.latestRun}
          shownRunId={mesh.latestSuccessfulRun?.id}
        />
      )}
      {filtered && graph && (
        <Typography variant="body2" gutterBottom>
          {filtered.services.length} of {graph.services.length} services in{' '}
          {graph.environment}
        </Typography>
      )}
      {body}
      <ServiceDrawer
        service={selected}
        mesh={mesh.name}
        onClose={() => setSelected(undefined)}
      />
    </Content>
  );
}
