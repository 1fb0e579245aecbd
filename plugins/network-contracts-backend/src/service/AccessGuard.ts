import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { BasicPermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';

/**
 * Checks credentials and permissions for the API and the actions, so both
 * refuse the same callers.
 *
 * @public
 */
export class AccessGuard {
  constructor(
    private readonly httpAuth: HttpAuthService,
    private readonly permissions: PermissionsService,
  ) {}

  /** The caller's credentials, once the permission allows the request. */
  async request(req: Request, permission: BasicPermission) {
    const credentials = await this.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await this.require(credentials, permission);
    return credentials;
  }

  /** Throws `NotAllowedError` unless the permission allows it. */
  async require(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== 'ALLOW') {
      throw new NotAllowedError(`Permission ${permission.name} is required.`);
    }
  }
}
