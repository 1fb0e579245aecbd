import { closestName } from '../../metadata/closestName';
import { defineMeshRule, MeshRule } from '../Rule';
import { metadataAt } from '../RuleContext';

/**
 * A tier the policy does not define cannot be placed or isolated.
 *
 * @public
 */
export const unknownTier: MeshRule = defineMeshRule({
  id: 'metadata/unknown-tier',
  category: 'metadata',
  defaultSeverity: 'error',
  scope: 'mesh',
  title: 'Unknown tier',
  summary: 'A metadata file names a tier the policy does not define.',
  *check(ctx) {
    const tiers = Object.keys(ctx.policy.tiers);
    for (const metadata of ctx.metadata) {
      if (Object.prototype.hasOwnProperty.call(ctx.policy.tiers, metadata.tier)) {
        continue;
      }
      const guess = closestName(metadata.tier, tiers);
      yield {
        service: metadata.composeService,
        message:
          `Service "${metadata.serviceName}" is in tier "${metadata.tier}", ` +
          'which the policy does not define.',
        remediation: guess
          ? `Did you mean "${guess}"? Tiers: ${tiers.join(', ')}.`
          : `Use one of ${tiers.join(', ')}, or add the tier to the policy.`,
        position: metadataAt(metadata, 'tier'),
      };
    }
  },
});
