import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MeshSnapshot } from '../validation/MeshSnapshot';
import { MeshFinding } from '../validation/types';
import { NewErrors, RunAlerter } from './RunAlerter';

/**
 * Notifies the owners of each service with new errors, one notification a
 * service a run. The owner is the catalog entity's `spec.owner`, else the
 * metadata's `owner`, else the policy's default catalog owner.
 *
 * @public
 */
export class NotificationAlerter implements RunAlerter {
  readonly name = 'notifications';

  static create(options: {
    notifications: NotificationService;
    catalog: CatalogService;
    auth: AuthService;
  }) {
    return new NotificationAlerter(
      options.notifications,
      options.catalog,
      options.auth,
    );
  }

  private constructor(
    private readonly notifications: NotificationService,
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  async alert({ snapshot, findings, logger }: NewErrors): Promise<void> {
    const byService = new Map<string, MeshFinding[]>();
    for (const finding of findings) {
      const key = finding.service ?? '';
      byService.set(key, [...(byService.get(key) ?? []), finding]);
    }

    for (const [service, list] of byService) {
      const owner = await this.ownerOf(snapshot, service, logger);
      if (!owner) {
        logger.warn(
          `No owner known for ${service || `mesh ${snapshot.mesh}`}; ` +
            `${list.length} new errors were not notified`,
        );
        continue;
      }
      const subject = service || `mesh ${snapshot.mesh}`;
      await this.notifications.send({
        recipients: { type: 'entity', entityRef: owner },
        payload: {
          title: `${list.length} new network contract error${
            list.length === 1 ? '' : 's'
          } in ${subject}`,
          description: list
            .slice(0, 5)
            .map(f => `${f.rule}: ${f.message}`)
            .join('\n'),
          link: `/network-contracts?mesh=${encodeURIComponent(snapshot.mesh)}${
            service ? `&service=${encodeURIComponent(service)}` : ''
          }`,
          severity: 'high',
          topic: `network-contracts:${snapshot.mesh}`,
          scope: `network-contracts:${snapshot.mesh}:${service}`,
        },
      });
    }
  }

  private async ownerOf(
    snapshot: MeshSnapshot,
    service: string,
    logger: LoggerService,
  ): Promise<string | undefined> {
    const metadata = service ? metadataOf(snapshot, service) : undefined;
    const entityName = metadata?.serviceName ?? service;

    let owner: string | undefined;
    if (entityName) {
      try {
        const entity = await this.catalog.getEntityByRef(
          { kind: 'Component', namespace: 'default', name: entityName },
          { credentials: await this.auth.getOwnServiceCredentials() },
        );
        owner = entity?.spec?.owner as string | undefined;
      } catch (error) {
        // The metadata still names an owner; the catalog may be starting.
        logger.debug(`Catalog lookup of ${entityName} failed`, error as Error);
      }
    }
    owner ??= metadata?.owner ?? snapshot.policy.catalog.owner;
    if (!owner) {
      return undefined;
    }
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  }
}

function metadataOf(snapshot: MeshSnapshot, service: string) {
  for (const topology of Object.values(snapshot.result.topologies)) {
    const metadata =
      topology.services.get(service)?.metadata ??
      topology.unplacedMetadata.find(m => m.composeService === service);
    if (metadata) {
      return metadata;
    }
  }
  return undefined;
}
