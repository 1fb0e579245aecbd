import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { metadataAt } from '../RuleContext';

/**
 * Metadata that names no compose service of an environment describes
 * nothing that runs there.
 *
 * @public
 */
export const orphanedMetadata: EnvironmentRule = defineEnvironmentRule({
  id: 'metadata/orphaned',
  category: 'metadata',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Metadata for a service that does not exist',
  summary:
    'A metadata file names a compose service that the environment does ' +
    'not define.',
  *check(ctx) {
    for (const metadata of ctx.topology.unplacedMetadata) {
      yield {
        service: metadata.composeService,
        message:
          `Metadata describes "${metadata.composeService}", which is not a ` +
          `service of environment "${ctx.environment}".`,
        remediation:
          'Delete the file if the service is gone, or correct service_name ' +
          '(or compose_service when the compose name differs).',
        position: metadataAt(metadata, 'compose_service', 'service_name'),
      };
    }
  },
});
