import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { policyIndex } from '../policyIndex';

/**
 * A published port is a route from the host, and whatever reaches the
 * host, into an isolated tier.
 *
 * @public
 */
export const dataTierPublishedPort: EnvironmentRule = defineEnvironmentRule({
  id: 'isolation/data-tier-published-port',
  category: 'isolation',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Isolated service publishes a host port',
  summary: 'A service of an internal tier publishes a port on the host.',
  *check(ctx) {
    const index = policyIndex(ctx.policy);
    for (const service of ctx.topology.services.values()) {
      if (!index.isIsolated(service.tier)) {
        continue;
      }
      for (const [i, port] of service.publishedPorts.entries()) {
        const host = port.published ?? 'an ephemeral port';
        yield {
          service: service.name,
          message:
            `Service "${service.name}" of isolated tier ${service.tier} ` +
            `publishes container port ${port.target} on host ${host}.`,
          remediation:
            'Replace the ports entry with expose; callers reach it over the ' +
            'tier network.',
          position: ctx.at(
            `services.${service.name}.ports[${i}]`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
