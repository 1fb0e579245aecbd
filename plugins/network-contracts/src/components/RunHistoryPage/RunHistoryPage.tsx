import {
  Content,
  EmptyState,
  Progress,
  ResponseErrorPanel,
  StatusError,
  StatusOK,
  StatusPending,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { networkContractsApiRef, ValidationRun } from '../../api';

function RunStatus(props: { run: ValidationRun }) {
  const { run } = props;
  if (run.status === 'running') {
    return <StatusPending>running</StatusPending>;
  }
  if (run.status === 'failed') {
    return <StatusError>failed</StatusError>;
  }
  return <StatusOK>succeeded</StatusOK>;
}

const columns: TableColumn<ValidationRun>[] = [
  { title: 'Mesh', field: 'mesh' },
  { title: 'Status', render: run => <RunStatus run={run} /> },
  { title: 'Trigger', field: 'trigger' },
  {
    title: 'Started',
    render: run => new Date(run.startedAt).toLocaleString(),
  },
  { title: 'Errors', field: 'counts.error', type: 'numeric' },
  { title: 'Warnings', field: 'counts.warning', type: 'numeric' },
  { title: 'Why it failed', field: 'failure' },
];

/**
 * The history of validation runs, newest first.
 *
 * @public
 */
export function RunHistoryPage() {
  const api = useApi(networkContractsApiRef);
  const { value: runs, loading, error } = useAsync(() => api.listRuns(), [api]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <Content>
        <ResponseErrorPanel error={error} />
      </Content>
    );
  }
  if (!runs?.length) {
    return (
      <Content>
        <EmptyState
          missing="data"
          title="No validation has run yet"
          description="The backend validates every configured mesh on its schedule. Configure a mesh under networkContracts in app-config.yaml, or wait for the first scheduled run."
        />
      </Content>
    );
  }
  return (
    <Content>
      <Table
        title="Validation runs"
        options={{ paging: false, search: false }}
        columns={columns}
        data={runs}
      />
    </Content>
  );
}
