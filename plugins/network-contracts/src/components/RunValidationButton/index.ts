export { RunValidationButton } from './RunValidationButton';
export type { RunValidationButtonProps } from './RunValidationButton';
