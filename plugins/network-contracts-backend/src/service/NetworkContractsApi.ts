import { InputError, NotFoundError } from '@backstage/errors';
import {
  formatSarif,
  GraphJson,
  toDot,
  toMermaid,
  toSvg,
} from '@internal/plugin-network-contracts-common';
import { MeshConfig } from '../config/NetworkContractsConfig';
import { Run, RunDetail, RunStore } from '../database/RunStore';
import { compliance, Compliance } from '../validation/compliance';
import { MeshSnapshot } from '../validation/MeshSnapshot';
import {
  serviceContract,
  ServiceContract,
} from '../validation/serviceContract';
import { SnapshotCache } from '../validation/SnapshotCache';
import { MeshFinding } from '../validation/types';
import { ValidationRunner } from '../validation/ValidationRunner';
import { ResponseCache } from './ResponseCache';

/**
 * Filters of the findings list; each takes one value.
 *
 * @public
 */
export interface FindingFilter {
  mesh?: string;
  environment?: string;
  tier?: string;
  severity?: string;
  category?: string;
  service?: string;
  waived?: boolean;
}

/**
 * Which page of the findings list to answer.
 *
 * @public
 */
export interface FindingPageRequest {
  /** Findings to skip; default 0. */
  offset?: number;
  /** Findings to answer at most; default {@link DEFAULT_FINDINGS_LIMIT}. */
  limit?: number;
}

/**
 * One page of the findings list, with the number of all that match.
 *
 * @public
 */
export interface FindingPage {
  items: MeshFinding[];
  total: number;
  offset: number;
  limit: number;
}

/**
 * Findings a page holds when the caller does not say. A thousand-service
 * mesh can have thousands of findings, megabytes of JSON; a page keeps
 * each answer small and quick.
 *
 * @public
 */
export const DEFAULT_FINDINGS_LIMIT = 500;

/**
 * The most findings one page holds.
 *
 * @public
 */
export const MAX_FINDINGS_LIMIT = 1000;

/**
 * The formats `export` produces.
 *
 * @public
 */
export const EXPORT_FORMATS = ['json', 'dot', 'mermaid', 'svg', 'sarif'];

// Drawings of the graph of one environment, by format.
const DRAWINGS: Record<
  string,
  { contentType: string; draw: (graph: GraphJson) => string }
> = {
  json: { contentType: 'application/json', draw: g => JSON.stringify(g) },
  dot: { contentType: 'text/vnd.graphviz', draw: toDot },
  mermaid: { contentType: 'text/vnd.mermaid', draw: toMermaid },
  svg: { contentType: 'image/svg+xml', draw: toSvg },
};

/** Runs of the trend of the compliance view. */
const TREND_RUNS = 30;

/**
 * What the REST API and the actions answer, in one place, so that both
 * give the same results and the same errors. Permission checks are the
 * caller's.
 *
 * @public
 */
export class NetworkContractsApi {
  static create(options: {
    runner: ValidationRunner;
    store: RunStore;
    cache: SnapshotCache;
  }) {
    return new NetworkContractsApi(
      options.runner,
      options.store,
      options.cache,
    );
  }

  private constructor(
    private readonly runner: ValidationRunner,
    private readonly store: RunStore,
    private readonly cache: SnapshotCache,
  ) {}

  private readonly bodies = new ResponseCache();

  async listMeshes() {
    return Promise.all(
      this.runner.meshes.map(async mesh => {
        const [latestRun] = await this.store.listRuns({
          mesh: mesh.name,
          limit: 1,
        });
        const snapshot = await this.cache.get(mesh.name);
        return {
          name: mesh.name,
          target: mesh.target,
          environments: mesh.environments ?? [],
          latestRun: latestRun ?? null,
          latestSuccessfulRun: snapshot?.run ?? null,
        };
      }),
    );
  }

  async serviceContract(name: string, mesh?: string): Promise<ServiceContract> {
    const candidates = mesh
      ? [await this.latest(this.runner.mesh(mesh).name)]
      : await this.allLatest();
    const found = candidates
      .map(snapshot => ({ snapshot, service: snapshot.resolveService(name) }))
      .filter(match => match.service !== undefined);

    if (found.length === 0) {
      throw new NotFoundError(
        `No service "${name}" in the latest run of ${
          mesh ? `mesh ${mesh}` : 'any mesh'
        }.`,
      );
    }
    if (found.length > 1) {
      throw new InputError(
        `Query parameter "mesh" is needed: "${name}" is in the meshes ` +
          `${found.map(m => m.snapshot.mesh).join(', ')}.`,
      );
    }
    return serviceContract(found[0].snapshot, found[0].service!);
  }

  async topology(environment?: string, mesh?: string): Promise<GraphJson> {
    const snapshot = await this.latest(this.pickMesh(mesh).name);
    return snapshot.graph(environment);
  }

  /** {@link NetworkContractsApi.topology}, serialized once per run. */
  async topologyBody(environment?: string, mesh?: string) {
    const snapshot = await this.latest(this.pickMesh(mesh).name);
    return this.bodies.get(`${snapshot.run.id} graph ${environment}`, () =>
      snapshot.graph(environment),
    );
  }

  /** {@link NetworkContractsApi.findings}, serialized once per page. */
  async findingsBody(filter: FindingFilter, page: FindingPageRequest = {}) {
    const snapshots = await this.findingSnapshots(filter);
    const runs = snapshots.map(s => s.run.id).join(',');
    const { offset, limit } = pageBounds(page);
    return this.bodies.get(
      `${runs} findings ${offset} ${limit} ${JSON.stringify(filter)}`,
      () => findingPage(snapshots, filter, { offset, limit }),
    );
  }

