import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

/**
 * Docker refuses a second container with a name already taken, so one of
 * the two services never starts.
 *
 * @public
 */
export const duplicateContainerName: EnvironmentRule = defineEnvironmentRule({
  id: 'identity/duplicate-container-name',
  category: 'identity',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Two services with one container name',
  summary: 'Two services of an environment set the same container_name.',
  *check(ctx) {
    const holders = new Map<string, string[]>();
    for (const service of ctx.topology.services.values()) {
      if (service.containerName) {
        const list = holders.get(service.containerName) ?? [];
        list.push(service.name);
        holders.set(service.containerName, list);
      }
    }
    for (const [name, services] of holders) {
      if (services.length < 2) {
        continue;
      }
      for (const service of services) {
        const others = services.filter(s => s !== service);
        yield {
          service,
          message:
            `Service "${service}" has container_name "${name}", as does ` +
            `${others.join(', ')}.`,
          remediation: `Set "container_name: ${ctx.project.name}-${service}".`,
          position: ctx.at(
            `services.${service}.container_name`,
            `services.${service}`,
          ),
        };
      }
    }
  },
});
