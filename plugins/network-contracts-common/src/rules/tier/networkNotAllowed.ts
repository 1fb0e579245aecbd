import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { isKnownTier, policyIndex } from '../policyIndex';

/**
 * Joining another tier's network opens every service there to this one;
 * the policy's flows say which tiers may do so.
 *
 * @public
 */
export const networkNotAllowed: EnvironmentRule = defineEnvironmentRule({
  id: 'tier/network-not-allowed',
  category: 'tier',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Service joins a network its tier may not join',
  summary:
    "A service joins another tier's network without a policy flow from its " +
    'tier to that one.',
  *check(ctx) {
    const index = policyIndex(ctx.policy);
    for (const service of ctx.topology.services.values()) {
      if (!isKnownTier(ctx.policy, service.tier)) {
        continue;
      }
      for (const { network } of service.attachments) {
        const other = index.tierOfNetwork.get(network);
        if (!other || index.flowAllowed(service.tier, other)) {
          continue;
        }
        yield {
          service: service.name,
          message:
            `Service "${service.name}" (${service.tier}) joins "${network}", ` +
            `the network of ${other}, and the policy has no flow ` +
            `${service.tier} -> ${other}.`,
          remediation:
            `Remove "${network}" from the service's networks, or add a flow ` +
            `{ from: ${service.tier}, to: ${other} } to the policy with its ` +
            'reason.',
          position: ctx.at(
            `services.${service.name}.networks.${network}`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
