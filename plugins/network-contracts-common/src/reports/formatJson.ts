import { summarizeFindings } from '../rules/summarizeFindings';
import type { Finding } from '../rules/Finding';
import type { ValidationSummary } from '../rules/MeshInput';
import { ReportInput, ReportOptions, reportPath } from './ReportInput';

/**
 * The JSON report: every field of every finding, and the counts.
 *
 * @public
 */
export interface JsonReport {
  /** Format version; bumped on any incompatible change. */
  version: 1;
  /** Environments validated, in order. */
  environments: string[];
  /** The findings, files prefixed as the options ask. */
  findings: Finding[];
  /** Counts over the findings. */
  summary: ValidationSummary;
}

/**
 * The findings as a {@link JsonReport}, pretty-printed.
 *
 * @public
 */
export function formatJson(
  input: ReportInput,
  options?: ReportOptions,
): string {
  const findings = input.findings.map(finding =>
    finding.position
      ? {
          ...finding,
          position: {
            ...finding.position,
            file: reportPath(finding.position.file, options),
          },
        }
      : { ...finding },
  );
  const report: JsonReport = {
    version: 1,
    environments: [...(input.environments ?? [])],
    findings,
    summary: summarizeFindings(findings),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
