export { RulePage } from './RulePage';
export type { RulePageProps } from './RulePage';
