import type { Finding } from '@internal/plugin-network-contracts-common';

/**
 * A finding as the API returns it: the engine's finding with the mesh and
 * run it belongs to, the tier of its service and a fingerprint that stays
 * the same across runs.
 *
 * @public
 */
export interface MeshFinding extends Finding {
  mesh: string;
  runId: string;
  tier?: string;
  /** Hash of mesh, rule, environment, service and message. */
  fingerprint: string;
}

/**
 * A service of one environment.
 *
 * @public
 */
export interface ServiceRef {
  environment: string;
  service: string;
}

/**
 * Two services that can now, or no longer, reach each other; `from` is
 * the one whose networks changed.
 *
 * @public
 */
export interface Reachability {
  environment: string;
  from: string;
  to: string;
  fromTier?: string;
  toTier?: string;
  /** Compose keys of the networks that carry, or carried, the path. */
  networks: string[];
  networkNames?: string[];
}

/**
 * What changed in connectivity from one run of a mesh to the next: the
 * audit trail of the network.
 *
 * @public
 */
export interface ConnectivityChange {
  previousRunId: string | null;
  addedServices: ServiceRef[];
  removedServices: ServiceRef[];
  openedReachability: Reachability[];
  closedReachability: Reachability[];
  /** Findings the run has that the previous one did not. */
  findingsAdded: number;
  /** Findings of the previous run that are gone. */
  findingsFixed: number;
  /** Set when a list was cut at its limit. */
  truncated?: boolean;
}
