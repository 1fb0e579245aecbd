import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { SeverityCounts } from '../../api';

// In a third of the page the columns are narrow: headings and counts keep
// to one line, and the table scrolls sideways rather than break a word.
const useStyles = makeStyles({
  table: { '& th, & td': { whiteSpace: 'nowrap' } },
});

/** Open findings by severity for each key (tier or category). */
export function CountsCard(props: {
  title: string;
  keyTitle: string;
  counts: Record<string, SeverityCounts>;
}) {
  const { title, keyTitle, counts } = props;
  const classes = useStyles();
  const keys = Object.keys(counts).sort();
  return (
    <InfoCard title={title} noPadding>
      <Box overflow="auto">
        <Table className={classes.table} size="small" aria-label={title}>
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
      </Box>
    </InfoCard>
  );
}
