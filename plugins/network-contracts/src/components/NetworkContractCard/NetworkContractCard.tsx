import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';

/** The label that carries a service's network tier. */
export const TIER_LABEL = 'network-contracts.io/tier';

const MESH_ANNOTATION = 'network-contracts.io/mesh';
const METADATA_ANNOTATION = 'network-contracts.io/metadata-file';

/**
 * Whether an entity has a network contract: only those get the card.
 *
 * @public
 */
export function hasNetworkContract(entity: Entity): boolean {
  return Boolean(entity.metadata.labels?.[TIER_LABEL]);
}

/**
 * The network contract of the service on its entity page.
 *
 * @public
 */
export function NetworkContractCard() {
  const { entity } = useEntity();
  if (!hasNetworkContract(entity)) {
    return null;
  }

  const annotations = entity.metadata.annotations ?? {};
  const dependsOn = (entity.spec?.dependsOn as string[] | undefined) ?? [];
  const metadata: Record<string, string | string[]> = {
    Tier: entity.metadata.labels![TIER_LABEL],
    Mesh: annotations[MESH_ANNOTATION] ?? 'unknown',
    'Declared dependencies': dependsOn.length ? dependsOn : ['none'],
  };
  if (annotations[METADATA_ANNOTATION]) {
    metadata['Metadata file'] = annotations[METADATA_ANNOTATION];
  }

  return (
    <InfoCard title="Network contract">
      <StructuredMetadataTable metadata={metadata} />
    </InfoCard>
  );
}
