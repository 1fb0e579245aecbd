import {
  Topology,
  ValidationResult,
} from '@internal/plugin-network-contracts-common';
import { ConnectivityChange, Reachability, ServiceRef } from './types';

// A mesh that appears whole (a new environment) would list every pair;
// the audit trail keeps the first ones and says it was cut.
const LIST_LIMIT = 1000;

/**
 * What changed in connectivity between two results of one mesh. Only the
 * services whose networks changed are walked, so an unchanged mesh costs
 * one pass over its services.
 *
 * TODO(network-contracts): switch to the common package's diffValidations
 * once it is exported; for now this computes the same change here.
 */
export function diffConnectivity(
  previousRunId: string,
  before: ValidationResult,
  after: ValidationResult,
): ConnectivityChange {
  const change: ConnectivityChange = {
    previousRunId,
    addedServices: [],
    removedServices: [],
    openedReachability: [],
    closedReachability: [],
  };
  const environments = new Set([
    ...Object.keys(before.topologies),
    ...Object.keys(after.topologies),
  ]);
  for (const environment of [...environments].sort()) {
    diffEnvironment(
      environment,
      before.topologies[environment],
      after.topologies[environment],
      change,
    );
  }
  return cap(change);
}

function diffEnvironment(
  environment: string,
  before: Topology | undefined,
  after: Topology | undefined,
  change: ConnectivityChange,
) {
  const oldNames = new Set(before?.services.keys() ?? []);
  const newNames = new Set(after?.services.keys() ?? []);
  const ref = (service: string): ServiceRef => ({ environment, service });
  for (const name of [...newNames].sort()) {
    if (!oldNames.has(name)) {
      change.addedServices.push(ref(name));
    }
  }
  for (const name of [...oldNames].sort()) {
    if (!newNames.has(name)) {
      change.removedServices.push(ref(name));
    }
  }

  // A pair can only open or close when one side's networks changed.
  const moved = [...new Set([...oldNames, ...newNames])]
    .filter(name => !sameNetworks(before, after, name))
    .sort();
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const name of moved) {
    const was = new Set(before ? before.peersOf(name) : []);
    const is = new Set(after ? after.peersOf(name) : []);
    for (const peer of is) {
      if (!was.has(peer)) {
        record(change.openedReachability, opened, environment, name, peer, after);
      }
    }
    for (const peer of was) {
      if (!is.has(peer)) {
        record(
          change.closedReachability,
          closed,
          environment,
          name,
          peer,
          before,
        );
      }
    }
  }
}

function sameNetworks(
  before: Topology | undefined,
  after: Topology | undefined,
  name: string,
): boolean {
  const a = before?.services.get(name)?.networks;
  const b = after?.services.get(name)?.networks;
  if (!a || !b) {
    return false;
  }
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

function record(
  list: Reachability[],
  seen: Set<string>,
  environment: string,
  a: string,
  b: string,
  topology: Topology | undefined,
) {
  const [from, to] = a < b ? [a, b] : [b, a];
  // Both ends may have moved; the pair is listed once.
  const key = `${from}\u0000${to}`;
  if (seen.has(key)) {
    return;
  }
  seen.add(key);
  list.push({
    environment,
    from,
    to,
    networks: topology ? topology.canReach(from, to) : [],
  });
}

function cap(change: ConnectivityChange): ConnectivityChange {
  const lists = [
    'addedServices',
    'removedServices',
    'openedReachability',
    'closedReachability',
  ] as const;
  const truncated = lists.some(key => change[key].length > LIST_LIMIT);
  if (!truncated) {
    return change;
  }
  return {
    ...change,
    addedServices: change.addedServices.slice(0, LIST_LIMIT),
    removedServices: change.removedServices.slice(0, LIST_LIMIT),
    openedReachability: change.openedReachability.slice(0, LIST_LIMIT),
    closedReachability: change.closedReachability.slice(0, LIST_LIMIT),
    truncated: true,
  };
}
