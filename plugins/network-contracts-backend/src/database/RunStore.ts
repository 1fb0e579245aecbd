import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { ConnectivityChange, MeshFinding } from '../validation/types';
import { RunRow, toRun } from './runRows';
import { findingRow, FindingRow, toFinding } from './findingRows';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-network-contracts-backend',
  'migrations',
);

// SQLite allows 999 bound values a statement; a finding row has 14.
const INSERT_CHUNK = 50;

/**
 * The state of a validation run.
 *
 * @public
 */
export type RunStatus = 'running' | 'succeeded' | 'failed';

/**
 * Unwaived findings by severity, and the waived ones.
 *
 * @public
 */
export interface RunCounts {
  error: number;
  warning: number;
  info: number;
  waived: number;
}

/**
 * One validation of the network contracts of a mesh.
 *
 * @public
 */
export interface Run {
  id: string;
  mesh: string;
  status: RunStatus;
  trigger: 'schedule' | 'manual';
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
  /** The etag of a URL source, else the content hash. */
  revision?: string;
  contentHash?: string;
  counts: RunCounts;
  failure?: string;
}

/**
 * A run with the connectivity change it recorded.
 *
 * @public
 */
export interface RunDetail extends Run {
  change: ConnectivityChange | null;
}

/**
 * What a successful run produced, stored in one transaction.
 *
 * @public
 */
export interface RunResults {
  contentHash: string;
  revision: string;
  counts: RunCounts;
  change: ConnectivityChange | null;
  findings: MeshFinding[];
  /** Graph JSON by environment. */
  graphs: Record<string, unknown>;
  /** The inputs, kept for the latest successful run only. */
  inputs: { files: unknown; today: string };
}

/**
 * The inputs of the latest successful run of a mesh.
 *
 * @public
 */
export interface StoredInputs {
  runId: string;
  files: unknown;
  today: string;
}

/**
 * Keeps the history of validation runs in the plugin's database: the runs,
 * their findings and graphs, and the GitHub issues opened for findings.
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
    mesh: string;
    trigger: Run['trigger'];
  }): Promise<Run> {
    const [row] = await this.db<RunRow>('runs')
      .insert({
        source: options.mesh,
        trigger: options.trigger,
        status: 'running',
        started_at: new Date(),
      })
      .returning('*');
    return toRun(row);
  }

  /** Marks a run failed, keeping every earlier result as it was. */
  async failRun(id: string, failure: string, durationMs: number) {
    await this.finish(id, {
      status: 'failed',
      failure,
      duration_ms: durationMs,
    });
    return this.getRun(id);
  }

  /** Stores what a run found and marks it succeeded, all or nothing. */
  async completeRun(id: string, results: RunResults, durationMs: number) {
    const run = await this.getRun(id);
    await this.db.transaction(async tx => {
      const rows = results.findings.map(f => findingRow(id, f));
      await tx.batchInsert('run_findings', rows, INSERT_CHUNK);

      const graphs = Object.entries(results.graphs).map(([env, graph]) => ({
        run_id: id,
        environment: env,
        graph: JSON.stringify(graph),
      }));
      await tx.batchInsert('run_topologies', graphs, INSERT_CHUNK);

      await tx('mesh_inputs')
        .insert({
          mesh: run.mesh,
          run_id: id,
          files: JSON.stringify(results.inputs.files),
          today: results.inputs.today,
        })
        .onConflict('mesh')
        .merge();

      await this.finish(
        id,
        {
          status: 'succeeded',
          content_hash: results.contentHash,
          revision: results.revision,
          error_count: results.counts.error,
          warning_count: results.counts.warning,
          info_count: results.counts.info,
          waived_count: results.counts.waived,
          change: results.change ? JSON.stringify(results.change) : null,
          duration_ms: durationMs,
        },
        tx,
      );
    });
    return this.getRun(id);
  }

  async getRun(id: string): Promise<RunDetail> {
    // Ids are numeric; anything else cannot name a run.
    const row = /^\d{1,18}$/.test(id)
      ? await this.db<RunRow>('runs').where({ id }).first()
      : undefined;
    if (!row) {
      throw new NotFoundError(`No run with id ${id}`);
    }
    return {
      ...toRun(row),
      change: row.change ? JSON.parse(row.change) : null,
    };
  }

  /** The newest runs first, optionally of one mesh and status only. */
  async listRuns(
    options: { mesh?: string; status?: RunStatus; limit?: number } = {},
  ): Promise<Run[]> {
    const query = this.db<RunRow>('runs')
      .orderBy('id', 'desc')
      .limit(options.limit ?? 50);
    if (options.mesh) {
      query.where({ source: options.mesh });
    }
    if (options.status) {
      query.where({ status: options.status });
    }
    const rows = await query;
    return rows.map(toRun);
  }

  async listFindings(runId: string): Promise<MeshFinding[]> {
    const run = await this.getRun(runId);
    const rows = await this.db<FindingRow>('run_findings')
      .where({ run_id: runId })
      .orderBy('id');
    return rows.map(row => toFinding(run.mesh, row));
  }

  async getGraphs(runId: string): Promise<Record<string, unknown>> {
    const rows = await this.db('run_topologies').where({ run_id: runId });
    return Object.fromEntries(
      rows.map(row => [row.environment, JSON.parse(row.graph)]),
    );
  }

  async getInputs(mesh: string): Promise<StoredInputs | undefined> {
    const row = await this.db('mesh_inputs').where({ mesh }).first();
    if (!row) {
      return undefined;
    }
    return {
      runId: String(row.run_id),
      files: JSON.parse(row.files),
      today: row.today,
    };
  }

  /**
   * Removes the oldest runs of a mesh beyond `keep`, with their findings
   * and graphs. The latest successful run is always kept, since the API
   * serves it.
   */
  async pruneRuns(mesh: string, keep: number): Promise<number> {
    const inputs = await this.getInputs(mesh);
    const old = await this.db<RunRow>('runs')
      .where({ source: mesh })
      .whereNot({ status: 'running' })
      .orderBy('id', 'desc')
      .offset(keep)
      .pluck('id');
    const ids = old.map(String).filter(id => id !== inputs?.runId);
    if (ids.length === 0) {
      return 0;
    }
    await this.db.transaction(async tx => {
      await tx('run_findings').whereIn('run_id', ids).delete();
      await tx('run_topologies').whereIn('run_id', ids).delete();
      await tx('runs').whereIn('id', ids).delete();
    });
    return ids.length;
  }

  /** Whether a GitHub issue was already opened for a finding. */
  async getIssue(fingerprint: string) {
    const row = await this.db('alert_issues').where({ fingerprint }).first();
    return row
      ? { number: Number(row.issue_number), url: String(row.issue_url) }
      : undefined;
  }

  async recordIssue(
    mesh: string,
    fingerprint: string,
    issue: { number: number; url: string },
  ) {
    await this.db('alert_issues')
      .insert({
        fingerprint,
        mesh,
        issue_number: issue.number,
        issue_url: issue.url,
        created_at: new Date(),
      })
      .onConflict('fingerprint')
      .ignore();
  }

  private async finish(
    id: string,
    values: Partial<RunRow>,
    db: Knex = this.db,
  ): Promise<void> {
    const updated = await db<RunRow>('runs')
      .where({ id })
      .update({ ...values, finished_at: new Date() });
    if (!updated) {
      throw new NotFoundError(`No run with id ${id}`);
    }
  }
}
