import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  Compliance,
  NetworkContractsApi,
  networkContractsApiRef,
} from '../../api';
import { CompliancePage } from './CompliancePage';

const run = {
  id: '9',
  mesh: 'devonboarder',
  status: 'succeeded' as const,
  trigger: 'schedule' as const,
  startedAt: '2026-12-01T10:00:00Z',
  counts: { error: 3, warning: 1, info: 0, waived: 1 },
};

const compliance: Compliance = {
  mesh: 'devonboarder',
  run,
  latestRun: run,
  bySeverity: { error: 3, warning: 1, info: 0 },
  byCategory: {
    isolation: { error: 2, warning: 0, info: 0 },
    dns: { error: 1, warning: 1, info: 0 },
  },
  byTier: {
    data_tier: { error: 2, warning: 0, info: 0 },
    auth_tier: { error: 1, warning: 1, info: 0 },
  },
  services: [
    {
      service: 'db',
      tier: 'data_tier',
      open: { error: 2, warning: 0, info: 0 },
    },
    {
      service: 'auth-service',
      tier: 'auth_tier',
      open: { error: 1, warning: 1, info: 0 },
    },
  ],
  waivers: [
    {
      rule: 'ports/host-port-not-allowed',
      service: 'traefik',
      reason: 'dashboard during migration',
      owner: 'group:platform',
      expires: '2026-12-10',
      daysLeft: 9,
      expired: false,
      used: true,
    },
  ],
  trend: [
    {
      runId: '8',
      startedAt: '2026-11-30T10:00:00Z',
      status: 'succeeded',
      counts: { error: 5, warning: 1, info: 0 },
    },
    {
      runId: '9',
      startedAt: '2026-12-01T10:00:00Z',
      status: 'succeeded',
      counts: run.counts,
    },
  ],
};

function renderPage(
  api: Partial<NetworkContractsApi>,
  result: AuthorizeResult = AuthorizeResult.DENY,
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          networkContractsApiRef,
          {
            listMeshes: async () => [{ name: 'devonboarder' }],
            ...api,
          } as any,
        ],
        [permissionApiRef, { authorize: async () => ({ result }) } as any],
      ]}
    >
      <CompliancePage />
    </TestApiProvider>,
  );
}

describe('CompliancePage', () => {
  it('shows counts, services, waivers and the trend', async () => {
    await renderPage({ getCompliance: async () => compliance });

    const byTier = await screen.findByRole('table', { name: 'By tier' });
    const dataRow = within(byTier).getByRole('row', { name: /data_tier/ });
    expect(dataRow).toHaveTextContent('data_tier200');
    expect(
      screen.getByRole('table', { name: 'By category' }),
    ).toHaveTextContent('isolation');
    expect(screen.getByRole('img', { name: /now 3 errors/ })).toBeVisible();
    expect(screen.getByText('auth-service')).toBeVisible();
    expect(screen.getByText('9 days left')).toBeVisible();
    expect(screen.getByText('group:platform')).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Run validation now' }),
    ).not.toBeInTheDocument();
  });

  it('says why the latest run failed, above the last good figures', async () => {
    const failed = {
      ...run,
      id: '10',
      status: 'failed' as const,
      failure:
        'InputError: A file of the mesh cannot be read.\n' +
        '.codex/services/db.yaml:3:1: Invalid YAML',
    };
    await renderPage({
      getCompliance: async () => ({ ...compliance, latestRun: failed }),
    });

    expect(
      await screen.findByText(/The latest run, 10 of .*, failed/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/\.codex\/services\/db\.yaml:3:1: Invalid YAML/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Mesh devonboarder, run 9/)).toBeInTheDocument();
  });

  it('shows no warning when the latest run is the one shown', async () => {
    await renderPage({ getCompliance: async () => compliance });

    expect(
      await screen.findByText(/Mesh devonboarder, run 9/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/The latest run/)).not.toBeInTheDocument();
  });

  it('says what to do before the first run', async () => {
    await renderPage({
      getCompliance: async () => {
        throw Object.assign(new Error('no run'), { name: 'NotFoundError' });
      },
    });

    expect(
      await screen.findByText('No successful validation yet'),
    ).toBeInTheDocument();
  });

  it('shows the first of several meshes, with a picker', async () => {
    const getCompliance = jest.fn(async ({ mesh }: { mesh?: string }) => ({
      ...compliance,
      mesh: mesh!,
    }));
    await renderPage({
      listMeshes: async () =>
        [{ name: 'devonboarder' }, { name: 'devonboarder-flat' }] as any,
      getCompliance,
    });

    expect(
      await screen.findByText(/Mesh devonboarder, run 9/),
    ).toBeInTheDocument();
    expect(getCompliance).toHaveBeenCalledWith({ mesh: 'devonboarder' });

    await userEvent.click(screen.getByRole('button', { name: 'devonboarder' }));
    await userEvent.click(
      screen.getByRole('option', { name: 'devonboarder-flat' }),
    );
    expect(
      await screen.findByText(/Mesh devonboarder-flat, run 9/),
    ).toBeInTheDocument();
  });
});
