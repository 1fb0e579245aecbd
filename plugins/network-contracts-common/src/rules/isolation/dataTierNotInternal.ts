import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

/**
 * An isolated tier is only isolated when Docker gives its network no route
 * out: `internal: true`.
 *
 * @public
 */
export const dataTierNotInternal: EnvironmentRule = defineEnvironmentRule({
  id: 'isolation/data-tier-not-internal',
  category: 'isolation',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Isolated tier network is not internal',
  summary:
    'The policy requires a tier network to be internal and the compose ' +
    'network is not.',
  *check(ctx) {
    for (const [tier, spec] of Object.entries(ctx.policy.tiers)) {
      const network = ctx.topology.networks.get(spec.network);
      if (!spec.internal || !network || network.internal) {
        continue;
      }
      yield {
        message:
          `Network "${spec.network}" implements ${tier}, which the policy ` +
          'requires to be internal, but it is not internal.',
        remediation: `Set "internal: true" on networks.${spec.network}.`,
        position: ctx.at(`networks.${spec.network}`),
      };
    }
  },
});
