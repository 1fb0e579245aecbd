import type { Run } from './RunStore';

/** A row of the `runs` table. */
export type RunRow = {
  id: number | string;
  source: string;
  status: Run['status'];
  trigger: Run['trigger'];
  started_at: Date | string;
  finished_at: Date | string | null;
  content_hash: string | null;
  revision: string | null;
  error_count: number;
  warning_count: number;
  info_count: number;
  waived_count: number;
  duration_ms: number | null;
  change: string | null;
  failure: string | null;
};

// SQLite hands timestamps back as strings or epoch numbers, PostgreSQL as
// Date objects; the API always speaks ISO 8601.
function toIso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

/** The API form of a run row. */
export function toRun(row: RunRow): Run {
  return {
    id: String(row.id),
    mesh: row.source,
    status: row.status,
    trigger: row.trigger,
    startedAt: toIso(row.started_at),
    ...(row.finished_at && { finishedAt: toIso(row.finished_at) }),
    ...(row.duration_ms !== null && { durationMs: Number(row.duration_ms) }),
    ...(row.revision && { revision: row.revision }),
    ...(row.content_hash && { contentHash: row.content_hash }),
    counts: {
      error: Number(row.error_count),
      warning: Number(row.warning_count),
      info: Number(row.info_count),
      waived: Number(row.waived_count),
    },
    ...(row.failure && { failure: row.failure }),
  };
}
