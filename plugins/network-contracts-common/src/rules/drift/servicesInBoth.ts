import type { TopologyService } from '../../model/types';
import type { EnvironmentContext, EnvironmentView } from '../RuleContext';

/** A service as an overlay environment has it, and as the base had it. */
export interface DriftPair {
  service: TopologyService;
  before: TopologyService;
  base: EnvironmentView;
}

/**
 * The services of an overlay environment that the base environment has
 * too, each with its base self. Drift is only defined between the two, so
 * the base environment itself and services new in the overlay yield
 * nothing here (a new service is not drift of an existing one).
 */
export function* servicesInBoth(ctx: EnvironmentContext): Generator<DriftPair> {
  const base = ctx.base;
  if (!base) {
    return;
  }
  for (const service of ctx.topology.services.values()) {
    const before = base.topology.services.get(service.name);
    if (before) {
      yield { service, before, base };
    }
  }
}
