export { NetworkContractContent } from './NetworkContractContent';
