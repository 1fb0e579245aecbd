import { closestName } from '../../metadata/closestName';
import { defineMeshRule, MeshRule } from '../Rule';
import { metadataAt } from '../RuleContext';

/**
 * A dependency on a service nobody describes cannot be checked.
 *
 * @public
 */
export const unknownDependency: MeshRule = defineMeshRule({
  id: 'metadata/unknown-dependency',
  category: 'metadata',
  defaultSeverity: 'error',
  scope: 'mesh',
  title: 'Unknown dependency',
  summary: 'A service depends on a name that no metadata file describes.',
  *check(ctx) {
    for (const metadata of ctx.metadata) {
      for (const [i, dependency] of metadata.dependencies.entries()) {
        if (
          dependency === metadata.serviceName ||
          ctx.metadataByName.has(dependency)
        ) {
          continue;
        }
        const guess = closestName(dependency, ctx.metadataByName.keys());
        yield {
          service: metadata.composeService,
          message:
            `Service "${metadata.serviceName}" depends on "${dependency}", ` +
            'which has no metadata file.',
          remediation: guess
            ? `Did you mean "${guess}"?`
            : `Add .codex/services/${dependency}.yaml, or remove the ` +
              'dependency.',
          position: metadataAt(metadata, `dependencies.${i}`),
        };
      }
    }
  },
});
