import { aliasMissing } from './dns/aliasMissing';
import { aliasOutsideDomain } from './dns/aliasOutsideDomain';
import { duplicateAlias } from './dns/duplicateAlias';
import { unresolvedHost } from './dns/unresolvedHost';
import { aliasDrift } from './drift/aliasDrift';
import { networkMembershipDrift } from './drift/networkMembershipDrift';
import { publishedPortDrift } from './drift/publishedPortDrift';
import { dockerSocketMounted } from './hazard/dockerSocketMounted';
import { hostNetworkMode } from './hazard/hostNetworkMode';
import { containerNameMismatch } from './identity/containerNameMismatch';
import { duplicateContainerName } from './identity/duplicateContainerName';
import { hostnameMismatch } from './identity/hostnameMismatch';
import { exposureMismatch } from './ports/exposureMismatch';
import { hostPortNotAllowed } from './ports/hostPortNotAllowed';
import { unboundHostInterface } from './ports/unboundHostInterface';
import { invalidCompose } from './metadata/invalidCompose';
import { invalidMetadata } from './metadata/invalidMetadata';
import { invalidPolicy } from './metadata/invalidPolicy';
import { missingMetadata } from './metadata/missingMetadata';
import { orphanedMetadata } from './metadata/orphanedMetadata';
import { unknownDependency } from './metadata/unknownDependency';
import { unknownTier } from './metadata/unknownTier';
import { dataServiceOnPublicNetwork } from './isolation/dataServiceOnPublicNetwork';
import { dataTierNotInternal } from './isolation/dataTierNotInternal';
import { dataTierPublishedPort } from './isolation/dataTierPublishedPort';
import { dependencyUnreachable } from './reachability/dependencyUnreachable';
import { forbiddenFlow } from './reachability/forbiddenFlow';
import { undeclaredPeers } from './reachability/undeclaredPeers';
import type { Rule, RuleDefinition } from './Rule';
import { networkNotAllowed } from './tier/networkNotAllowed';
import { notOnTierNetwork } from './tier/notOnTierNetwork';
import { untieredNetwork } from './tier/untieredNetwork';
import { expiredWaiver } from './waiver/expiredWaiver';
import { unusedWaiver } from './waiver/unusedWaiver';

/** Every rule the engine runs, in catalogue order. */
export const ENGINE_RULES: ReadonlyArray<Rule> = [
  missingMetadata,
  orphanedMetadata,
  invalidMetadata,
  invalidPolicy,
  invalidCompose,
  unknownTier,
  unknownDependency,
  notOnTierNetwork,
  networkNotAllowed,
  untieredNetwork,
  dataTierNotInternal,
  dataTierPublishedPort,
  dataServiceOnPublicNetwork,
  dependencyUnreachable,
  undeclaredPeers,
  forbiddenFlow,
  aliasMissing,
  aliasOutsideDomain,
  duplicateAlias,
  unresolvedHost,
  hostPortNotAllowed,
  exposureMismatch,
  unboundHostInterface,
  hostnameMismatch,
  containerNameMismatch,
  duplicateContainerName,
  hostNetworkMode,
  dockerSocketMounted,
  networkMembershipDrift,
  publishedPortDrift,
  aliasDrift,
  expiredWaiver,
];

function describe(rule: RuleDefinition): RuleDefinition {
  const { id, category, defaultSeverity, title, summary, docPath } = rule;
  return { id, category, defaultSeverity, title, summary, docPath };
}

/**
 * The catalogue of rules: ids, categories, default severities and the page
 * that explains each one. A rule's page is `docs/rules/<category>-<name>.md`
 * at the repository root, its id with the `/` turned into `-`.
 *
 * @public
 */
export const RULES: ReadonlyArray<RuleDefinition> = [
  ...ENGINE_RULES.map(describe),
  describe(unusedWaiver),
];

const byId = new Map(RULES.map(rule => [rule.id, rule]));

/**
 * The catalogue entry of a rule, or undefined for an unknown id. Its
 * `docPath` is the page to show; the text lives in the repository, not in
 * this package.
 *
 * @public
 */
export function explainRule(id: string): RuleDefinition | undefined {
  return byId.get(id);
}
