export type { SourcePosition, InputProblem } from './position';
export { formatPosition, formatProblem } from './position';
export { ContractInputError } from './ContractInputError';
