import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);

/**
 * A port without a host IP listens on every interface of the host,
 * including public ones; a policy that lists interfaces wants that choice
 * made on purpose.
 *
 * @public
 */
export const unboundHostInterface: EnvironmentRule = defineEnvironmentRule({
  id: 'ports/unbound-host-interface',
  category: 'ports',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Published port on a host interface the policy does not allow',
  summary:
    'With ports.allowed_host_ips set, a port binds every host interface or ' +
    'one the policy does not list.',
  *check(ctx) {
    const allowed = ctx.policy.ports.allowedHostIps;
    if (!allowed) {
      return;
    }
    for (const service of ctx.topology.services.values()) {
      for (const [i, port] of service.publishedPorts.entries()) {
        const ip = port.host_ip ?? '0.0.0.0';
        if (allowed.includes(ip)) {
          continue;
        }
        const where = EVERY_INTERFACE.has(ip)
          ? 'every host interface'
          : `host interface ${ip}`;
        yield {
          service: service.name,
          message:
            `Service "${service.name}" publishes port ` +
            `${port.published ?? port.target} on ${where}; the policy ` +
            `allows ${allowed.join(', ')}.`,
          remediation:
            `Bind it to an allowed interface, as in ` +
            `"${allowed[0]}:${port.published ?? port.target}:${port.target}".`,
          position: ctx.at(
            `services.${service.name}.ports[${i}]`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
