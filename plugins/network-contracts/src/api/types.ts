import type {
  Finding,
  FindingWaiver,
  RuleDefinition,
} from '@internal/plugin-network-contracts-common';

export type { GraphJson } from '@internal/plugin-network-contracts-common';

/**
 * Unwaived findings by severity, and the number of waived ones.
 *
 * @public
 */
export interface RunCounts {
  error: number;
  warning: number;
  info: number;
  /** Waived findings; older backends leave it out. */
  waived?: number;
}

/**
 * Findings by severity.
 *
 * @public
 */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/**
 * One validation of the network contracts of a mesh, as the backend
 * reports it.
 *
 * @public
 */
export interface ValidationRun {
  id: string;
  /** The mesh the run validated. */
  mesh: string;
  status: 'running' | 'succeeded' | 'failed';
  trigger: 'schedule' | 'manual';
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
  revision?: string;
  counts: RunCounts;
  /** Why the run failed; set for failed runs only. */
  failure?: string;
}

/**
 * A mesh the backend validates, with its latest runs.
 *
 * @public
 */
export interface MeshSummary {
  name: string;
  target: string;
  /** The configured environments; empty means all of the policy's. */
  environments: string[];
  latestRun: ValidationRun | null;
  latestSuccessfulRun?: ValidationRun | null;
}

/**
 * A finding as the backend serves it: the engine's finding with the mesh,
 * the run and the service's tier.
 *
 * @public
 */
export interface ContractFinding extends Finding {
  mesh: string;
  runId: string;
  tier?: string;
}

/**
 * The metadata file of a service, as the backend read it.
 *
 * @public
 */
export interface ServiceContractMetadata {
  serviceName?: string;
  composeService?: string;
  file?: string;
  tier?: string;
  role?: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  description?: string;
  dependencies?: string[];
  exposedPorts?: number[];
  internalEndpoints?: string[];
  securityProfile?: string;
  dnsAliases?: string[];
  tags?: string[];
}

/**
 * The network of one service in one environment.
 *
 * @public
 */
export interface EffectiveNetwork {
  environment: string;
  /** Whether the environment's compose files define the service. */
  present: boolean;
  /** `networks`, `service:<name>`, `host`, `none` or `unresolved`. */
  networkMode: string;
  networks: Array<{
    network: string;
    aliases: string[];
    ipv4Address?: string;
    internal?: boolean;
    tier?: string;
  }>;
  publishedPorts: Array<{
    target: number;
    published?: string;
    hostIp?: string;
    protocol: string;
  }>;
  exposedPorts: string[];
  hostname?: string;
  containerName?: string;
  dependencies: Array<{
    service: string;
    reachable: boolean;
    networks: string[];
    viaHost?: boolean;
    resolved?: boolean;
  }>;
  undeclaredPeers: Array<{ service: string; networks: string[] }>;
}

/**
 * The contract of one service as the latest successful run saw it.
 *
 * @public
 */
export interface ServiceContract {
  mesh: string;
  runId: string;
  name: string;
  /** The metadata file; null when the service has none. */
  metadata: ServiceContractMetadata | null;
  environments: EffectiveNetwork[];
  findings: ContractFinding[];
}

/**
 * A waiver of the policy with how long it still holds.
 *
 * @public
 */
export interface ComplianceWaiver extends FindingWaiver {
  daysLeft: number;
  expired: boolean;
  /** Whether it covers a finding of the run. */
  used: boolean;
}

/**
 * The compliance figures of one mesh.
 *
 * @public
 */
export interface Compliance {
  mesh: string;
  /** The latest successful run, which the figures are of. */
  run: ValidationRun;
  /**
   * The newest run whatever its status; older backends leave it out.
   */
  latestRun?: ValidationRun;
  bySeverity: SeverityCounts;
  byCategory: Record<string, SeverityCounts>;
  /** Keyed by tier; findings of no tier under `none`. */
  byTier: Record<string, SeverityCounts>;
  services: Array<{ service: string; tier?: string; open: SeverityCounts }>;
  waivers: ComplianceWaiver[];
  /** Past runs of the mesh, oldest first. */
  trend: Array<{
    runId: string;
    startedAt: string;
    status: string;
    counts: RunCounts;
  }>;
}

/**
 * Filters of the findings list; each takes one value.
 *
 * @public
 */
export interface FindingsQuery {
  mesh?: string;
  environment?: string;
  tier?: string;
  severity?: string;
  category?: string;
  service?: string;
  waived?: boolean;
}

/**
 * The formats of the export endpoint.
 *
 * @public
 */
export type ExportFormat = 'json' | 'dot' | 'mermaid' | 'svg' | 'sarif';

/**
 * A rule of the catalogue with its page.
 *
 * @public
 */
export interface RuleDoc {
  rule: RuleDefinition;
  /** The page's Markdown; null when the backend has no page for it. */
  markdown: string | null;
}
