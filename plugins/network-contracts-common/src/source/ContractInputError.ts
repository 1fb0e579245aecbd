import { InputError } from '@backstage/errors';
import { formatProblem, InputProblem } from './position';

/**
 * Thrown when an input file (compose, service metadata or policy) cannot be
 * used. The message starts with `file:line:column:` and the structured
 * problems travel with the error, so callers can show each one where it
 * belongs.
 *
 * @public
 */
export class ContractInputError extends InputError {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[] | InputProblem, cause?: unknown) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'), cause);
    this.problems = list;
  }
}
