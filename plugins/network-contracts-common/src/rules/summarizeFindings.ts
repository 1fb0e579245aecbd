import type { Finding } from './Finding';
import type { ValidationSummary } from './MeshInput';

/** Counts findings by severity and category. */
export function summarizeFindings(findings: Finding[]): ValidationSummary {
  const summary: ValidationSummary = {
    total: findings.length,
    bySeverity: { error: 0, warning: 0, info: 0 },
    byCategory: {},
    waived: 0,
    unwaivedErrors: 0,
  };
  for (const finding of findings) {
    if (finding.waived) {
      summary.waived++;
      continue;
    }
    summary.bySeverity[finding.severity]++;
    summary.byCategory[finding.category] =
      (summary.byCategory[finding.category] ?? 0) + 1;
  }
  summary.unwaivedErrors = summary.bySeverity.error;
  return summary;
}
