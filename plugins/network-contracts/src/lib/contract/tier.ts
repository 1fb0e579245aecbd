import { Entity } from '@backstage/catalog-model';

/** The label that carries a service's network tier. */
export const TIER_LABEL = 'network-contracts.io/tier';

/** The label that names the mesh of a service. */
export const MESH_LABEL = 'network-contracts.io/mesh';

/** The annotation that points at a service's metadata file. */
export const METADATA_ANNOTATION = 'network-contracts.io/metadata-file';

/**
 * Whether an entity has a network contract: only those get the card and
 * the tab.
 *
 * @public
 */
export function hasNetworkContract(entity: Entity): boolean {
  return Boolean(entity.metadata.labels?.[TIER_LABEL]);
}

/** The mesh of an entity, from its label. */
export function meshOf(entity: Entity): string | undefined {
  return entity.metadata.labels?.[MESH_LABEL];
}
