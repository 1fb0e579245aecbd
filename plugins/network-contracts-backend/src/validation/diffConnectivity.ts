import {
  diffValidations,
  ValidationResult,
} from '@internal/plugin-network-contracts-common';
import { ConnectivityChange } from './types';

// A mesh rebuilt whole (every service moved to one network) would list
// every pair; the audit trail keeps the first ones and says it was cut.
const LIST_LIMIT = 1000;

/**
 * The connectivity change between two results of one mesh, as the run
 * history records it: the engine's diff, flattened over environments.
 */
export function diffConnectivity(
  previousRunId: string,
  before: ValidationResult,
  after: ValidationResult,
): ConnectivityChange {
  const diff = diffValidations(before, after);
  const change: ConnectivityChange = {
    previousRunId,
    addedServices: [],
    removedServices: [],
    openedReachability: [],
    closedReachability: [],
    findingsAdded: diff.findingsAdded.length,
    findingsFixed: diff.findingsFixed.length,
  };

  for (const [environment, env] of Object.entries(diff.environments)) {
    for (const { name } of env.addedServices) {
      change.addedServices.push({ environment, service: name });
    }
    for (const { name } of env.removedServices) {
      change.removedServices.push({ environment, service: name });
    }
    for (const reach of env.opened) {
      change.openedReachability.push({ environment, ...reach });
    }
    for (const reach of env.closed) {
      change.closedReachability.push({ environment, ...reach });
    }
  }
  return cap(change);
}

function cap(change: ConnectivityChange): ConnectivityChange {
  const truncated =
    change.addedServices.length > LIST_LIMIT ||
    change.removedServices.length > LIST_LIMIT ||
    change.openedReachability.length > LIST_LIMIT ||
    change.closedReachability.length > LIST_LIMIT;
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
