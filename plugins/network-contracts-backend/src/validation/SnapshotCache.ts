import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ContractFile,
  NetworkContractFiles,
} from '@internal/plugin-network-contracts-node';
import { RunStore } from '../database/RunStore';
import { MeshSnapshot } from './MeshSnapshot';
import { validateContractFiles } from './validateContractFiles';

/** What is kept of the inputs of the latest successful run of a mesh. */
export interface SnapshotInputs {
  files: NetworkContractFiles;
  extraFiles: ContractFile[];
  environments?: string[];
}

/**
 * Holds the latest successful run of each mesh in memory. After a restart
 * the first read rebuilds it once from the inputs the database kept, with
 * the day the run judged waivers on, so the answer is the run's own.
 */
export class SnapshotCache {
  private readonly snapshots = new Map<
    string,
    Promise<MeshSnapshot | undefined>
  >();

  constructor(
    private readonly store: RunStore,
    private readonly logger: LoggerService,
  ) {}

  /** The latest successful run of a mesh; undefined when it has none. */
  get(mesh: string): Promise<MeshSnapshot | undefined> {
    let snapshot = this.snapshots.get(mesh);
    if (!snapshot) {
      snapshot = this.load(mesh);
      this.snapshots.set(mesh, snapshot);
      // A failed load is retried on the next read rather than remembered.
      snapshot.catch(() => this.snapshots.delete(mesh));
    }
    return snapshot;
  }

  set(mesh: string, snapshot: MeshSnapshot) {
    this.snapshots.set(mesh, Promise.resolve(snapshot));
  }

  private async load(mesh: string): Promise<MeshSnapshot | undefined> {
    const stored = await this.store.getInputs(mesh);
    if (!stored) {
      return undefined;
    }
    const inputs = stored.files as SnapshotInputs;
    const run = await this.store.getRun(stored.runId);
    const { result, policy } = await validateContractFiles(inputs.files, {
      today: stored.today,
      extraFiles: inputs.extraFiles,
      ...(inputs.environments && { environments: inputs.environments }),
    });
    this.logger.debug(`Rebuilt the results of run ${run.id} of ${mesh}`);
    return new MeshSnapshot(mesh, run, result, policy);
  }
}
