export { CompliancePage } from './CompliancePage';
export type { CompliancePageProps } from './CompliancePage';
