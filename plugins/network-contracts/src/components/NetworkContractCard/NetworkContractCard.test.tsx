import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { NetworkContractCard, hasNetworkContract } from './NetworkContractCard';

const db: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'db',
    labels: { 'network-contracts.io/tier': 'data_tier' },
    annotations: {
      'network-contracts.io/mesh': 'devonboarder',
      'network-contracts.io/metadata-file': '.codex/services/db.yaml',
    },
  },
  spec: { type: 'service', dependsOn: [] },
};

const website: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'website' },
  spec: { type: 'website' },
};

describe('NetworkContractCard', () => {
  it('shows the tier, the mesh and the metadata file', async () => {
    await renderInTestApp(
      <EntityProvider entity={db}>
        <NetworkContractCard />
      </EntityProvider>,
    );

    expect(await screen.findByText('Network contract')).toBeInTheDocument();
    expect(screen.getByText('data_tier')).toBeInTheDocument();
    expect(screen.getByText('devonboarder')).toBeInTheDocument();
    expect(screen.getByText('.codex/services/db.yaml')).toBeInTheDocument();
  });

  it('renders nothing for a component without a contract', async () => {
    await renderInTestApp(
      <EntityProvider entity={website}>
        <NetworkContractCard />
      </EntityProvider>,
    );

    expect(screen.queryByText('Network contract')).not.toBeInTheDocument();
  });

  it('tells which entities have a contract', () => {
    expect(hasNetworkContract(db)).toBe(true);
    expect(hasNetworkContract(website)).toBe(false);
  });
});
