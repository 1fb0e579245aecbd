import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

/**
 * Logs, metrics and traces name a container by its hostname; when it is
 * the service name, every signal points at the right contract.
 *
 * @public
 */
export const hostnameMismatch: EnvironmentRule = defineEnvironmentRule({
  id: 'identity/hostname-mismatch',
  category: 'identity',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Hostname missing or not the service name',
  summary: 'A service sets no hostname, or one other than its service name.',
  *check(ctx) {
    for (const service of ctx.topology.services.values()) {
      // Docker refuses a hostname on a shared or host stack.
      if (service.stack.kind !== 'networks' || service.hostname === service.name) {
        continue;
      }
      yield {
        service: service.name,
        message: service.hostname
          ? `Service "${service.name}" has hostname "${service.hostname}".`
          : `Service "${service.name}" sets no hostname.`,
        remediation: `Set "hostname: ${service.name}".`,
        position: ctx.at(
          `services.${service.name}.hostname`,
          `services.${service.name}`,
        ),
      };
    }
  },
});
