import type { ServiceMetadata } from '../metadata/ServiceMetadata';
import type { NetworkPolicy } from '../policy/NetworkPolicy';
import type {
  ComposeProjectLike,
  ComposeServiceLike,
} from './ComposeProjectLike';
import { resolveStack, stackOwner } from './resolveStack';
import { Topology } from './Topology';
import type {
  DependencyEdge,
  NetworkAttachment,
  NetworkStack,
  TopologyNetwork,
  TopologyService,
  TopologyTier,
  UnresolvedDependency,
} from './types';

/**
 * What a topology is built from: one environment's effective compose
 * project, the services' metadata and the policy.
 *
 * @public
 */
export interface TopologyInput {
  /** A `ComposeProject` from `loadComposeProject`, or Compose's own JSON. */
  project: ComposeProjectLike;
  /** Metadata of the services; the first file for a compose service wins. */
  metadata?: ReadonlyArray<ServiceMetadata>;
  policy?: Pick<NetworkPolicy, 'tiers' | 'flows'>;
}

/**
 * Builds the topology of one environment. Pure and linear in the size of
 * the input: no pair of services is enumerated.
 *
 * @public
 */
export function buildTopology(input: TopologyInput): Topology {
  const { project, policy } = input;
  const composeServices = new Map(Object.entries(project.services ?? {}));
  const metadata = indexMetadata(input.metadata ?? [], composeServices);

  const containers = new Map<string, string>();
  for (const [name, service] of composeServices) {
    if (service.container_name) {
      containers.set(service.container_name, name);
    }
  }
  const stacks = new Map<string, NetworkStack>();
  for (const [name, service] of composeServices) {
    stacks.set(name, resolveStack(service, containers, composeServices));
  }

  const services: TopologyService[] = [];
  for (const [name, compose] of composeServices) {
    services.push(
      toService(name, compose, stacks, composeServices, metadata.byCompose),
    );
  }

  const networks = buildNetworks(project, services, policy);
  const tiers = buildTiers(services, policy);
  const { dependencies, unresolved } = buildDependencies(services, metadata);
  return new Topology({
    project: project.name,
    services,
    networks,
    tiers,
    dependencies,
    unresolvedDependencies: unresolved,
    unplacedMetadata: metadata.unplaced,
  });
}

function indexMetadata(
  list: ReadonlyArray<ServiceMetadata>,
  composeServices: ReadonlyMap<string, ComposeServiceLike>,
) {
  const byCompose = new Map<string, ServiceMetadata>();
  const byName = new Map<string, ServiceMetadata>();
  const unplaced: ServiceMetadata[] = [];
  for (const entry of list) {
    if (!byName.has(entry.serviceName)) {
      byName.set(entry.serviceName, entry);
    }
    if (!composeServices.has(entry.composeService)) {
      unplaced.push(entry);
    } else if (!byCompose.has(entry.composeService)) {
      byCompose.set(entry.composeService, entry);
    }
  }
  return { byCompose, byName, unplaced };
}

function attachmentsOf(compose: ComposeServiceLike): NetworkAttachment[] {
  // Compose puts a service without networks on the project's default one.
  const networks = compose.networks ?? { default: null };
  const out: NetworkAttachment[] = [];
  for (const network of Object.keys(networks)) {
    const options = networks[network];
    const attachment: NetworkAttachment = {
      network,
      aliases: options?.aliases ?? [],
    };
    if (options?.ipv4_address) {
      attachment.ipv4Address = options.ipv4_address;
    }
    out.push(attachment);
  }
  return out;
}

