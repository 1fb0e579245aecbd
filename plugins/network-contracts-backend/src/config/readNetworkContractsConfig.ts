import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { isUrl } from '@internal/plugin-network-contracts-node';
import { resolve as resolvePath } from 'node:path';
import { MeshConfig, NetworkContractsConfig } from './NetworkContractsConfig';

/** Validation rounds run this often when no schedule is configured. */
export const DEFAULT_FREQUENCY = { minutes: 30 };
/** A round may take this long when no schedule is configured. */
export const DEFAULT_TIMEOUT = { minutes: 5 };
/** Runs kept per mesh. */
export const DEFAULT_RETENTION_RUNS = 100;
/** GitHub host whose integration credentials open issues. */
export const DEFAULT_GITHUB_HOST = 'github.com';
/** Label of the GitHub issues, by which they are found again. */
export const DEFAULT_GITHUB_LABEL = 'network-contracts';

const PREFIX = 'networkContracts';
const MESH_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * Reads `networkContracts` from the app config. Throws naming the key and
 * the fix, so that a mistake stops the backend at start rather than at the
 * first run.
 *
 * @public
 */
export function readNetworkContractsConfig(
  root: Config,
): NetworkContractsConfig {
  const config = root.getOptionalConfig(PREFIX);

  return {
    meshes: readMeshes(config?.getOptionalConfig('meshes')),
    schedule: readSchedule(config?.getOptionalConfig('schedule')),
    retentionRuns: readRetention(config),
    notifications:
      config?.getOptionalBoolean('alerts.notifications.enabled') ?? true,
    alertOnFirstRun: config?.getOptionalBoolean('alerts.onFirstRun') ?? false,
    githubIssues: readGithubIssues(config?.getOptionalConfig('alerts')),
  };
}

function readMeshes(config: Config | undefined): MeshConfig[] {
  if (!config) {
    return [];
  }
  return config.keys().map(name => {
    const key = `${PREFIX}.meshes.${name}`;
    if (!MESH_NAME.test(name)) {
      throw new InputError(
        `Invalid mesh name at ${key}: use letters, digits, ".", "_" and "-".`,
      );
    }
    const mesh = config.getConfig(name);
    const target = mesh.getOptionalString('target');
    if (!target) {
      throw new InputError(
        `Missing ${key}.target: set it to the folder that holds .codex/ ` +
          '(relative to the backend) or to a URL of that folder.',
      );
    }
    const environments = mesh.getOptionalStringArray('environments');
    if (environments?.length === 0) {
      throw new InputError(
        `${key}.environments is empty: list at least one environment, or ` +
          'remove the key to validate all of them.',
      );
    }
    return {
      name,
      // Paths are pinned now so that a later change of working directory
      // cannot move the mesh.
      target: isUrl(target) ? target : resolvePath(target),
      ...(environments && { environments }),
    };
  });
}

function readSchedule(
  config: Config | undefined,
): SchedulerServiceTaskScheduleDefinition {
  if (!config) {
    return {
      frequency: DEFAULT_FREQUENCY,
      timeout: DEFAULT_TIMEOUT,
      initialDelay: DEFAULT_FREQUENCY,
      scope: 'global',
    };
  }
  let schedule: SchedulerServiceTaskScheduleDefinition;
  try {
    schedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(config);
  } catch (error) {
    throw new InputError(
      `Invalid ${PREFIX}.schedule: give frequency and timeout as durations ` +
        `such as { minutes: 10 }. ${(error as Error).message}`,
    );
  }
  return {
    ...schedule,
    // Without a delay the scheduler runs at once, on every restart.
    initialDelay:
      schedule.initialDelay ??
      ('cron' in schedule.frequency || 'trigger' in schedule.frequency
        ? undefined
        : schedule.frequency),
    // One replica runs each round when several share a database.
    scope: 'global',
  };
}

function readRetention(config: Config | undefined): number {
  const runs = config?.getOptionalNumber('retention.runs');
  if (runs === undefined) {
    return DEFAULT_RETENTION_RUNS;
  }
  if (!Number.isInteger(runs) || runs < 1) {
    throw new InputError(
      `Invalid ${PREFIX}.retention.runs: ${runs}. Give a whole number of ` +
        `runs to keep per mesh, at least 1 (default ${DEFAULT_RETENTION_RUNS}).`,
    );
  }
  return runs;
}

function readGithubIssues(alerts: Config | undefined) {
  const config = alerts?.getOptionalConfig('githubIssues');
  if (!config?.getOptionalBoolean('enabled')) {
    return undefined;
  }
  const key = `${PREFIX}.alerts.githubIssues.repo`;
  const slug = config.getOptionalString('repo');
  const match = slug?.match(/^([\w.-]+)\/([\w.-]+)$/);
  if (!match) {
    throw new InputError(
      `${slug ? `Invalid ${key} "${slug}"` : `Missing ${key}`}: give the ` +
        'repository as owner/name, or set githubIssues.enabled to false.',
    );
  }
  return {
    owner: match[1],
    repo: match[2],
    host: config.getOptionalString('host') ?? DEFAULT_GITHUB_HOST,
    label: config.getOptionalString('label') ?? DEFAULT_GITHUB_LABEL,
  };
}
