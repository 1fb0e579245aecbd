import { defineMeshRule, MeshRule } from '../Rule';
import { policyAt } from '../RuleContext';

/**
 * A waiver is a promise to fix something by a date; once the date has
 * passed the promise is broken, and the waiver stops covering anything.
 *
 * @public
 */
export const expiredWaiver: MeshRule = defineMeshRule({
  id: 'waiver/expired',
  category: 'waiver',
  defaultSeverity: 'error',
  scope: 'mesh',
  title: 'Expired waiver',
  summary:
    'A waiver of the policy is past its expiry date; it no longer covers ' +
    'findings.',
  *check(ctx) {
    for (const [i, waiver] of ctx.policy.waivers.entries()) {
      if (waiver.expires >= ctx.today) {
        continue;
      }
      yield {
        service: waiver.service,
        environment: waiver.environment,
        message:
          `The waiver of ${waiver.rule} for "${waiver.service}" expired on ` +
          `${waiver.expires} (owner ${waiver.owner}).`,
        remediation:
          'Fix what it waived and delete the waiver, or agree a new date ' +
          'with its owner.',
        position: policyAt(ctx.policy, `waivers.${i}.expires`, `waivers.${i}`),
      };
    }
  },
});
