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

  it('warns that the latest run failed, above the last good contract', async () => {
    const run = {
      mesh: authServiceContract.mesh,
      trigger: 'schedule',
      startedAt: '2026-12-02T10:00:00Z',
      counts: { error: 0, warning: 0, info: 0, waived: 0 },
    };
    const failing = {
      ...api,
      listMeshes: async () => [
        {
          name: authServiceContract.mesh,
          target: '/srv/mesh',
          environments: [],
          latestRun: {
            ...run,
            id: 'later',
            status: 'failed',
            failure: '.codex/services/auth-service.yaml:3:1: Invalid YAML',
          },
          latestSuccessfulRun: {
            ...run,
            id: authServiceContract.runId,
            status: 'succeeded',
          },
        },
      ],
    };
    await renderInTestApp(
      <TestApiProvider apis={[[networkContractsApiRef, failing]]}>
        <EntityProvider entity={authServiceEntity}>
          <NetworkContractContent />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByText(/The latest run, later of .*, failed/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `These results are of run ${authServiceContract.runId}, the last that succeeded. Fix the input, then run a validation again.`,
      ),
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
