/**
 * The network-contracts plugin for Backstage's new frontend system.
 *
 * @packageDocumentation
 */

export { networkContractsPlugin as default } from './alpha/plugin';
