import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';

/**
 * One mesh to validate.
 *
 * @public
 */
export interface MeshConfig {
  /** Key under `networkContracts.meshes`. */
  name: string;
  /** Directory path or URL of the folder holding `.codex/`. */
  target: string;
  /** Environments to validate; undefined means all of the policy. */
  environments?: string[];
}

/**
 * Where GitHub issues are opened for broken contracts.
 *
 * @public
 */
export interface GithubIssuesConfig {
  owner: string;
  repo: string;
  host: string;
  label: string;
}

/**
 * The plugin's configuration, read and checked.
 *
 * @public
 */
export interface NetworkContractsConfig {
  meshes: MeshConfig[];
  schedule: SchedulerServiceTaskScheduleDefinition;
  retentionRuns: number;
  notifications: boolean;
  /** Whether the first successful run of a mesh alerts; default false. */
  alertOnFirstRun: boolean;
  /** Undefined when GitHub issues are off. */
  githubIssues?: GithubIssuesConfig;
}
