import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { metadataAt } from '../RuleContext';
import { portNumbers } from './portNumbers';

/**
 * The ports a service serves on are part of its contract: compose and the
 * metadata should tell the same story, or reviews and dashboards lie.
 *
 * @public
 */
export const exposureMismatch: EnvironmentRule = defineEnvironmentRule({
  id: 'ports/exposure-mismatch',
  category: 'ports',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'ports and expose disagree with exposed_ports',
  summary:
    "The container ports of a service's ports and expose entries differ " +
    "from its metadata's exposed_ports.",
  *check(ctx) {
    for (const service of ctx.topology.services.values()) {
      const metadata = service.metadata;
      // Only a file that states its ports makes a promise to check.
      if (!metadata?.source.positions.exposed_ports) {
        continue;
      }
      const declared = new Set(metadata.exposedPorts);
      const served = new Set<number>();
      // The key is built only for a finding: most ports are declared.
      const undeclared = (ports: number[], key: () => string, via: string) => {
        ports.forEach(p => served.add(p));
        const extra = ports.filter(p => !declared.has(p));
        if (extra.length === 0) {
          return [];
        }
        return [
          {
            service: service.name,
            message:
              `Service "${service.name}" ${via} container port ` +
              `${extra.join(', ')}, which its metadata does not list in ` +
              'exposed_ports.',
            remediation:
              'Add the port to exposed_ports, or remove it from compose.',
            position: ctx.at(key(), `services.${service.name}`),
          },
        ];
      };

      for (const [i, port] of service.publishedPorts.entries()) {
        yield* undeclared(
          [port.target],
          () => `services.${service.name}.ports[${i}]`,
          'publishes',
        );
      }
      for (const [i, spec] of service.expose.entries()) {
        yield* undeclared(
          portNumbers(spec),
          () => `services.${service.name}.expose[${i}]`,
          'exposes',
        );
      }
      for (const [i, port] of metadata.exposedPorts.entries()) {
        if (served.has(port)) {
          continue;
        }
        yield {
          service: service.name,
          message:
            `Service "${service.name}" lists port ${port} in exposed_ports, ` +
            'but compose neither exposes nor publishes it.',
          remediation: `Add "${port}" to services.${service.name}.expose, or drop it from exposed_ports.`,
          position: metadataAt(metadata, `exposed_ports.${i}`),
        };
      }
    }
  },
});
