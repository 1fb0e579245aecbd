export { networkContractsApiRef } from './NetworkContractsApi';
export type { NetworkContractsApi, ValidationRun } from './NetworkContractsApi';
export { NetworkContractsClient } from './NetworkContractsClient';
