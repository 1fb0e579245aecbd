import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { servicesInBoth } from './servicesInBoth';

/**
 * Callers are configured with aliases; an overlay that changes them breaks
 * callers in one environment only, which tests of the base never see.
 *
 * @public
 */
export const aliasDrift: EnvironmentRule = defineEnvironmentRule({
  id: 'drift/alias-changed',
  category: 'drift',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Overlay changes DNS aliases',
  summary:
    "In an overlay environment a service's aliases on a network differ " +
    'from the first environment.',
  *check(ctx) {
    for (const { service, before, base } of servicesInBoth(ctx)) {
      const previous = new Map(
        before.attachments.map(a => [a.network, a.aliases]),
      );
      for (const { network, aliases } of service.attachments) {
        const old = previous.get(network);
        // Joining a network is drift/network-membership.
        if (!old) {
          continue;
        }
        const added = aliases.filter(a => !old.includes(a));
        const removed = old.filter(a => !aliases.includes(a));
        if (added.length === 0 && removed.length === 0) {
          continue;
        }
        const changes = [
          ...added.map(a => `+${a}`),
          ...removed.map(a => `-${a}`),
        ].join(', ');
        yield {
          service: service.name,
          message:
            `Service "${service.name}" has other aliases on "${network}" in ` +
            `${ctx.environment} than in ${base.environment}: ${changes}.`,
          remediation:
            'Keep aliases in the base file so that every environment ' +
            'resolves the same names.',
          position: ctx.at(
            `services.${service.name}.networks.${network}`,
            `services.${service.name}`,
          ),
        };
      }
    }
  },
});
