import { defineEnvironmentRule, EnvironmentRule } from '../Rule';
import { peerIndexOf } from './PeerIndex';

/**
 * Every service a compromised service can reach is a step for an
 * attacker; the metadata says which of those steps are needed.
 *
 * @public
 */
export const undeclaredPeers: EnvironmentRule = defineEnvironmentRule({
  id: 'reachability/undeclared-peer',
  category: 'reachability',
  defaultSeverity: 'warning',
  scope: 'environment',
  title: 'Reachable but undeclared (lateral exposure)',
  summary:
    'A service shares a network with services it has no declared ' +
    'dependency with; one finding per service, counting them.',
  *check(ctx) {
    const index = peerIndexOf(ctx.topology, ctx.policy);
    for (const service of ctx.topology.services.values()) {
      // Without metadata nothing is declared; metadata/missing says so.
      if (!service.metadata) {
        continue;
      }
      const { count, sample } = index.undeclaredPeersOf(service);
      if (count <= 0) {
        continue;
      }
      const more = count > sample.length ? ` and ${count - sample.length} more` : '';
      const via = ctx.topology.canReach(service.name, sample[0]);
      yield {
        service: service.name,
        message:
          `Service "${service.name}" can reach ${count} service` +
          `${count === 1 ? '' : 's'} with no declared dependency either ` +
          `way: ${sample.join(', ')}${more}.`,
        remediation:
          'Split the shared network into tier networks so that only ' +
          'declared callers meet, or declare the dependency if the call is ' +
          'real.',
        position: ctx.at(
          ...via.map(n => `services.${service.name}.networks.${n}`),
          `services.${service.name}`,
        ),
      };
    }
  },
});
