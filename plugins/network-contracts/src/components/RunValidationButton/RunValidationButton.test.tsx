import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { networkContractsApiRef } from '../../api';
import { RunValidationButton } from './RunValidationButton';

// usePermission caches answers per test file, so a denied user is tested
// in CompliancePage.test.tsx.
describe('RunValidationButton', () => {
  it('starts a run for users allowed to', async () => {
    const startRun = jest.fn(async () => [{ id: '10' }]);
    const onStarted = jest.fn();
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [networkContractsApiRef, { startRun } as any],
          [
            permissionApiRef,
            { authorize: async () => ({ result: AuthorizeResult.ALLOW }) },
          ],
        ]}
      >
        <RunValidationButton mesh="devonboarder" onStarted={onStarted} />
      </TestApiProvider>,
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Run validation now' }),
    );

    expect(startRun).toHaveBeenCalledWith({ mesh: 'devonboarder' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Run 10 started',
    );
    expect(onStarted).toHaveBeenCalled();
  });
});