function toService(
  name: string,
  compose: ComposeServiceLike,
  stacks: ReadonlyMap<string, NetworkStack>,
  composeServices: ReadonlyMap<string, ComposeServiceLike>,
  metadata: ReadonlyMap<string, ServiceMetadata>,
): TopologyService {
  const owner = stackOwner(name, stacks);
  const ownStack = stacks.get(name) ?? { kind: 'networks' };
  const stack: NetworkStack = owner
    ? ownStack
    : { kind: 'unresolved', mode: compose.network_mode ?? '' };
  const ownerStack = owner ? stacks.get(owner) : undefined;
  const attachments = stack.kind === 'networks' ? attachmentsOf(compose) : [];
  const ownerCompose = owner ? composeServices.get(owner) : undefined;
  let networks: string[] = [];
  if (ownerStack?.kind === 'networks' && ownerCompose) {
    // A service on its own stack joins what it attaches to: reuse those.
    const joined = owner === name ? attachments : attachmentsOf(ownerCompose);
    networks = joined.map(a => a.network);
  }

  // Fields assigned in their usual order, without a spread per optional
  // one: this runs for every service of every environment.
  const service = { name } as TopologyService;
  const meta = metadata.get(name);
  if (meta) {
    service.metadata = meta;
    service.tier = meta.tier;
  }
  service.stack = stack;
  service.attachments = attachments;
  service.networks = networks;
  service.onHostStack = ownerStack?.kind === 'host';
  service.publishedPorts = compose.ports ?? [];
  service.expose = compose.expose ?? [];
  if (compose.hostname) {
    service.hostname = compose.hostname;
  }
  if (compose.container_name) {
    service.containerName = compose.container_name;
  }
  service.dependsOn = compose.depends_on ? Object.keys(compose.depends_on) : [];
  return service;
}

function buildNetworks(
  project: ComposeProjectLike,
  services: TopologyService[],
  policy: TopologyInput['policy'],
): TopologyNetwork[] {
  const tierByNetwork = new Map<string, string>();
  for (const [tier, { network }] of Object.entries(policy?.tiers ?? {})) {
    tierByNetwork.set(network, tier);
  }

  const byKey = new Map<string, TopologyNetwork>();
  const specs = new Map(Object.entries(project.networks ?? {}));
  const ensure = (key: string) => {
    let network = byKey.get(key);
    if (!network) {
      const spec = specs.get(key);
      network = {
        key,
        // Compose prefixes the key with the project name unless `name:` is set.
        name: spec?.name ?? (project.name ? `${project.name}_${key}` : key),
        internal: spec?.internal ?? false,
        external: spec?.external ?? false,
        ...(spec?.driver && { driver: spec.driver }),
        ...(tierByNetwork.has(key) && { tier: tierByNetwork.get(key) }),
        members: [],
      };
      byKey.set(key, network);
    }
    return network;
  };

  for (const key of specs.keys()) {
    ensure(key);
  }
  for (const service of services) {
    for (const key of service.networks) {
      ensure(key).members.push(service.name);
    }
  }
  return [...byKey.values()];
}

function buildTiers(
  services: TopologyService[],
  policy: TopologyInput['policy'],
): TopologyTier[] {
  const tiers = new Map<string, TopologyTier>();
  for (const [name, tier] of Object.entries(policy?.tiers ?? {})) {
    tiers.set(name, {
      name,
      network: tier.network,
      internal: tier.internal,
      ...(tier.description !== undefined && { description: tier.description }),
      intraTier: tier.intraTier,
      services: [],
      flowsTo: [],
    });
  }
  for (const flow of policy?.flows ?? []) {
    const from = tiers.get(flow.from);
    if (from && !from.flowsTo.includes(flow.to)) {
      from.flowsTo.push(flow.to);
    }
  }
  for (const service of services) {
    if (service.tier) {
      tiers.get(service.tier)?.services.push(service.name);
    }
  }
  return [...tiers.values()];
}

function buildDependencies(
  services: TopologyService[],
  metadata: ReturnType<typeof indexMetadata>,
): { dependencies: DependencyEdge[]; unresolved: UnresolvedDependency[] } {
  const byName = new Map(services.map(s => [s.name, s]));
  const dependencies: DependencyEdge[] = [];
  const unresolved: UnresolvedDependency[] = [];

  for (const service of services) {
    for (const dependency of service.metadata?.dependencies ?? []) {
      // Dependencies name services by service_name; a compose name works
      // too when no metadata claims it.
      const target =
        metadata.byName.get(dependency)?.composeService ??
        (byName.has(dependency) ? dependency : undefined);
      const to = target ? byName.get(target) : undefined;
      if (!to) {
        unresolved.push({ from: service.name, dependency });
        continue;
      }
      const shared = to.networks.filter(n => service.networks.includes(n));
      const viaHost =
        service.onHostStack && (to.onHostStack || to.publishedPorts.length > 0);
      dependencies.push({
        from: service.name,
        to: to.name,
        reachable: shared.length > 0 || viaHost,
        networks: shared.sort(),
        viaHost,
      });
    }
  }
  return { dependencies, unresolved };
}
