import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { NetworkContractsApi, networkContractsApiRef } from '../../api';
import { RunHistoryPage } from './RunHistoryPage';

function apiWith(listRuns: NetworkContractsApi['listRuns']) {
  return [networkContractsApiRef, { listRuns } as any] as const;
}

describe('RunHistoryPage', () => {
  it('lists runs with their status and counts', async () => {
    const api = apiWith(async () => [
      {
        id: '2',
        mesh: 'devonboarder',
        status: 'failed',
        trigger: 'manual',
        startedAt: '2026-12-01T10:00:00Z',
        counts: { error: 0, warning: 0, info: 0 },
        failure: 'docker-compose.yaml:4:3: unknown network',
      },
      {
        id: '1',
        mesh: 'devonboarder',
        status: 'succeeded',
        trigger: 'schedule',
        startedAt: '2026-12-01T09:00:00Z',
        counts: { error: 3, warning: 1, info: 0 },
      },
    ]);

    await renderInTestApp(
      <TestApiProvider apis={[api]}>
        <RunHistoryPage />
      </TestApiProvider>,
    );

    const rows = await screen.findAllByRole('row');
    // A header row and one row per run.
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('failed');
    expect(rows[1]).toHaveTextContent('unknown network');
    expect(rows[2]).toHaveTextContent('succeeded');
    expect(rows[2]).toHaveTextContent('3');
  });

  it('says what to do when nothing has run', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[apiWith(async () => [])]}>
        <RunHistoryPage />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('No validation has run yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend cannot be reached', async () => {
    const api = apiWith(async () => {
      throw new Error('backend unreachable');
    });

    await renderInTestApp(
      <TestApiProvider apis={[api]}>
        <RunHistoryPage />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('Error: backend unreachable'),
    ).toBeInTheDocument();
  });
});
