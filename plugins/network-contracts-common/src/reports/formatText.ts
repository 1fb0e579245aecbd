import type { Finding } from '../rules/Finding';
import { ReportInput, ReportOptions, reportPath } from './ReportInput';

const MESH = '(all environments)';
const NO_SERVICE = '(mesh)';

/**
 * A report for people: findings grouped by environment, then service, one
 * `file:line:col severity rule message` line each with its remediation
 * below, and a summary line at the end.
 *
 * @public
 */
export function formatText(
  input: ReportInput,
  options?: ReportOptions,
): string {
  const lines: string[] = [];
  const groups = groupBy(input.findings, f => f.environment ?? MESH);

  for (const [environment, findings] of groups) {
    lines.push(environment);
    for (const [service, own] of groupBy(
      findings,
      f => f.service ?? NO_SERVICE,
    )) {
      lines.push(`  ${service}`);
      for (const finding of own) {
        lines.push(`    ${findingLine(finding, options)}`);
        lines.push(`      fix: ${finding.remediation}`);
        if (finding.waiver) {
          const { owner, expires, reason } = finding.waiver;
          lines.push(`      waived by ${owner} until ${expires}: ${reason}`);
        }
      }
    }
    lines.push('');
  }
  lines.push(summaryLine(input));
  return `${lines.join('\n')}\n`;
}

function findingLine(finding: Finding, options?: ReportOptions): string {
  const where = finding.position
    ? `${reportPath(finding.position.file, options)}:${finding.position.line}:${
        finding.position.column
      } `
    : '';
  const severity = finding.waived
    ? `${finding.severity} (waived)`
    : finding.severity;
  return `${where}${severity} ${finding.rule} ${finding.message}`;
}

/**
 * One line that counts unwaived findings by severity, and waived ones.
 *
 * @public
 */
export function summaryLine(input: ReportInput): string {
  const counts = { error: 0, warning: 0, info: 0 };
  let waived = 0;
  for (const finding of input.findings) {
    if (finding.waived) {
      waived++;
    } else {
      counts[finding.severity]++;
    }
  }
  const environments = input.environments?.length
    ? ` in ${input.environments.join(', ')}`
    : '';
  if (input.findings.length === 0) {
    return `No findings${environments}.`;
  }
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'note'),
  ];
  const waivedText = waived ? `, ${waived} waived` : '';
  return `${parts.join(', ')}${waivedText}${environments}.`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function groupBy<T>(
  items: Iterable<T>,
  key: (item: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}
