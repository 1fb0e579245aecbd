import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { NetworkContractsApi, ValidationRun } from './NetworkContractsApi';

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

  async listRuns(options: { limit?: number } = {}): Promise<ValidationRun[]> {
    const query = options.limit ? `?limit=${options.limit}` : '';
    const body = await this.get<{ items: ValidationRun[] }>(`/runs${query}`);
    return body.items;
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('network-contracts');
    const response = await this.fetchApi.fetch(`${baseUrl}/v1${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
