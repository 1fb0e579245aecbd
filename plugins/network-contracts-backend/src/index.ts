export { networkContractsPlugin as default } from './plugin';
