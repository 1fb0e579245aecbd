/**
 * The network-contracts backend plugin.
 *
 * @packageDocumentation
 */

export { networkContractsPlugin as default } from './plugin';
export { RunStore } from './database/RunStore';
export type { Run, RunCounts, RunDetail, RunStatus } from './database/RunStore';
export type { ConnectivityChange, MeshFinding } from './validation/types';
