import { createApiRef } from '@backstage/frontend-plugin-api';

/**
 * One validation of the network contracts of a mesh, as the backend
 * reports it.
 *
 * @public
 */
export interface ValidationRun {
  id: string;
  source: string;
  status: 'running' | 'succeeded' | 'failed';
  trigger: 'schedule' | 'manual';
  startedAt: string;
  finishedAt?: string;
  counts: { error: number; warning: number; info: number };
  failure?: string;
}

/**
 * Talks to the network-contracts backend.
 *
 * @public
 */
export interface NetworkContractsApi {
  /** The newest validation runs first. */
  listRuns(options?: { limit?: number }): Promise<ValidationRun[]>;
}

/**
 * @public
 */
export const networkContractsApiRef = createApiRef<NetworkContractsApi>({
  id: 'plugin.network-contracts',
});
