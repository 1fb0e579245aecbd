import type { FindingSeverity } from '../rules/Finding';
import { summaryLine } from './formatText';
import { ReportInput, ReportOptions, reportPath } from './ReportInput';

const COMMAND: Record<FindingSeverity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * GitHub Actions workflow commands, one per unwaived finding
 * (`::error file=...,line=...,col=...,title=rule::message`), which the
 * runner turns into annotations on the pull request, then the summary as
 * plain text. Waived findings are left out: they are not for review.
 *
 * @public
 */
export function formatGithub(
  input: ReportInput,
  options?: ReportOptions,
): string {
  const lines: string[] = [];
  for (const finding of input.findings) {
    if (finding.waived) {
      continue;
    }
    const properties: string[] = [];
    if (finding.position) {
      const { file, line, column } = finding.position;
      properties.push(`file=${escapeProperty(reportPath(file, options))}`);
      properties.push(`line=${line}`, `col=${column}`);
    }
    properties.push(`title=${escapeProperty(finding.rule)}`);
    const where = [finding.environment, finding.service].filter(Boolean);
    const prefix = where.length ? `[${where.join('/')}] ` : '';
    const message = `${prefix}${finding.message}\nFix: ${finding.remediation}`;
    lines.push(
      `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(
        message,
      )}`,
    );
  }
  lines.push(summaryLine(input));
  return `${lines.join('\n')}\n`;
}

/** The runner reads `%`, CR and LF specially in a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties also end at `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
