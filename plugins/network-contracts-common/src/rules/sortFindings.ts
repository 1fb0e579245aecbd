import type { Finding } from './Finding';

/**
 * Sorts findings by environment, service, rule, then position, so that
 * two runs over the same input print the same report. Mesh-wide findings
 * (no environment) come first.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.environment ?? '', b.environment ?? '') ||
    compare(a.service ?? '', b.service ?? '') ||
    compare(a.rule, b.rule) ||
    compare(a.position?.file ?? '', b.position?.file ?? '') ||
    (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
    (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
    compare(a.message, b.message)
  );
}

function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
