import type { ComposeServiceLike } from './ComposeProjectLike';
import type { NetworkStack } from './types';

/**
 * Reads a service's `network_mode` into a {@link NetworkStack}. A
 * `container:` mode is followed when it names the container of a service of
 * the project.
 */
export function resolveStack(
  service: ComposeServiceLike,
  containers: ReadonlyMap<string, string>,
  services: ReadonlyMap<string, ComposeServiceLike>,
): NetworkStack {
  const mode = service.network_mode;
  if (mode === undefined || mode === '') {
    return { kind: 'networks' };
  }
  if (mode === 'host') {
    return { kind: 'host' };
  }
  if (mode === 'none') {
    return { kind: 'none' };
  }
  if (mode.startsWith('service:')) {
    const target = mode.slice('service:'.length);
    return services.has(target)
      ? { kind: 'service', service: target }
      : { kind: 'unresolved', mode };
  }
  if (mode.startsWith('container:')) {
    const target = containers.get(mode.slice('container:'.length));
    return target
      ? { kind: 'service', service: target }
      : { kind: 'unresolved', mode };
  }
  return { kind: 'unresolved', mode };
}

/**
 * Follows `service:` links to the service that owns the network stack;
 * undefined for a cycle.
 */
export function stackOwner(
  name: string,
  stacks: ReadonlyMap<string, NetworkStack>,
): string | undefined {
  // Nearly every service has its own stack: no set to walk a chain.
  if (stacks.get(name)?.kind !== 'service') {
    return name;
  }
  const visited = new Set<string>();
  let current = name;
  for (;;) {
    const stack = stacks.get(current);
    if (stack?.kind !== 'service') {
      return current;
    }
    if (visited.has(current)) {
      return undefined;
    }
    visited.add(current);
    current = stack.service;
  }
}
