export { TierPicker } from './TierPicker';
export { TierFilter } from './TierFilter';
