import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

/**
 * On the host's stack a container skips every network of the mesh: it
 * sees all host interfaces and every port published anywhere.
 *
 * @public
 */
export const hostNetworkMode: EnvironmentRule = defineEnvironmentRule({
  id: 'hazard/host-network-mode',
  category: 'hazard',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Service on the host network stack',
  summary:
    'A service uses network_mode: host, or shares the stack of one that ' +
    'does.',
  *check(ctx) {
    for (const service of ctx.topology.services.values()) {
      if (!service.onHostStack) {
        continue;
      }
      const how =
        service.stack.kind === 'service'
          ? `shares the host stack of "${service.stack.service}"`
          : 'uses network_mode: host';
      yield {
        service: service.name,
        message: `Service "${service.name}" ${how}.`,
        remediation:
          'Remove network_mode and join the tier network; publish only the ' +
          'ports the host needs.',
        position: ctx.at(
          `services.${service.name}.network_mode`,
          `services.${service.name}`,
        ),
      };
    }
  },
});
