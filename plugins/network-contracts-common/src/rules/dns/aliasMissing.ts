import type { TopologyService } from '../../model/types';
import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { metadataAt } from '../RuleContext';

/**
 * Callers find a service by its aliases; an alias the metadata promises
 * but compose does not set fails every lookup of it.
 *
 * @public
 */
export const aliasMissing: EnvironmentRule = defineEnvironmentRule({
  id: 'dns/alias-missing',
  category: 'dns',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Expected DNS alias missing',
  summary:
    'An alias the metadata lists in dns_aliases is on none of the ' +
    "service's networks, or the policy requires aliases and it has none.",
  *check(ctx) {
    for (const service of ctx.topology.services.values()) {
      const expected = service.metadata?.dnsAliases;
      if (expected && service.metadata) {
        for (const [i, alias] of expected.entries()) {
          if (hasAlias(service, alias.toLowerCase())) {
            continue;
          }
          yield {
            service: service.name,
            message:
              `Service "${service.name}" expects the alias "${alias}", ` +
              'which none of its networks gives it.',
            remediation:
              `Add "${alias}" under aliases of the service's tier network ` +
              `(services.${service.name}.networks.<network>.aliases).`,
            position: metadataAt(service.metadata, `dns_aliases.${i}`),
          };
        }
        continue;
      }
      if (
        ctx.policy.dns.requireAliases &&
        service.stack.kind === 'networks' &&
        service.attachments.every(a => a.aliases.length === 0)
      ) {
        yield {
          service: service.name,
          message: `Service "${service.name}" has no DNS alias.`,
          remediation: ctx.policy.dns.domain
            ? `Give it an alias such as "${service.name}.` +
              `${ctx.policy.dns.domain}" on its tier network.`
            : 'Give it an alias on its tier network.',
          position: ctx.at(`services.${service.name}`),
        };
      }
    }
  },
});

/**
 * Whether any network gives the service `alias`, compared lowercased.
 * Services have few aliases: a scan is cheaper than a set per service.
 */
function hasAlias(service: TopologyService, alias: string): boolean {
  return service.attachments.some(a =>
    a.aliases.some(x => x.toLowerCase() === alias),
  );
}
