import { Table, TableColumn } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import type { Compliance } from '../../api';
import { downloadFile } from '../../lib/download/downloadFile';
import { toCsv } from '../../lib/csv/toCsv';

type ServiceRow = Compliance['services'][number];

const columns: TableColumn<ServiceRow>[] = [
  { title: 'Service', field: 'service', highlight: true },
  { title: 'Tier', field: 'tier', emptyValue: 'none' },
  {
    title: 'Errors',
    field: 'open.error',
    type: 'numeric',
    defaultSort: 'desc',
  },
  { title: 'Warnings', field: 'open.warning', type: 'numeric' },
  { title: 'Info', field: 'open.info', type: 'numeric' },
];

/** Every service with its open findings; sortable, searchable, as CSV. */
export function ServicesTable(props: { mesh: string; services: ServiceRow[] }) {
  const { mesh, services } = props;
  const exportCsv = () =>
    downloadFile(
      `${mesh}-compliance.csv`,
      toCsv(
        ['service', 'tier', 'errors', 'warnings', 'info'],
        services.map(s => [
          s.service,
          s.tier,
          s.open.error,
          s.open.warning,
          s.open.info,
        ]),
      ),
      'text/csv',
    );
  return (
    <Table
      title="Services"
      options={{ paging: services.length > 50, pageSize: 50, filtering: true }}
      columns={columns}
      data={services}
      actions={[
        {
          icon: () => <Button variant="outlined">Export CSV</Button>,
          tooltip: 'Export as CSV',
          isFreeAction: true,
          onClick: exportCsv,
        },
      ]}
    />
  );
}
