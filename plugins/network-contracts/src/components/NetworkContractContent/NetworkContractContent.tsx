import { Content, EmptyState, InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  hasNetworkContract,
  meshOf,
  TIER_LABEL,
} from '../../lib/contract/tier';
import { ServiceContractView } from '../ServiceContractView';

/**
 * The "Network contract" tab of a service: the whole contract in every
 * environment.
 *
 * @public
 */
export function NetworkContractContent() {
  const { entity } = useEntity();
  if (!hasNetworkContract(entity)) {
    return (
      <EmptyState
        missing="field"
        title="This component has no network contract"
        description={`Give it a metadata file under .codex/services/ with a tier; the catalog then labels it ${TIER_LABEL}.`}
      />
    );
  }
  return (
    <Content>
      <InfoCard title={`Network contract of ${entity.metadata.name}`}>
        <ServiceContractView
          name={entity.metadata.name}
          mesh={meshOf(entity)}
          tier={entity.metadata.labels?.[TIER_LABEL]}
        />
      </InfoCard>
    </Content>
  );
}
