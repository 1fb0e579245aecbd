import { createApiRef } from '@backstage/frontend-plugin-api';
import type { RuleDefinition } from '@internal/plugin-network-contracts-common';
import type {
  Compliance,
  ContractFinding,
  ExportFormat,
  FindingsQuery,
  GraphJson,
  MeshSummary,
  RuleDoc,
  ServiceContract,
  ValidationRun,
} from './types';

/**
 * Talks to the network-contracts backend, `/api/network-contracts/v1`.
 *
 * @public
 */
export interface NetworkContractsApi {
  /** The configured meshes, each with its latest run. */
  listMeshes(): Promise<MeshSummary[]>;
  /**
   * The contract of one service. Rejects with a `ResponseError` of status
   * 404 when the backend does not know the service.
   */
  getServiceContract(
    name: string,
    options?: { mesh?: string },
  ): Promise<ServiceContract>;
  /** The graph of one environment; the first one when none is given. */
  getTopology(options?: {
    mesh?: string;
    environment?: string;
  }): Promise<GraphJson>;
  /** Findings of the latest successful runs, filtered. */
  listFindings(query?: FindingsQuery): Promise<ContractFinding[]>;
  /** The newest validation runs first. */
  listRuns(options?: {
    mesh?: string;
    limit?: number;
  }): Promise<ValidationRun[]>;
  /** One run. */
  getRun(id: string): Promise<ValidationRun>;
  /** Starts a run of one mesh, or of every mesh. */
  startRun(options?: { mesh?: string }): Promise<ValidationRun[]>;
  /** The compliance figures of a mesh. */
  getCompliance(options?: { mesh?: string }): Promise<Compliance>;
  /** The latest successful run in an exchange format, as text. */
  exportDocument(options: {
    format: ExportFormat;
    mesh?: string;
    environment?: string;
  }): Promise<string>;
  /** The rule catalogue. */
  listRules(): Promise<RuleDefinition[]>;
  /**
   * One rule with its page. Rejects with a `ResponseError` of status 404
   * for an unknown rule.
   */
  getRule(id: string): Promise<RuleDoc>;
}

/**
 * @public
 */
export const networkContractsApiRef = createApiRef<NetworkContractsApi>({
  id: 'plugin.network-contracts',
});
