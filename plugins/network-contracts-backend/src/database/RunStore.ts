import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-network-contracts-backend',
  'migrations',
);

/**
 * The state of a validation run.
 *
 * @public
 */
export type RunStatus = 'running' | 'succeeded' | 'failed';

/**
 * One validation of the network contracts of a mesh.
 *
 * @public
 */
export interface Run {
  id: string;
  source: string;
  status: RunStatus;
  trigger: 'schedule' | 'manual';
  startedAt: string;
  finishedAt?: string;
  contentHash?: string;
  counts: { error: number; warning: number; info: number };
  failure?: string;
}

/** How a run ended; `failure` is set for failed runs only. */
export interface RunOutcome {
  status: Exclude<RunStatus, 'running'>;
  contentHash?: string;
  counts?: Run['counts'];
  failure?: string;
}

type RunRow = {
  id: number | string;
  source: string;
  status: RunStatus;
  trigger: Run['trigger'];
  started_at: Date | string;
  finished_at: Date | string | null;
  content_hash: string | null;
  error_count: number;
  warning_count: number;
  info_count: number;
  failure: string | null;
};

// SQLite hands timestamps back as strings or epoch numbers, PostgreSQL as
// Date objects; the API always speaks ISO 8601.
function toIso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

function toRun(row: RunRow): Run {
  return {
    id: String(row.id),
    source: row.source,
    status: row.status,
    trigger: row.trigger,
    startedAt: toIso(row.started_at),
    finishedAt: row.finished_at ? toIso(row.finished_at) : undefined,
    contentHash: row.content_hash ?? undefined,
    counts: {
      error: row.error_count,
      warning: row.warning_count,
      info: row.info_count,
    },
    failure: row.failure ?? undefined,
  };
}

/**
 * Keeps the history of validation runs in the plugin's database.
 *
 * @public
 */
export class RunStore {
  /**
   * Connects to the plugin's database and brings its schema up to date,
   * unless the deployment manages migrations itself.
   */
  static async create(database: DatabaseService): Promise<RunStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new RunStore(client);
  }

  /** The folder with the knex migrations of this store. */
  static readonly migrationsDirectory = migrationsDir;

  private constructor(private readonly db: Knex) {}

  async startRun(options: {
    source: string;
    trigger: Run['trigger'];
  }): Promise<Run> {
    const [row] = await this.db<RunRow>('runs')
      .insert({
        source: options.source,
        trigger: options.trigger,
        status: 'running',
        started_at: new Date(),
      })
      .returning('*');
    return toRun(row);
  }

  async finishRun(id: string, outcome: RunOutcome): Promise<Run> {
    const updated = await this.db<RunRow>('runs')
      .where({ id })
      .update({
        status: outcome.status,
        finished_at: new Date(),
        content_hash: outcome.contentHash ?? null,
        error_count: outcome.counts?.error ?? 0,
        warning_count: outcome.counts?.warning ?? 0,
        info_count: outcome.counts?.info ?? 0,
        failure: outcome.failure ?? null,
      });
    if (!updated) {
      throw new NotFoundError(`No run with id ${id}`);
    }
    return this.getRun(id);
  }

  async getRun(id: string): Promise<Run> {
    // Ids are numeric; anything else cannot name a run.
    const row = /^\d+$/.test(id)
      ? await this.db<RunRow>('runs').where({ id }).first()
      : undefined;
    if (!row) {
      throw new NotFoundError(`No run with id ${id}`);
    }
    return toRun(row);
  }

  /** The newest runs first, optionally of one source only. */
  async listRuns(options: { source?: string; limit?: number } = {}) {
    const query = this.db<RunRow>('runs')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit ?? 50);
    if (options.source) {
      query.where({ source: options.source });
    }
    const rows = await query;
    return rows.map(toRun);
  }
}
