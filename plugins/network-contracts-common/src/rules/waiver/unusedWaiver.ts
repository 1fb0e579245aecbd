import type { RuleDefinition } from '../Rule';
import { docPathOf } from '../Rule';

/**
 * A waiver that covers nothing hides the next finding of the same kind
 * before anyone has looked at it. Checked by `applyWaivers`, after every
 * other rule.
 *
 * @public
 */
export const unusedWaiver: RuleDefinition = {
  id: 'waiver/unused',
  category: 'waiver',
  defaultSeverity: 'info',
  title: 'Waiver covers nothing',
  summary:
    'A waiver that has not expired matches no finding of the environments ' +
    'validated.',
  docPath: docPathOf('waiver/unused'),
};
