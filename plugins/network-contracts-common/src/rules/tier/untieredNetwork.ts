import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { isKnownTier, policyIndex } from '../policyIndex';

/**
 * A network no tier implements is a path the policy cannot reason about.
 * Services of isolated tiers are reported by
 * `isolation/data-service-on-public-network` instead.
 *
 * @public
 */
export const untieredNetwork: EnvironmentRule = defineEnvironmentRule({
  id: 'tier/untiered-network',
  category: 'tier',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Service joins a network outside the tiers',
  summary:
    'A service joins a compose network that implements none of the ' +
    "policy's tiers.",
  *check(ctx) {
    const index = policyIndex(ctx.policy);
    for (const service of ctx.topology.services.values()) {
      if (
        !isKnownTier(ctx.policy, service.tier) ||
        index.isIsolated(service.tier)
      ) {
        continue;
      }
      for (const { network } of service.attachments) {
        if (index.tierOfNetwork.has(network)) {
          continue;
        }
        yield {
          service: service.name,
          message:
            `Service "${service.name}" joins "${network}", a network that ` +
            'implements no tier of the policy.',
          remediation:
            `Move the service to "${ctx.policy.tiers[service.tier].network}", ` +
            'or make the network a tier in the policy.',
          position: ctx.at(
            `services.${service.name}.networks.${network}`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
