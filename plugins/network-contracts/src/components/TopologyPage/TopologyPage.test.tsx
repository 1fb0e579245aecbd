import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authServiceContract } from '../../__fixtures__/contracts';
import { devonboarderGraph } from '../../__fixtures__/graph';
import { NetworkContractsApi, networkContractsApiRef } from '../../api';
import { TopologyPage } from './TopologyPage';

const mesh = {
  name: 'devonboarder',
  target: 'examples/devonboarder',
  environments: ['dev', 'prod'],
  latestRun: null,
};

function renderPage(overrides: Partial<NetworkContractsApi> = {}) {
  const api: Partial<NetworkContractsApi> = {
    listMeshes: async () => [mesh],
    getTopology: async () => devonboarderGraph,
    listFindings: async () => [],
    getServiceContract: async () => authServiceContract,
    ...overrides,
  };
  return renderInTestApp(
    <TestApiProvider apis={[[networkContractsApiRef, api as any]]}>
      <TopologyPage />
    </TestApiProvider>,
  );
}

// The first layout loads ELK, which takes seconds under jsdom.
jest.setTimeout(20_000);

describe('TopologyPage', () => {
  it('draws services in tier boxes with a legend', async () => {
    await renderPage();

    expect(
      await screen.findByRole(
        'group',
        { name: 'tier data_tier' },
        { timeout: 10000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('service db')).toBeInTheDocument();
    expect(screen.getByLabelText('network edge')).toBeInTheDocument();
    expect(screen.getByText('4 of 4 services in dev')).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('forbidden flow');
  });

  it('narrows the graph to the services a search finds', async () => {
    await renderPage();
    await screen.findByLabelText('service db', {}, { timeout: 10000 });

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search services' }),
      'auth',
    );

    expect(
      await screen.findByText('1 of 4 services in dev', {}, { timeout: 10000 }),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByLabelText('service backend')).toBeNull(),
    );
  });

  it('filters by tier', async () => {
    await renderPage();
    await screen.findByLabelText('service db', {}, { timeout: 10000 });

    await userEvent.click(screen.getAllByRole('button', { name: 'All' })[0]);
    await userEvent.click(
      await screen.findByRole('option', { name: 'data_tier' }),
    );

    expect(
      await screen.findByText('1 of 4 services in dev', {}, { timeout: 10000 }),
    ).toBeVisible();
  });

  it('opens the contract of a clicked service in a drawer', async () => {
    await renderPage();

    fireEvent.click(
      await screen.findByLabelText(
        'service auth-service',
        {},
        { timeout: 10000 },
      ),
    );

    const drawer = await screen.findByRole('region', {
      name: 'Contract of auth-service',
    });
    expect(
      within(drawer).getByRole('link', { name: 'Open its catalog page' }),
    ).toHaveAttribute('href', '/catalog/default/component/auth-service');
    expect(
      await within(drawer).findByRole('table', { name: 'Findings' }),
    ).toBeInTheDocument();
  });

  it('says what to do when no mesh is configured', async () => {
    await renderPage({ listMeshes: async () => [] });

    expect(await screen.findByText('No mesh configured')).toBeInTheDocument();
  });

  it('explains a failed validation when there is no graph', async () => {
    const notFound = Object.assign(new Error('no run'), {
      name: 'NotFoundError',
    });
    await renderPage({
      listMeshes: async () => [
        {
          ...mesh,
          latestRun: {
            id: '1',
            mesh: 'devonboarder',
            status: 'failed',
            trigger: 'schedule',
            startedAt: '2026-12-01T10:00:00Z',
            counts: { error: 0, warning: 0, info: 0 },
            failure: 'docker-compose.yml:3:1: bad indentation',
          },
        },
      ],
      getTopology: async () => {
        throw notFound;
      },
    });

    expect(
      await screen.findByText('The latest validation failed'),
    ).toBeInTheDocument();
    expect(screen.getByText(/bad indentation/)).toBeInTheDocument();
  });

  it('warns that the graph is of an older run when the latest failed', async () => {
    const run = {
      mesh: 'devonboarder',
      trigger: 'schedule' as const,
      counts: { error: 0, warning: 0, info: 0, waived: 0 },
    };
    await renderPage({
      listMeshes: async () => [
        {
          ...mesh,
          latestRun: {
            ...run,
            id: '2',
            status: 'failed',
            startedAt: '2026-12-02T10:00:00Z',
            failure: '.codex/services/db.yaml:3:1: Invalid YAML',
          },
          latestSuccessfulRun: {
            ...run,
            id: '1',
            status: 'succeeded',
            startedAt: '2026-12-01T10:00:00Z',
          },
        },
      ],
    });

    expect(
      await screen.findByText(/The latest run, 2 of .*, failed/),
    ).toBeInTheDocument();
    expect(screen.getByText(/These results are of run 1/)).toBeInTheDocument();
    expect(
      await screen.findByLabelText('service db', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
  });

  it('tells when the backend cannot be reached', async () => {
    await renderPage({
      listMeshes: async () => {
        throw new TypeError('Failed to fetch');
      },
    });

    expect(await screen.findByText(/cannot be reached/)).toBeInTheDocument();
  });
});
