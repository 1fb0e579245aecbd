import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { isKnownTier } from '../policyIndex';

/**
 * A service off its tier's network is outside the segment the policy
 * reasons about, whatever else it joins.
 *
 * @public
 */
export const notOnTierNetwork: EnvironmentRule = defineEnvironmentRule({
  id: 'tier/not-on-tier-network',
  category: 'tier',
  defaultSeverity: 'error',
  scope: 'environment',
  title: "Service is not on its tier's network",
  summary:
    'A service does not join the compose network that implements the tier ' +
    'its metadata declares.',
  *check(ctx) {
    for (const service of ctx.topology.services.values()) {
      if (!isKnownTier(ctx.policy, service.tier)) {
        continue;
      }
      const network = ctx.policy.tiers[service.tier].network;
      if (service.networks.includes(network)) {
        continue;
      }
      const on = service.networks.length
        ? `it is on ${service.networks.join(', ')}`
        : 'it is on no compose network';
      yield {
        service: service.name,
        message:
          `Service "${service.name}" is in tier "${service.tier}" but not on ` +
          `its network "${network}"; ${on}.`,
        remediation:
          `Add "${network}" under services.${service.name}.networks (and ` +
          'define it under the top-level networks), or correct the tier.',
        position: ctx.at(
          ...service.attachments.map(
            a => `services.${service.name}.networks.${a.network}`,
          ),
          `services.${service.name}.network_mode`,
          `services.${service.name}`,
        ),
      };
    }
  },
});
