import { InfoCard } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { SeverityCounts } from '../../api';

/** Open findings by severity for each key (tier or category). */
export function CountsCard(props: {
  title: string;
  keyTitle: string;
  counts: Record<string, SeverityCounts>;
}) {
  const { title, keyTitle, counts } = props;
  const keys = Object.keys(counts).sort();
  return (
    <InfoCard title={title} noPadding>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{keyTitle}</TableCell>
            <TableCell align="right">Errors</TableCell>
            <TableCell align="right">Warnings</TableCell>
            <TableCell align="right">Info</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {keys.map(key => (
            <TableRow key={key}>
              <TableCell>{key}</TableCell>
              <TableCell align="right">{counts[key].error}</TableCell>
              <TableCell align="right">{counts[key].warning}</TableCell>
              <TableCell align="right">{counts[key].info}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
