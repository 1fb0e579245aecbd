import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { RuleDefinition } from '@internal/plugin-network-contracts-common';
import { NetworkContractsApi } from './NetworkContractsApi';
import type {
  Compliance,
  ContractFinding,
  ExportFormat,
  FindingsQuery,
  GraphJson,
  MeshSummary,
  RuleDoc,
  ServiceContract,
  ValidationRun,
} from './types';

type Query = Record<string, string | number | boolean | undefined>;

type FindingsPage = { items: ContractFinding[]; total?: number };

/** The largest page the backend answers. */
const FINDINGS_PAGE = 1000;

function toQueryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The {@link NetworkContractsApi} over HTTP.
 *
 * @public
 */
export class NetworkContractsClient implements NetworkContractsApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async listMeshes(): Promise<MeshSummary[]> {
    const body = await this.json<{ items: MeshSummary[] }>('/meshes');
    return body.items;
  }

  async getServiceContract(
    name: string,
    options: { mesh?: string } = {},
  ): Promise<ServiceContract> {
    const path = `/services/${encodeURIComponent(name)}`;
    return this.json(path + toQueryString(options));
  }

  async getTopology(
    options: { mesh?: string; environment?: string } = {},
  ): Promise<GraphJson> {
    return this.json(`/topology${toQueryString(options)}`);
  }

  async listFindings(query: FindingsQuery = {}): Promise<ContractFinding[]> {
    // The backend answers in pages; a big mesh has thousands of findings.
    const items: ContractFinding[] = [];
    for (;;) {
      const page = await this.json<FindingsPage>(
        `/findings${toQueryString({
          ...query,
          offset: items.length,
          limit: FINDINGS_PAGE,
        })}`,
      );
      items.push(...page.items);

      // `total` is missing from backends that answered everything at once.
      if (
        page.total === undefined ||
        page.items.length === 0 ||
        items.length >= page.total
      ) {
        return items;
      }
    }
  }

  async listRuns(
    options: { mesh?: string; limit?: number } = {},
  ): Promise<ValidationRun[]> {
    const body = await this.json<{ items: ValidationRun[] }>(
      `/runs${toQueryString(options)}`,
    );
    return body.items;
  }

  async getRun(id: string): Promise<ValidationRun> {
    return this.json(`/runs/${encodeURIComponent(id)}`);
  }

  async startRun(options: { mesh?: string } = {}): Promise<ValidationRun[]> {
    const body = await this.json<{ items: ValidationRun[] }>('/runs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(options.mesh ? { mesh: options.mesh } : {}),
    });
    return body.items;
  }

  async getCompliance(options: { mesh?: string } = {}): Promise<Compliance> {
    return this.json(`/compliance${toQueryString(options)}`);
  }

  async exportDocument(options: {
    format: ExportFormat;
    mesh?: string;
    environment?: string;
  }): Promise<string> {
    const response = await this.request(`/export${toQueryString(options)}`);
    return response.text();
  }

  async listRules(): Promise<RuleDefinition[]> {
    const body = await this.json<{ items: RuleDefinition[] }>('/rules');
    return body.items;
  }

  async getRule(id: string): Promise<RuleDoc> {
    return this.json(`/rules/${encodeURIComponent(id)}`);
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('network-contracts');
    const response = await this.fetchApi.fetch(`${baseUrl}/v1${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
