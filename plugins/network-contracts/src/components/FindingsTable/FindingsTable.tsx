import { Link } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { Finding } from '@internal/plugin-network-contracts-common';
import { useRuleDocs } from '../../hooks/useRuleDocs';
import { ruleTitle } from '../../lib/docs/ruleDocUrl';
import { SeverityChip } from '../SeverityChip';

/**
 * Props of {@link FindingsTable}.
 *
 * @public
 */
export type FindingsTableProps = {
  /** The findings to list, in the order given. */
  findings: Finding[];
  /** Whether to show the environment column. Default: `false`. */
  showEnvironment?: boolean;
};

/**
 * Findings with their severity, what to change, and a link to the rule's
 * page.
 *
 * @public
 */
export function FindingsTable(props: FindingsTableProps) {
  const { findings, showEnvironment = false } = props;
  const docUrl = useRuleDocs();

  if (!findings.length) {
    return (
      <Typography variant="body2">
        No findings: the network honours the contract.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Findings">
      <TableHead>
        <TableRow>
          <TableCell>Severity</TableCell>
          <TableCell>Rule</TableCell>
          {showEnvironment && <TableCell>Environment</TableCell>}
          <TableCell>Finding</TableCell>
          <TableCell>Remediation</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {findings.map((finding, index) => (
          <TableRow key={`${finding.rule}-${finding.environment}-${index}`}>
            <TableCell>
              <SeverityChip severity={finding.severity} />
              {finding.waived && (
                <Chip
                  size="small"
                  variant="outlined"
                  label="waived"
                  title={finding.waiver?.reason}
                />
              )}
            </TableCell>
            <TableCell>
              <Link to={docUrl(finding.rule)}>{ruleTitle(finding.rule)}</Link>
              <Typography variant="caption" display="block">
                {finding.rule}
              </Typography>
            </TableCell>
            {showEnvironment && (
              <TableCell>{finding.environment ?? 'all'}</TableCell>
            )}
            <TableCell>
              {finding.message}
              {finding.position && (
                <Typography variant="caption" display="block">
                  {finding.position.file}:{finding.position.line}:
                  {finding.position.column}
                </Typography>
              )}
            </TableCell>
            <TableCell>{finding.remediation}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
