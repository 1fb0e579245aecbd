import { Table, TableColumn } from '@backstage/core-components';
import { fade, useTheme } from '@material-ui/core/styles';
import type { ComplianceWaiver } from '../../api';

/** Waivers expiring within this many days are highlighted. */
export const EXPIRY_WARNING_DAYS = 14;

const columns: TableColumn<ComplianceWaiver>[] = [
  { title: 'Rule', field: 'rule' },
  { title: 'Service', field: 'service' },
  { title: 'Environment', field: 'environment', emptyValue: 'all' },
  { title: 'Owner', field: 'owner' },
  { title: 'Reason', field: 'reason' },
  { title: 'Expires', field: 'expires', defaultSort: 'asc' },
  {
    title: 'Status',
    render: w => {
      if (w.expired) {
        return 'expired';
      }
      const left = `${w.daysLeft} days left`;
      return w.used ? left : `${left}, unused`;
    },
  },
];

/** The policy's waivers; those about to expire stand out. */
export function WaiversTable(props: { waivers: ComplianceWaiver[] }) {
  const theme = useTheme();
  // A tint of the theme's warning colour, so the text on it stays the
  // theme's own text colour and readable in light and dark.
  const highlight = fade(
    theme.palette.warning.main,
    theme.palette.type === 'dark' ? 0.16 : 0.12,
  );
  return (
    <Table
      title="Waivers"
      options={{
        paging: false,
        search: false,
        padding: 'dense',
        rowStyle: (w: ComplianceWaiver) =>
          w.expired || w.daysLeft <= EXPIRY_WARNING_DAYS
            ? { background: highlight }
            : {},
      }}
      columns={columns}
      data={props.waivers}
      emptyContent={<p style={{ padding: 16 }}>The policy grants no waiver.</p>}
    />
  );
}
