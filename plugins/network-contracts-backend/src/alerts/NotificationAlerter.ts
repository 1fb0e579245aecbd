import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MeshSnapshot } from '../validation/MeshSnapshot';
import { MeshFinding } from '../validation/types';
import { NewErrors, RunAlerter } from './RunAlerter';

/** Where the portal shows mesh-wide findings. */
const COMPLIANCE_PATH = '/network-contracts/compliance';

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
      const { owner, entity } = await this.lookup(snapshot, service, logger);
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
          link: entity ? contractTabOf(entity) : COMPLIANCE_PATH,
          severity: 'high',
          topic: `network-contracts:${snapshot.mesh}`,
          scope: `network-contracts:${snapshot.mesh}:${service}`,
        },
      });
    }
  }

  /**
   * The owner to notify about a service, and its catalog entity when the
   * catalog has one, for the link.
   */
  private async lookup(
    snapshot: MeshSnapshot,
    service: string,
    logger: LoggerService,
  ): Promise<{ owner?: string; entity?: Entity }> {
    const metadata = service ? metadataOf(snapshot, service) : undefined;
    const entityName = metadata?.serviceName ?? service;

    let entity: Entity | undefined;
    if (entityName) {
      try {
        const { items } = await this.catalog.getEntities(
          {
            filter: { kind: 'Component', 'metadata.name': entityName },
            fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec'],
          },
          { credentials: await this.auth.getOwnServiceCredentials() },
        );
        // The catalog module may put the mesh in a namespace of its own;
        // the default one wins when the name is in several.
        entity =
          items.find(e => e.metadata.namespace === 'default') ?? items[0];
      } catch (error) {
        // The metadata still names an owner; the catalog may be starting.
        logger.debug(`Catalog lookup of ${entityName} failed`, error as Error);
      }
    }
    const owner =
      (entity?.spec?.owner as string | undefined) ??
      metadata?.owner ??
      snapshot.policy.catalog.owner;
    if (!owner) {
      return { entity };
    }
    const ownerRef = stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity?.metadata.namespace ?? 'default',
      }),
    );
    return { owner: ownerRef, entity };
  }
}

/** The network contract tab of an entity page of the portal. */
function contractTabOf(entity: Entity): string {
  const { kind, metadata } = entity;
  return `/catalog/${encodeURIComponent(
    metadata.namespace ?? 'default',
  )}/${kind.toLocaleLowerCase('en-US')}/${encodeURIComponent(
    metadata.name,
  )}/network-contract`;
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
