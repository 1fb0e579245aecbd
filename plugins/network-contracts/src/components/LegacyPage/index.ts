export { LegacyPage } from './LegacyPage';
export type { LegacyPageProps } from './LegacyPage';
