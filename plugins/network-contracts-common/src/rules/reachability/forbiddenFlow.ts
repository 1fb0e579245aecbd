import { defineMeshRule, MeshRule } from '../Rule';
import { metadataAt } from '../RuleContext';
import { isKnownTier, policyIndex } from '../policyIndex';

/**
 * A dependency across tiers needs a flow in the policy; without one, the
 * contract asks for a path the segmentation forbids.
 *
 * @public
 */
export const forbiddenFlow: MeshRule = defineMeshRule({
  id: 'reachability/forbidden-flow',
  category: 'reachability',
  defaultSeverity: 'error',
  scope: 'mesh',
  title: 'Cross-tier dependency the policy forbids',
  summary:
    'A service depends on a service of another tier and the policy has no ' +
    'flow between the two tiers.',
  *check(ctx) {
    const index = policyIndex(ctx.policy);
    for (const metadata of ctx.metadata) {
      if (!isKnownTier(ctx.policy, metadata.tier)) {
        continue;
      }
      for (const [i, dependency] of metadata.dependencies.entries()) {
        const target = ctx.metadataByName.get(dependency);
        if (
          !target ||
          !isKnownTier(ctx.policy, target.tier) ||
          index.flowAllowed(metadata.tier, target.tier)
        ) {
          continue;
        }
        yield {
          service: metadata.composeService,
          message:
            `Service "${metadata.serviceName}" (${metadata.tier}) depends on ` +
            `"${dependency}" (${target.tier}), and the policy has no flow ` +
            `${metadata.tier} -> ${target.tier}.`,
          remediation:
            `Add a flow { from: ${metadata.tier}, to: ${target.tier} } with ` +
            'its reason to the policy, or route the call through a service ' +
            'the policy lets both tiers reach.',
          position: metadataAt(metadata, `dependencies.${i}`),
        };
      }
    }
  },
});
