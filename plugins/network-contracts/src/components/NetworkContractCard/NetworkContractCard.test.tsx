import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  authServiceContract,
  authServiceEntity,
  websiteEntity,
} from '../../__fixtures__/contracts';
import { NetworkContractsApi, networkContractsApiRef } from '../../api';
import { NetworkContractCard } from './NetworkContractCard';
import { hasNetworkContract } from '.';

function renderCard(
  entity = authServiceEntity,
  getServiceContract: NetworkContractsApi['getServiceContract'] = async () =>
    authServiceContract,
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[[networkContractsApiRef, { getServiceContract } as any]]}
    >
      <EntityProvider entity={entity}>
        <NetworkContractCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('NetworkContractCard', () => {
  it('shows networks, ports, dependencies, peers and findings', async () => {
    await renderCard();

    expect(await screen.findByText('Network contract')).toBeInTheDocument();
    expect(screen.getByText('auth_tier', { selector: 'strong' })).toBeVisible();
    const networks = screen.getByRole('table', { name: 'Networks' });
    expect(networks).toHaveTextContent('auth.devonboarder.internal');
    expect(screen.getByText(/Published: 8002 → 8002\/tcp/)).toBeVisible();
    const deps = screen.getByRole('table', { name: 'Declared dependencies' });
    expect(within(deps).getByText('unreachable')).toBeInTheDocument();
    const peers = screen.getByRole('table', {
      name: 'Reachable but undeclared',
    });
    expect(peers).toHaveTextContent('backend');
    const findings = screen.getByRole('table', { name: 'Findings' });
    expect(findings).toHaveTextContent('Attach auth-service to data_tier.');
    const ruleLink = within(findings).getAllByRole('link')[0];
    expect(ruleLink).toHaveAttribute(
      'href',
      '/docs/rules/reachability-dependency-unreachable.md',
    );
  });

  it('switches environment', async () => {
    await renderCard();

    await userEvent.click(await screen.findByRole('button', { name: /dev/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'prod' }));

    const deps = screen.getByRole('table', { name: 'Declared dependencies' });
    expect(within(deps).getByText('reachable')).toBeInTheDocument();
    expect(deps).toHaveTextContent('data_tier');
    expect(screen.getByText(/No findings/)).toBeInTheDocument();
  });

  it('shows a friendly state when the backend does not know the service', async () => {
    await renderCard(authServiceEntity, async () => {
      throw await ResponseError.fromResponse(
        new Response(
          JSON.stringify({ error: { name: 'NotFoundError', message: 'no' } }),
          { status: 404, statusText: 'Not Found' },
        ) as any,
      );
    });

    expect(
      await screen.findByText('No validation knows this service yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend cannot be reached', async () => {
    await renderCard(authServiceEntity, async () => {
      throw new Error('Failed to fetch');
    });

    expect(
      await screen.findByText(
        /The network-contracts backend cannot be reached/,
      ),
    ).toBeInTheDocument();
  });

  it('renders nothing for a component without a contract', async () => {
    await renderCard(websiteEntity);

    expect(screen.queryByText('Network contract')).not.toBeInTheDocument();
  });

  it('tells which entities have a contract', () => {
    expect(hasNetworkContract(authServiceEntity)).toBe(true);
    expect(hasNetworkContract(websiteEntity)).toBe(false);
  });
});
