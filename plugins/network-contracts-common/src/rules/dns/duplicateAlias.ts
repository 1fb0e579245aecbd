import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { nameIndexOf } from './nameIndex';

/**
 * When two containers answer to one name on a network, Docker's DNS
 * returns either, and callers reach the wrong service at random.
 *
 * @public
 */
export const duplicateAlias: EnvironmentRule = defineEnvironmentRule({
  id: 'dns/duplicate-alias',
  category: 'dns',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Same alias on two services of one network',
  summary:
    'An alias on a network is also an alias, service name or container ' +
    'name of another service there.',
  *check(ctx) {
    const { byNetwork } = nameIndexOf(ctx.topology);
    for (const [network, names] of byNetwork) {
      for (const [name, holders] of names) {
        // Nearly every name has one holder: skip building a set for it.
        if (holders.length < 2) {
          continue;
        }
        const services = new Set(holders.map(h => h.service));
        if (services.size < 2) {
          continue;
        }
        for (const holder of holders) {
          if (holder.alias === undefined) {
            continue;
          }
          const others = [...services].filter(s => s !== holder.service);
          yield {
            service: holder.service,
            message:
              `Service "${holder.service}" answers to "${name}" on ` +
              `"${network}", and so does ${others.join(', ')}.`,
            remediation:
              'Give each service its own alias; keep a shared name only ' +
              'behind a load balancer.',
            position: ctx.at(
              `services.${holder.service}.networks.${network}.aliases[${holder.alias}]`,
              `services.${holder.service}`,
            ),
          };
        }
      }
    }
  },
});
