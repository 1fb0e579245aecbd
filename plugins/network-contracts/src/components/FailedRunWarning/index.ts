export { FailedRunWarning, MeshFailedRunWarning } from './FailedRunWarning';
export type { FailedRunWarningProps } from './FailedRunWarning';
