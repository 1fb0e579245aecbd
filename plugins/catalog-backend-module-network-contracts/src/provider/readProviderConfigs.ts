import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Config path of the providers, one entry per mesh. */
export const PROVIDERS_CONFIG_KEY = 'catalog.providers.networkContracts';

/** Every half hour, with three minutes to read a mesh. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 3 },
};

/**
 * One configured mesh: `catalog.providers.networkContracts.<id>`.
 *
 * @public
 */
export interface NetworkContractsProviderConfig {
  id: string;
  /** Directory path (relative to the backend's working directory) or URL. */
  target: string;
  schedule: SchedulerServiceTaskScheduleDefinition;
  mesh?: string;
  namespace?: string;
  owner?: string;
  lifecycle?: string;
}

/**
 * Reads every configured mesh, failing at startup with the key and the fix
 * rather than at the first scheduled run.
 *
 * @public
 */
export function readProviderConfigs(
  config: Config,
): NetworkContractsProviderConfig[] {
  const providers = config.getOptionalConfig(PROVIDERS_CONFIG_KEY);
  if (!providers) {
    return [];
  }

  return providers.keys().map(id => {
    const key = `${PROVIDERS_CONFIG_KEY}.${id}`;
    const entry = providers.getConfig(id);

    const target = entry.getOptionalString('target');
    if (!target) {
      throw new InputError(
        `Missing ${key}.target. Set it to the directory that holds .codex/ ` +
          '(relative to the backend) or to the URL of that folder.',
      );
    }

    let schedule = DEFAULT_SCHEDULE;
    if (entry.has('schedule')) {
      try {
        schedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(
          entry.getConfig('schedule'),
        );
      } catch (error) {
        throw new InputError(
          `Invalid ${key}.schedule. Give a frequency and a timeout, such as ` +
            '{ frequency: { minutes: 30 }, timeout: { minutes: 3 } }.',
          error,
        );
      }
    }

    return {
      id,
      target,
      schedule,
      mesh: entry.getOptionalString('mesh'),
      namespace: entry.getOptionalString('namespace'),
      owner: entry.getOptionalString('owner'),
      lifecycle: entry.getOptionalString('lifecycle'),
    };
  });
}
