import { NotFoundError } from '@backstage/errors';
import {
  GraphJson,
  NetworkPolicy,
  toGraphJson,
  ValidationResult,
} from '@internal/plugin-network-contracts-common';
import type { Run } from '../database/RunStore';
import { fingerprintOf } from './fingerprint';
import { MeshFinding } from './types';

/**
 * The latest successful run of a mesh, parsed and held in memory so that
 * reads never recompute: its findings, its topologies and the graph of
 * each environment, built once on first request.
 */
export class MeshSnapshot {
  readonly findings: MeshFinding[];
  private readonly graphs = new Map<string, GraphJson>();
  private readonly tiers = new Map<string, string>();

  constructor(
    readonly mesh: string,
    public run: Run,
    readonly result: ValidationResult,
    readonly policy: NetworkPolicy,
  ) {
    for (const topology of Object.values(result.topologies)) {
      for (const service of topology.services.values()) {
        if (service.tier) {
          this.tiers.set(service.name, service.tier);
        }
      }
      for (const metadata of topology.unplacedMetadata) {
        this.tiers.set(metadata.composeService, metadata.tier);
      }
    }
    this.findings = result.findings.map(finding => {
      const tier = finding.service
        ? this.tiers.get(finding.service)
        : undefined;
      return {
        ...finding,
        mesh,
        runId: run.id,
        ...(tier && { tier }),
        fingerprint: fingerprintOf(mesh, finding),
      };
    });
  }

  /** The tier of a compose service, from its metadata. */
  tierOf(service: string): string | undefined {
    return this.tiers.get(service);
  }

  /** Environments with a topology, in the order validated. */
  get environments(): string[] {
    return this.result.environments.filter(e => e in this.result.topologies);
  }

  /**
   * The graph of an environment; the first environment when none is named.
   * Throws `NotFoundError` for an environment that was not validated.
   */
  graph(environment?: string): GraphJson {
    const name = environment ?? this.environments[0];
    if (name === undefined || !(name in this.result.topologies)) {
      throw new NotFoundError(
        `Mesh ${this.mesh} has no environment "${environment}" in its ` +
          `latest run; it has ${this.environments.join(', ') || 'none'}.`,
      );
    }
    let graph = this.graphs.get(name);
    if (!graph) {
      graph = toGraphJson(this.result, name);
      this.graphs.set(name, graph);
    }
    return graph;
  }

  /** The graph of every environment, by name. */
  allGraphs(): Record<string, GraphJson> {
    return Object.fromEntries(this.environments.map(e => [e, this.graph(e)]));
  }

  /**
   * The compose name of a service named by its compose or entity name, or
   * undefined when the mesh does not know it.
   */
  resolveService(name: string): string | undefined {
    for (const topology of Object.values(this.result.topologies)) {
      if (topology.services.has(name)) {
        return name;
      }
      for (const service of topology.services.values()) {
        if (service.metadata?.serviceName === name) {
          return service.name;
        }
      }
      const unplaced = topology.unplacedMetadata.find(
        m => m.serviceName === name || m.composeService === name,
      );
      if (unplaced) {
        return unplaced.composeService;
      }
    }
    return undefined;
  }
}
