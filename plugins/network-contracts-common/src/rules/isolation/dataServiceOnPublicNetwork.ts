import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { policyIndex } from '../policyIndex';

/**
 * One non-internal network is enough to give an isolated service a route
 * out and to put it next to services of other tiers.
 *
 * @public
 */
export const dataServiceOnPublicNetwork: EnvironmentRule = defineEnvironmentRule({
  id: 'isolation/data-service-on-public-network',
  category: 'isolation',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Isolated service on a public or untiered network',
  summary:
    'A service of an internal tier joins a network that is not internal or ' +
    'implements no tier.',
  *check(ctx) {
    const index = policyIndex(ctx.policy);
    for (const service of ctx.topology.services.values()) {
      if (!index.isIsolated(service.tier)) {
        continue;
      }
      const own = ctx.policy.tiers[service.tier!].network;
      for (const { network } of service.attachments) {
        const spec = ctx.topology.networks.get(network);
        const tiered = index.tierOfNetwork.has(network);
        // Its own network not being internal is data-tier-not-internal.
        if (network === own || (tiered && spec?.internal)) {
          continue;
        }
        const why = tiered ? 'is not internal' : 'implements no tier';
        yield {
          service: service.name,
          message:
            `Service "${service.name}" of isolated tier ${service.tier} ` +
            `joins "${network}", which ${why}.`,
          remediation:
            `Keep the service on "${own}" ` +
            'only, and let callers join that network through a policy flow.',
          position: ctx.at(
            `services.${service.name}.networks.${network}`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
