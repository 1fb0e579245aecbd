import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { portNumbers } from './portNumbers';

/**
 * Every published port is a door in the host; the policy lists the doors
 * the mesh needs.
 *
 * @public
 */
export const hostPortNotAllowed: EnvironmentRule = defineEnvironmentRule({
  id: 'ports/host-port-not-allowed',
  category: 'ports',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Published host port not allowed',
  summary:
    'A service publishes a host port that the policy does not list in ' +
    'ports.allowed_host_ports, or lets Docker pick one.',
  *check(ctx) {
    const allowed = new Set(ctx.policy.ports.allowedHostPorts);
    for (const service of ctx.topology.services.values()) {
      for (const [i, port] of service.publishedPorts.entries()) {
        const hostPorts = portNumbers(port.published);
        const denied = hostPorts.filter(p => !allowed.has(p));
        if (hostPorts.length > 0 && denied.length === 0) {
          continue;
        }
        const what =
          port.published === undefined
            ? 'an ephemeral host port Docker picks'
            : `host port ${denied.length ? denied.join(', ') : port.published}`;
        yield {
          service: service.name,
          message:
            `Service "${service.name}" publishes container port ` +
            `${port.target} on ${what}, which the policy does not allow.`,
          remediation:
            'Use expose and reach the service through the proxy, or add the ' +
            'port to ports.allowed_host_ports with a reason.',
          position: ctx.at(
            `services.${service.name}.ports[${i}]`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
