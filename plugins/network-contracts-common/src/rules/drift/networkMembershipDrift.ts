import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { servicesInBoth } from './servicesInBoth';

/**
 * An overlay that moves a service between networks ships a different mesh
 * from the one that was reviewed and tested.
 *
 * @public
 */
export const networkMembershipDrift: EnvironmentRule = defineEnvironmentRule({
  id: 'drift/network-membership',
  category: 'drift',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Overlay changes the networks of a service',
  summary:
    'In an overlay environment a service joins or leaves a network, ' +
    'compared with the first environment.',
  *check(ctx) {
    for (const { service, before, base } of servicesInBoth(ctx)) {
      const baseName = base.environment;
      const joined = service.networks.filter(n => !before.networks.includes(n));
      const left = before.networks.filter(n => !service.networks.includes(n));
      for (const network of joined) {
        yield {
          service: service.name,
          message:
            `Service "${service.name}" joins "${network}" in ` +
            `${ctx.environment} but not in ${baseName}.`,
          remediation:
            'Make the network change in the base file so every environment ' +
            'has it, or drop it from the overlay.',
          position: ctx.at(
            `services.${service.name}.networks.${network}`,
            `services.${service.name}.network_mode`,
            `services.${service.name}`,
          ),
        };
      }
      for (const network of left) {
        yield {
          service: service.name,
          message:
            `Service "${service.name}" leaves "${network}" in ` +
            `${ctx.environment}; it is on it in ${baseName}.`,
          remediation:
            'Make the network change in the base file so every environment ' +
            'has it, or drop it from the overlay.',
          position: ctx.at(`services.${service.name}`),
        };
      }
    }
  },
});
