import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { NotModifiedError, toError } from '@backstage/errors';
import {
  ScmIntegrationRegistry,
  ScmIntegrations,
} from '@backstage/integration';
import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { formatProblem } from '@internal/plugin-network-contracts-common';
import { readNetworkContractFiles } from '@internal/plugin-network-contracts-node';
import { buildContractEntities } from '../mapping/buildContractEntities';
import { locateContractFile } from '../mapping/locateContractFile';
import { problemLocationEntity } from '../mapping/problemLocationEntity';
import {
  NetworkContractsProviderConfig,
  readProviderConfigs,
} from './readProviderConfigs';

/**
 * What one provider run did, for logs and tests.
 *
 * @public
 */
export interface NetworkContractsRunSummary {
  /** `false` when the tree's etag had not changed and nothing was read. */
  changed: boolean;
  files: number;
  entities: number;
  rejectedFiles: number;
  warnings: number;
  durationMs: number;
}

/**
 * Reads one mesh's `.codex` files on a schedule and replaces the entities
 * it provided with what the files say now, so that a deleted file removes
 * its service and a renamed service replaces the old one.
 *
 * @public
 */
export class NetworkContractsProvider implements EntityProvider {
  static fromConfig(
    config: Config,
    deps: {
      logger: LoggerService;
      scheduler: SchedulerService;
      reader: UrlReaderService;
    },
  ): NetworkContractsProvider[] {
    const integrations = ScmIntegrations.fromConfig(config);
    return readProviderConfigs(config).map(
      providerConfig =>
        new NetworkContractsProvider(providerConfig, {
          ...deps,
          integrations,
          taskRunner: deps.scheduler.createScheduledTaskRunner(
            providerConfig.schedule,
          ),
        }),
    );
  }

  readonly #config: NetworkContractsProviderConfig;
  readonly #logger: LoggerService;
  readonly #reader: UrlReaderService;
  readonly #integrations: ScmIntegrationRegistry;
  readonly #taskRunner: SchedulerServiceTaskRunner;
  #connection?: EntityProviderConnection;
  #etag?: string;

  constructor(
    config: NetworkContractsProviderConfig,
    deps: {
      logger: LoggerService;
      reader: UrlReaderService;
      integrations: ScmIntegrationRegistry;
      taskRunner: SchedulerServiceTaskRunner;
    },
  ) {
    this.#config = config;
    this.#logger = deps.logger.child({
      provider: this.getProviderName(),
      target: config.target,
    });
    this.#reader = deps.reader;
    this.#integrations = deps.integrations;
    this.#taskRunner = deps.taskRunner;
  }

  getProviderName(): string {
    return `network-contracts:${this.#config.id}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    await this.#taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: async () => {
        try {
          await this.refresh();
        } catch (error) {
          this.#logger.error(
            'Could not read the network contracts',
            toError(error),
          );
        }
      },
    });
  }

  /**
   * Reads the mesh and applies a full mutation. Called by the schedule;
   * public so that tests and admin actions can run it on demand.
   */
  async refresh(): Promise<NetworkContractsRunSummary> {
    if (!this.#connection) {
      throw new Error(`${this.getProviderName()} is not connected yet`);
    }
    const started = Date.now();
    const logger = this.#logger.child({ run: new Date(started).toISOString() });

    let files;
    try {
      files = await readNetworkContractFiles(this.#config.target, {
        reader: this.#reader,
        etag: this.#etag,
      });
    } catch (error) {
      if (error instanceof NotModifiedError) {
        logger.debug('Contract files unchanged since the last run');
        return summary(false, 0, 0, 0, 0, started);
      }
      throw error;
    }

    const built = buildContractEntities(files, {
      mesh: this.#config.mesh,
      namespace: this.#config.namespace,
      owner: this.#config.owner,
      lifecycle: this.#config.lifecycle,
      locate: locateContractFile(files, this.#integrations),
    });

    for (const file of built.rejected) {
      for (const problem of file.problems) {
        logger.warn(`Skipped ${file.path}: ${formatProblem(problem)}`);
      }
    }
    for (const problem of built.warnings) {
      logger.debug(formatProblem(problem));
    }

    const locationKey = this.getProviderName();
    const namespace = this.#config.namespace ?? 'default';
    const entities: DeferredEntity[] = [
      ...built.entities.map(({ entity }) => ({ entity, locationKey })),
      ...built.rejected.map(file => ({
        entity: problemLocationEntity(built.mesh, namespace, file),
        locationKey,
      })),
    ];
    await this.#connection.applyMutation({ type: 'full', entities });
    this.#etag = files.etag;

    const result = summary(
      true,
      files.services.length,
      built.entities.length,
      built.rejected.length,
      built.warnings.length,
      started,
    );
    logger.info(
      `Read ${result.files} metadata files of mesh ${built.mesh}: ` +
        `${result.entities} entities, ${result.rejectedFiles} files ` +
        `rejected, ${result.warnings} warnings, in ${result.durationMs} ms`,
    );
    return result;
  }
}

function summary(
  changed: boolean,
  files: number,
  entities: number,
  rejectedFiles: number,
  warnings: number,
  started: number,
): NetworkContractsRunSummary {
  return {
    changed,
    files,
    entities,
    rejectedFiles,
    warnings,
    durationMs: Date.now() - started,
  };
}
