import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { metadataAt } from '../RuleContext';

/**
 * A declared dependency the network does not carry is a broken contract:
 * the call fails at run time.
 *
 * @public
 */
export const dependencyUnreachable: EnvironmentRule = defineEnvironmentRule({
  id: 'reachability/dependency-unreachable',
  category: 'reachability',
  defaultSeverity: 'error',
  scope: 'environment',
  title: 'Declared but unreachable (broken contract)',
  summary:
    'A service declares a dependency it shares no network with, or that ' +
    'the environment does not run.',
  *check(ctx) {
    const { topology } = ctx;
    for (const service of topology.services.values()) {
      const metadata = service.metadata;
      if (!metadata) {
        continue;
      }
      const edges = new Map(
        topology.dependenciesOf(service.name).map(e => [e.to, e]),
      );
      for (const [i, dependency] of metadata.dependencies.entries()) {
        const known = ctx.metadataByName.get(dependency);
        const target =
          known?.composeService ??
          (topology.services.has(dependency) ? dependency : undefined);
        if (!target || target === service.name) {
          // Unknown names are metadata/unknown-dependency.
          continue;
        }
        const edge = edges.get(target);
        if (edge?.reachable) {
          continue;
        }
        const why = topology.services.has(target)
          ? 'they share no network'
          : `environment "${ctx.environment}" does not run it`;
        yield {
          service: service.name,
          message:
            `Service "${service.name}" depends on "${dependency}", but ` +
            `${why}.`,
          remediation: topology.services.has(target)
            ? `Join "${service.name}" to the network of ` +
              `"${target}" through a flow the policy allows.`
            : 'Add the service to this environment, or drop the dependency.',
          position: metadataAt(metadata, `dependencies.${i}`),
        };
      }
    }
  },
});
