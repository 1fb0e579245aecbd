import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

/**
 * A predictable container name lets people and scripts find a service
 * (`docker exec <name>`) without knowing how Compose numbers replicas.
 *
 * @public
 */
export const containerNameMismatch: EnvironmentRule = defineEnvironmentRule({
  id: 'identity/container-name-mismatch',
  category: 'identity',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Container name missing or not derived from the service name',
  summary:
    'A service sets no container_name, or one other than the service name ' +
    'or <project>-<service>.',
  *check(ctx) {
    const project = ctx.project.name;
    for (const service of ctx.topology.services.values()) {
      const expected = [service.name, `${project}-${service.name}`];
      if (service.containerName && expected.includes(service.containerName)) {
        continue;
      }
      yield {
        service: service.name,
        message: service.containerName
          ? `Service "${service.name}" has container_name ` +
            `"${service.containerName}".`
          : `Service "${service.name}" sets no container_name.`,
        remediation: `Set "container_name: ${expected[1]}".`,
        position: ctx.at(
          `services.${service.name}.container_name`,
          `services.${service.name}`,
        ),
      };
    }
  },
});
