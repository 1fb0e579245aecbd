import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import {
  authServiceContract,
  authServiceEntity,
  websiteEntity,
} from '../../__fixtures__/contracts';
import { networkContractsApiRef } from '../../api';
import { NetworkContractContent } from './NetworkContractContent';

const api = {
  getServiceContract: async () => authServiceContract,
} as any;

describe('NetworkContractContent', () => {
  it('shows the contract of the service', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[networkContractsApiRef, api]]}>
        <EntityProvider entity={authServiceEntity}>
          <NetworkContractContent />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('Network contract of auth-service'),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Findings' })).toBeVisible();
  });

  it('explains how to give a component a contract', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[networkContractsApiRef, api]]}>
        <EntityProvider entity={websiteEntity}>
          <NetworkContractContent />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('This component has no network contract'),
    ).toBeInTheDocument();
  });
});
