import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { NotFoundError, stringifyError } from '@backstage/errors';
import {
  createExtraFileLoader,
  readNetworkContractFiles,
} from '@internal/plugin-network-contracts-node';
import { RunAlerter } from '../alerts/RunAlerter';
import {
  MeshConfig,
  NetworkContractsConfig,
} from '../config/NetworkContractsConfig';
import { Run, RunCounts, RunStore } from '../database/RunStore';
import { diffConnectivity } from './diffConnectivity';
import { contentHashOf } from './fingerprint';
import { MeshSnapshot } from './MeshSnapshot';
import { SnapshotCache, SnapshotInputs } from './SnapshotCache';
import { unreadableFilesError } from './unreadableFiles';
import { validateContractFiles } from './validateContractFiles';

/** A run that was started, and the promise of its end. */
export interface StartedRun {
  run: Run;
  done: Promise<Run>;
}

/**
 * Runs validations of the configured meshes, on schedule or on demand, and
 * records each one. A run that fails (unreadable source, a compose,
 * metadata or policy file that cannot be read, database error) is marked
 * failed with its reason; the results of earlier runs stay as they were.
 *
 * @public
 */
export class ValidationRunner {
  private readonly inFlight = new Map<string, StartedRun>();

  static create(options: {
    config: NetworkContractsConfig;
    logger: LoggerService;
    store: RunStore;
    cache: SnapshotCache;
    reader: UrlReaderService;
    alerters?: RunAlerter[];
  }) {
    return new ValidationRunner(
      options.config,
      options.logger,
      options.store,
      options.cache,
      options.reader,
      options.alerters ?? [],
    );
  }

  private constructor(
    private readonly config: NetworkContractsConfig,
    private readonly logger: LoggerService,
    private readonly store: RunStore,
    private readonly cache: SnapshotCache,
    private readonly reader: UrlReaderService,
    private readonly alerters: RunAlerter[],
  ) {}

  get meshes(): MeshConfig[] {
    return this.config.meshes;
  }

  /** A configured mesh; `NotFoundError` naming the known ones otherwise. */
  mesh(name: string): MeshConfig {
    const mesh = this.config.meshes.find(m => m.name === name);
    if (!mesh) {
      const known = this.config.meshes.map(m => m.name).join(', ');
      throw new NotFoundError(
        `No mesh named "${name}"; configured: ${known || 'none'}.`,
      );
    }
    return mesh;
  }

  /**
   * Starts a run of a mesh and returns once it is recorded. A mesh already
   * being validated is not validated twice: its current run is returned.
   */
  async start(name: string, trigger: Run['trigger']): Promise<StartedRun> {
    const mesh = this.mesh(name);
    const current = this.inFlight.get(mesh.name);
    if (current) {
      return current;
    }

    const run = await this.store.startRun({ mesh: mesh.name, trigger });
    const done = this.execute(mesh, run).finally(() =>
      this.inFlight.delete(mesh.name),
    );
    const started = { run, done };
    this.inFlight.set(mesh.name, started);
    return started;
  }

  /** Validates every mesh in turn; what the scheduled task does. */
  async runAll(trigger: Run['trigger']): Promise<Run[]> {
    const runs: Run[] = [];
    for (const mesh of this.config.meshes) {
      const started = await this.start(mesh.name, trigger);
      runs.push(await started.done);
    }
    return runs;
  }

  private async execute(mesh: MeshConfig, run: Run): Promise<Run> {
    const logger = this.logger.child({ mesh: mesh.name, runId: run.id });
    const startedAt = Date.now();

    try {
      const files = await readNetworkContractFiles(mesh.target, {
        reader: this.reader,
      });
      const today = new Date().toISOString().slice(0, 10);
      const { result, policy, extraFiles } = await validateContractFiles(
        files,
        {
          today,
          environments: mesh.environments,
          loader: createExtraFileLoader(files, { reader: this.reader }),
        },
      );
      const unreadable = unreadableFilesError(result.findings);
      if (unreadable) {
        throw unreadable;
      }

      const previous = await this.cache.get(mesh.name).catch(error => {
        logger.warn(
          'Could not load the previous run; no change recorded',
          error,
        );
        return undefined;
      });
      const snapshot = new MeshSnapshot(mesh.name, run, result, policy);
      const change = previous
        ? diffConnectivity(previous.run.id, previous.result, result)
        : null;
      const contentHash = contentHashOf(files, extraFiles);
      const inputs: SnapshotInputs = {
        files,
        extraFiles,
        ...(mesh.environments && { environments: mesh.environments }),
      };

      snapshot.run = await this.store.completeRun(
        run.id,
        {
          contentHash,
          revision: files.etag ?? contentHash,
          counts: countsOf(snapshot),
          change,
          findings: snapshot.findings,
          graphs: snapshot.allGraphs(),
          inputs: { files: inputs, today },
        },
        Date.now() - startedAt,
      );
      this.cache.set(mesh.name, snapshot);

      await this.afterRun(snapshot, previous, logger);
      const { counts, durationMs } = snapshot.run;
      logger.info(
        `Validated mesh ${mesh.name} in ${durationMs} ms: ${counts.error} ` +
          `errors, ${counts.warning} warnings, ${counts.info} info, ` +
          `${counts.waived} waived; ${
            change?.openedReachability.length ?? 0
          } ` +
          `pairs opened and ${change?.closedReachability.length ?? 0} closed`,
      );
      return snapshot.run;
    } catch (error) {
      const reason = stringifyError(error);
      logger.error(
        `Validation of mesh ${mesh.name} failed: ${reason}`,
        error as Error,
      );
      try {
        return await this.store.failRun(run.id, reason, Date.now() - startedAt);
      } catch (recordError) {
        logger.error('Could not record the failed run', recordError as Error);
        return { ...run, status: 'failed', failure: reason };
      }
    }
  }

  /** Housekeeping and alerts: their failures never fail the run. */
  private async afterRun(
    snapshot: MeshSnapshot,
    previous: MeshSnapshot | undefined,
    logger: LoggerService,
  ) {
    try {
      const removed = await this.store.pruneRuns(
        snapshot.mesh,
        this.config.retentionRuns,
      );
      if (removed > 0) {
        logger.debug(`Removed ${removed} runs beyond the retention`);
      }
    } catch (error) {
      logger.warn('Could not remove old runs', error as Error);
    }

    if (!previous && !this.config.alertOnFirstRun) {
      logger.info(
        'First run of the mesh: its errors are the baseline, not alerted; ' +
          'set networkContracts.alerts.onFirstRun to alert on them',
      );
      return;
    }
    const before = new Set(previous?.findings.map(f => f.fingerprint));
    const findings = snapshot.findings.filter(
      f => f.severity === 'error' && !f.waived && !before.has(f.fingerprint),
    );
    if (findings.length === 0) {
      return;
    }
    for (const alerter of this.alerters) {
      try {
        await alerter.alert({ snapshot, findings, logger });
      } catch (error) {
        logger.warn(`Alerting through ${alerter.name} failed`, error as Error);
      }
    }
  }
}

function countsOf(snapshot: MeshSnapshot): RunCounts {
  const { bySeverity, waived } = snapshot.result.summary;
  return { ...bySeverity, waived };
}
