import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import {
  ScmIntegrationRegistry,
  ScmIntegrations,
} from '@backstage/integration';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { formatProblem } from '@internal/plugin-network-contracts-common';
import {
  meshRootOf,
  readNetworkContractFiles,
} from '@internal/plugin-network-contracts-node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildContractEntities } from '../mapping/buildContractEntities';
import {
  MESH_LOCATION_TYPE,
  METADATA_FILE_LOCATION_TYPE,
} from '../mapping/constants';
import { locateContractFile } from '../mapping/locateContractFile';

const METADATA_FILE_TARGET = /\/\.codex\/services\/[^/]+\.ya?ml$/;
const CODEX_TARGET = /\/\.codex(\/services)?\/*$/;
const FILE_LIKE_URL = /\.[a-z0-9]+$/i;

/**
 * Reads locations that point at a mesh: type `network-contracts`, or `url`
 * and `file` locations whose target is a `.codex/services` folder, a
 * `.codex` folder or a folder holding `.codex/`. It also reports the
 * problems of single metadata files (`network-contracts-file` locations)
 * as processing errors.
 *
 * @public
 */
export class NetworkContractsProcessor implements CatalogProcessor {
  static fromConfig(
    config: Config,
    deps: { reader: UrlReaderService },
  ): NetworkContractsProcessor {
    return new NetworkContractsProcessor({
      reader: deps.reader,
      integrations: ScmIntegrations.fromConfig(config),
    });
  }

  readonly #reader: UrlReaderService;
  readonly #integrations: ScmIntegrationRegistry;

  constructor(deps: {
    reader: UrlReaderService;
    integrations: ScmIntegrationRegistry;
  }) {
    this.#reader = deps.reader;
    this.#integrations = deps.integrations;
  }

  getProcessorName(): string {
    return 'NetworkContractsProcessor';
  }

  // Ahead of the stock url and file readers, which would take a folder URL
  // for a YAML file and fail on it.
  getPriority(): number {
    return 10;
  }

  async readLocation(
    location: LocationSpec,
    optional: boolean,
    emit: CatalogProcessorEmit,
  ): Promise<boolean> {
    if (location.type === METADATA_FILE_LOCATION_TYPE) {
      await this.#reportFile(location, emit);
      return true;
    }
    if (!this.#isMesh(location)) {
      return false;
    }

    let files;
    try {
      files = await readNetworkContractFiles(location.target, {
        reader: this.#reader,
      });
    } catch (error) {
      // A url location at a folder without .codex/ is not ours to fail.
      const guessed =
        location.type === 'url' && !CODEX_TARGET.test(location.target);
      if (error instanceof NotFoundError && guessed) {
        return false;
      }
      if (error instanceof NotFoundError && optional) {
        return true;
      }
      emit(processingResult.generalError(location, String(error)));
      return true;
    }

    const built = buildContractEntities(files, {
      locate: locateContractFile(files, this.#integrations),
    });
    for (const { entity, location: from } of built.entities) {
      emit(processingResult.entity(specOf(location, from.target), entity));
    }
    for (const file of built.rejected) {
      // Each bad file becomes a Location of its own, so that its error
      // blocks only that Location and every other entity still lands.
      emit(
        processingResult.location({
          type: METADATA_FILE_LOCATION_TYPE,
          target: file.location.target,
        }),
      );
    }
    return true;
  }

  #isMesh(location: LocationSpec): boolean {
    const { type, target } = location;
    if (type === MESH_LOCATION_TYPE) {
      return true;
    }
    if (type === 'file') {
      return (
        CODEX_TARGET.test(target) || existsSync(join(target, '.codex/services'))
      );
    }
    if (type === 'url') {
      const path = target.split(/[?#]/)[0];
      return CODEX_TARGET.test(path) || !FILE_LIKE_URL.test(path);
    }
    return false;
  }

  async #reportFile(location: LocationSpec, emit: CatalogProcessorEmit) {
    if (!METADATA_FILE_TARGET.test(location.target)) {
      emit(
        processingResult.inputError(
          location,
          `${location.target} is not a .codex/services/*.yaml file. Point ` +
            `a ${METADATA_FILE_LOCATION_TYPE} location at one metadata file.`,
        ),
      );
      return;
    }

    // Dependencies are checked against the other files, so the whole mesh
    // is read again; this happens only for files that had an error.
    const root = meshRootOf(location.target.replace(/\/[^/]+$/, ''));
    const files = await readNetworkContractFiles(root, {
      reader: this.#reader,
    });
    const built = buildContractEntities(files, {
      locate: locateContractFile(files, this.#integrations),
    });

    const rejected = built.rejected.find(
      file => file.location.target === location.target,
    );
    if (rejected) {
      const problems = rejected.problems.map(formatProblem).join('\n');
      emit(processingResult.inputError(location, problems));
    }
  }
}

function specOf(parent: LocationSpec, target: string): LocationSpec {
  const type = parent.type === MESH_LOCATION_TYPE ? guessType(target) : '';
  return { type: type || parent.type, target };
}

function guessType(target: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? 'url' : 'file';
}
