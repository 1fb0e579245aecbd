import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  hasNetworkContract,
  meshOf,
  TIER_LABEL,
} from '../../lib/contract/tier';
import { ServiceContractView } from '../ServiceContractView';

/**
 * Props of {@link NetworkContractCard}.
 *
 * @public
 */
export type NetworkContractCardProps = {
  /** Card title. Default: `Network contract`. */
  title?: string;
};

/**
 * The network contract of the service on its entity page. Renders nothing
 * for an entity without the tier label.
 *
 * @public
 */
export function NetworkContractCard(props: NetworkContractCardProps) {
  const { title = 'Network contract' } = props;
  const { entity } = useEntity();
  if (!hasNetworkContract(entity)) {
    return null;
  }
  return (
    <InfoCard title={title}>
      <ServiceContractView
        name={entity.metadata.name}
        mesh={meshOf(entity)}
        tier={entity.metadata.labels?.[TIER_LABEL]}
      />
    </InfoCard>
  );
}
