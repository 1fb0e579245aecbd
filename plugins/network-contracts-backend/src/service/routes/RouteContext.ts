import { NetworkContractsApi } from '../NetworkContractsApi';
import { AccessGuard } from '../AccessGuard';

/** What every group of routes needs. */
export interface RouteContext {
  api: NetworkContractsApi;
  access: AccessGuard;
}
