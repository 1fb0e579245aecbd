/**
 * The network-contracts backend plugin.
 *
 * @packageDocumentation
 */

export { networkContractsPlugin as default } from './plugin';
export { RunStore } from './database/RunStore';
export type { Run, RunStatus } from './database/RunStore';
