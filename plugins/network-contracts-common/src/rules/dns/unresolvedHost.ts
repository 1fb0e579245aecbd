import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { hostsInValue } from './hostsInValue';
import { nameIndexOf } from './nameIndex';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * A service configured to call a name its networks cannot resolve fails
 * at run time, however right the contract looks on paper.
 *
 * @public
 */
export const unresolvedHost: EnvironmentRule = defineEnvironmentRule({
  id: 'dns/unresolved-host',
  category: 'dns',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Environment value names a host that does not resolve',
  summary:
    'An environment variable names a mesh host (a URL, host:port, or a ' +
    'name under the policy domain) that no network of the service ' +
    'resolves.',
  *check(ctx) {
    const domain = ctx.policy.dns.domain?.toLowerCase();
    const names = nameIndexOf(ctx.topology);
    for (const service of ctx.topology.services.values()) {
      const environment = ctx.project.services[service.name]?.environment;
      if (!environment) {
        continue;
      }
      const own = new Set(
        [service.name, service.hostname, service.containerName, 'localhost']
          .filter((n): n is string => !!n)
          .map(n => n.toLowerCase()),
      );
      for (const [variable, value] of Object.entries(environment)) {
        for (const { host } of hostsInValue(value ?? '', domain)) {
          const inMesh =
            (domain && (host === domain || host.endsWith(`.${domain}`))) ||
            names.known.has(host);
          if (!inMesh || own.has(host) || IPV4.test(host)) {
            continue;
          }
          const resolves = service.networks.some(n =>
            names.byNetwork.get(n)?.has(host),
          );
          if (resolves) {
            continue;
          }
          yield {
            service: service.name,
            message:
              `Service "${service.name}" names "${host}" in ${variable}, ` +
              'which no network it is on resolves.',
            remediation:
              'Join the service to the network where that name lives ' +
              '(through a flow the policy allows), or use the alias the ' +
              'callee has on a shared network.',
            position: ctx.at(
              `services.${service.name}.environment.${variable}`,
              `services.${service.name}`,
            ),
          };
        }
      }
    }
  },
});
