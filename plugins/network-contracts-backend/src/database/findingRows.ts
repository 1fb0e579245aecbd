import type { MeshFinding } from '../validation/types';

/** A row of the `run_findings` table. */
export type FindingRow = {
  run_id: string | number;
  fingerprint: string;
  rule: string;
  category: string;
  severity: string;
  service: string | null;
  environment: string | null;
  tier: string | null;
  message: string;
  remediation: string;
  position: string | null;
  waived: boolean | number;
  waiver: string | null;
};

/** The row that stores a finding of a run. */
export function findingRow(runId: string, finding: MeshFinding): FindingRow {
  return {
    run_id: runId,
    fingerprint: finding.fingerprint,
    rule: finding.rule,
    category: finding.category,
    severity: finding.severity,
    service: finding.service ?? null,
    environment: finding.environment ?? null,
    tier: finding.tier ?? null,
    message: finding.message,
    remediation: finding.remediation,
    position: finding.position ? JSON.stringify(finding.position) : null,
    waived: finding.waived,
    waiver: finding.waiver ? JSON.stringify(finding.waiver) : null,
  };
}

/** The finding a row stores. */
export function toFinding(mesh: string, row: FindingRow): MeshFinding {
  return {
    mesh,
    runId: String(row.run_id),
    fingerprint: row.fingerprint,
    rule: row.rule,
    category: row.category as MeshFinding['category'],
    severity: row.severity as MeshFinding['severity'],
    ...(row.service !== null && { service: row.service }),
    ...(row.environment !== null && { environment: row.environment }),
    ...(row.tier !== null && { tier: row.tier }),
    message: row.message,
    remediation: row.remediation,
    ...(row.position && { position: JSON.parse(row.position) }),
    // SQLite stores booleans as 0 and 1.
    waived: Boolean(row.waived),
    ...(row.waiver && { waiver: JSON.parse(row.waiver) }),
  };
}
