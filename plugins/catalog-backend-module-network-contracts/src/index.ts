/***/
/**
 * The network-contracts-provider module for @backstage/plugin-catalog-backend
 *
 * @packageDocumentation
 */

export { catalogModuleNetworkContracts as default } from './module';
