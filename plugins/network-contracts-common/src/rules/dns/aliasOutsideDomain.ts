import { defineEnvironmentRule, EnvironmentRule } from '../Rule';

/**
 * Aliases outside the mesh's domain can shadow real hosts, and callers
 * cannot tell a mesh name from an outside one.
 *
 * @public
 */
export const aliasOutsideDomain: EnvironmentRule = defineEnvironmentRule({
  id: 'dns/alias-outside-domain',
  category: 'dns',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'DNS alias outside the policy domain',
  summary: "A network alias does not end with the policy's dns.domain.",
  *check(ctx) {
    const domain = ctx.policy.dns.domain?.toLowerCase();
    if (!domain) {
      return;
    }
    for (const service of ctx.topology.services.values()) {
      for (const { network, aliases } of service.attachments) {
        for (const [i, alias] of aliases.entries()) {
          const name = alias.toLowerCase();
          if (name === domain || name.endsWith(`.${domain}`)) {
            continue;
          }
          yield {
            service: service.name,
            message:
              `Service "${service.name}" has the alias "${alias}" on ` +
              `"${network}", outside the domain ${domain}.`,
            remediation: `Rename it to end with ".${domain}".`,
            position: ctx.at(
              `services.${service.name}.networks.${network}.aliases[${i}]`,
              `services.${service.name}.networks.${network}`,
              `services.${service.name}`,
            ),
          };
        }
      }
    }
  },
});
