import { defineMeshRule, MeshRule } from '../Rule';
import { readProblemHits } from './readProblemHits';

/**
 * Relays the policy reader's warnings; a policy with errors cannot be used
 * and `validateMesh` throws instead.
 *
 * @public
 */
export const invalidPolicy: MeshRule = defineMeshRule({
  id: 'metadata/invalid-policy',
  category: 'metadata',
  defaultSeverity: 'warning',
  scope: 'mesh',
  title: 'Questionable policy file',
  summary:
    'The policy file holds something the reader had to ignore, such as an ' +
    'unknown field or a severity for a rule that does not exist.',
  check(ctx) {
    return readProblemHits(
      ctx.policyProblems,
      'Correct the policy as docs/policy-file.md describes.',
    );
  },
});
