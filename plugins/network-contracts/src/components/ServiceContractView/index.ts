export { ServiceContractView } from './ServiceContractView';
export type { ServiceContractViewProps } from './ServiceContractView';
