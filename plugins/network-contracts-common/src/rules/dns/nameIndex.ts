import type { Topology } from '../../model/Topology';

/** Who answers to a name on one network, and through which alias. */
export interface NameHolder {
  service: string;
  /** Index in the attachment's aliases; absent for the service's own name. */
  alias?: number;
}

/** The names Docker's DNS answers on each network of a topology. */
export interface NameIndex {
  /** Network key to name to the services answering to it. */
  byNetwork: ReadonlyMap<string, ReadonlyMap<string, NameHolder[]>>;
  /** Every service name, container name, hostname and alias. */
  known: ReadonlySet<string>;
}

const cache = new WeakMap<Topology, NameIndex>();

/**
 * Indexes the names of a topology. On a user-defined network Docker
 * answers to the service name, the container name and the aliases of each
 * container that joins it; services sharing another's stack add none.
 */
export function nameIndexOf(topology: Topology): NameIndex {
  const cached = cache.get(topology);
  if (cached) {
    return cached;
  }

  const byNetwork = new Map<string, Map<string, NameHolder[]>>();
  const known = new Set<string>();
  const add = (network: string, name: string, holder: NameHolder) => {
    let names = byNetwork.get(network);
    if (!names) {
      names = new Map<string, NameHolder[]>();
      byNetwork.set(network, names);
    }
    const key = name.toLowerCase();
    const holders = names.get(key);
    if (holders) {
      holders.push(holder);
    } else {
      names.set(key, [holder]);
    }
    known.add(key);
  };

  for (const service of topology.services.values()) {
    known.add(service.name.toLowerCase());
    if (service.hostname) {
      known.add(service.hostname.toLowerCase());
    }
    // Holders are only read: one serves every own name of the service.
    const own: NameHolder = { service: service.name };
    for (const attachment of service.attachments) {
      add(attachment.network, service.name, own);
      if (service.containerName) {
        add(attachment.network, service.containerName, own);
      }
      attachment.aliases.forEach((alias, i) =>
        add(attachment.network, alias, { service: service.name, alias: i }),
      );
    }
  }
  const index = { byNetwork, known };
  cache.set(topology, index);
  return index;
}