  /**
   * A page of the findings of the latest successful run of each mesh, in
   * the order the engine sorts them, mesh by mesh.
   */
  async findings(
    filter: FindingFilter,
    page: FindingPageRequest = {},
  ): Promise<FindingPage> {
    const snapshots = await this.findingSnapshots(filter);
    return findingPage(snapshots, filter, pageBounds(page));
  }

  private async findingSnapshots(filter: FindingFilter) {
    return filter.mesh
      ? [await this.latest(this.runner.mesh(filter.mesh).name)]
      : this.allLatest();
  }

  async listRuns(options: { mesh?: string; limit?: number }): Promise<Run[]> {
    const mesh = options.mesh ? this.runner.mesh(options.mesh).name : undefined;
    return this.store.listRuns({ mesh, limit: options.limit });
  }

  getRun(id: string): Promise<RunDetail> {
    return this.store.getRun(id);
  }

  /** Starts a run of one mesh, or of each; they go on in the background. */
  async startRuns(mesh?: string): Promise<Run[]> {
    const meshes = mesh ? [this.runner.mesh(mesh)] : this.runner.meshes;
    const started = await Promise.all(
      meshes.map(m => this.runner.start(m.name, 'manual')),
    );
    return started.map(s => s.run);
  }

  async compliance(mesh?: string): Promise<Compliance> {
    const snapshot = await this.latest(this.pickMesh(mesh).name);
    const history = await this.store.listRuns({
      mesh: snapshot.mesh,
      limit: TREND_RUNS,
    });
    return compliance(snapshot, history, new Date().toISOString().slice(0, 10));
  }

  /** A document of the latest successful run in an exchange format. */
  async export(options: {
    format: string;
    environment?: string;
    mesh?: string;
  }): Promise<{ contentType: string; body: string }> {
    const snapshot = await this.latest(this.pickMesh(options.mesh).name);
    if (options.format === 'sarif') {
      return {
        contentType: 'application/sarif+json',
        body: formatSarif(sarifInput(snapshot, options.environment)),
      };
    }
    const drawing = DRAWINGS[options.format];
    if (!drawing) {
      throw new InputError(
        `Invalid query parameter "format": use one of ${EXPORT_FORMATS.join(
          ', ',
        )}.`,
      );
    }
    return {
      contentType: drawing.contentType,
      body: drawing.draw(snapshot.graph(options.environment)),
    };
  }

  /** The mesh a request means when it may leave `mesh` out. */
  private pickMesh(name?: string): MeshConfig {
    if (name !== undefined) {
      return this.runner.mesh(name);
    }
    const meshes = this.runner.meshes;
    if (meshes.length === 1) {
      return meshes[0];
    }
    if (meshes.length === 0) {
      throw new NotFoundError(
        'No mesh is configured; add one under networkContracts.meshes.',
      );
    }
    throw new InputError(
      `Query parameter "mesh" is required when several meshes are ` +
        `configured: ${meshes.map(m => m.name).join(', ')}.`,
    );
  }

  private async latest(mesh: string): Promise<MeshSnapshot> {
    const snapshot = await this.cache.get(mesh);
    if (!snapshot) {
      throw new NotFoundError(
        `Mesh ${mesh} has no successful run yet; start one with ` +
          'POST /v1/runs or wait for the schedule.',
      );
    }
    return snapshot;
  }

  private async allLatest(): Promise<MeshSnapshot[]> {
    const snapshots = await Promise.all(
      this.runner.meshes.map(mesh => this.cache.get(mesh.name)),
    );
    return snapshots.filter((s): s is MeshSnapshot => s !== undefined);
  }
}

function matches(finding: MeshFinding, filter: FindingFilter): boolean {
  return (
    (filter.environment === undefined ||
      finding.environment === filter.environment) &&
    (filter.tier === undefined || finding.tier === filter.tier) &&
    (filter.severity === undefined || finding.severity === filter.severity) &&
    (filter.category === undefined || finding.category === filter.category) &&
    (filter.service === undefined || finding.service === filter.service) &&
    (filter.waived === undefined || finding.waived === filter.waived)
  );
}

function pageBounds(page: FindingPageRequest) {
  return {
    offset: Math.max(0, page.offset ?? 0),
    limit: Math.min(
      Math.max(1, page.limit ?? DEFAULT_FINDINGS_LIMIT),
      MAX_FINDINGS_LIMIT,
    ),
  };
}

function findingPage(
  snapshots: MeshSnapshot[],
  filter: FindingFilter,
  bounds: { offset: number; limit: number },
): FindingPage {
  const end = bounds.offset + bounds.limit;
  const items: MeshFinding[] = [];
  let total = 0;
  for (const snapshot of snapshots) {
    for (const finding of snapshot.findings) {
      if (matches(finding, filter)) {
        if (total >= bounds.offset && total < end) {
          items.push(finding);
        }
        total += 1;
      }
    }
  }
  return { items, total, ...bounds };
}

function sarifInput(snapshot: MeshSnapshot, environment?: string) {
  if (environment === undefined) {
    return snapshot.result;
  }
  // Fails with NotFoundError for an environment the run did not validate.
  snapshot.graph(environment);
  return {
    ...snapshot.result,
    findings: snapshot.result.findings.filter(
      f => f.environment === undefined || f.environment === environment,
    ),
    environments: [environment],
  };
}
