import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

/**
 * A compose service without a metadata file has no contract to check.
 *
 * @public
 */
export const missingMetadata: EnvironmentRule = defineEnvironmentRule({
  id: 'metadata/missing',
  category: 'metadata',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Service has no metadata',
  summary:
    'A compose service has no .codex/services file, so its tier and ' +
    'dependencies are unknown.',
  *check(ctx) {
    for (const service of ctx.topology.services.values()) {
      if (service.metadata) {
        continue;
      }
      yield {
        service: service.name,
        message: `Service "${service.name}" has no metadata file.`,
        remediation:
          `Add .codex/services/${service.name}.yaml with its tier and ` +
          'dependencies.',
        position: ctx.at(`services.${service.name}`),
      };
    }
  },
});
