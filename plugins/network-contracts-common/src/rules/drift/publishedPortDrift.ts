import type { ComposePortLike } from '../../model/ComposeProjectLike';
import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { servicesInBoth } from './servicesInBoth';

function portKey(port: ComposePortLike): string {
  return [
    port.host_ip ?? '',
    port.published ?? '',
    port.target,
    port.protocol ?? 'tcp',
  ].join(':');
}

/**
 * A port published only by an overlay opens the host in one environment
 * without anyone seeing it in the base files.
 *
 * @public
 */
export const publishedPortDrift: EnvironmentRule = defineEnvironmentRule({
  id: 'drift/published-port',
  category: 'drift',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Overlay publishes a port',
  summary:
    'In an overlay environment a service publishes a port the first ' +
    'environment does not.',
  *check(ctx) {
    for (const { service, before, base } of servicesInBoth(ctx)) {
      const known = new Set(before.publishedPorts.map(portKey));
      for (const [i, port] of service.publishedPorts.entries()) {
        if (known.has(portKey(port))) {
          continue;
        }
        const host = port.published ?? 'an ephemeral port';
        yield {
          service: service.name,
          message:
            `Service "${service.name}" publishes ${port.target} on host ` +
            `${host} in ${ctx.environment} but not in ` +
            `${base.environment}.`,
          remediation:
            'Publish it in the base file if every environment needs it, or ' +
            'drop it from the overlay.',
          position: ctx.at(
            `services.${service.name}.ports[${i}]`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
