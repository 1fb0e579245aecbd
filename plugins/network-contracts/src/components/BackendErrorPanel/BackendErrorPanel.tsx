import { ResponseErrorPanel, WarningPanel } from '@backstage/core-components';
import type { ResponseError } from '@backstage/errors';

/**
 * Props of {@link BackendErrorPanel}.
 *
 * @public
 */
export type BackendErrorPanelProps = {
  /** The error of a call to the network-contracts backend. */
  error: Error;
};

function hintFor(error: Error): { title: string; message: string } | undefined {
  const status = (error as Partial<ResponseError>).response?.status;
  if (status === undefined) {
    return {
      title: 'The network-contracts backend cannot be reached',
      message:
        'Check that the backend runs and that packages/backend adds @internal/plugin-network-contracts-backend, then reload the page.',
    };
  }
  if (status === 403) {
    return {
      title: 'You may not read network contracts',
      message:
        'Ask the platform team for the permission network-contracts.findings.read.',
    };
  }
  if (status === 404) {
    return {
      title: 'Nothing validated yet',
      message:
        'No mesh has a successful validation run. Configure a mesh under networkContracts in app-config.yaml, or start a run from the compliance page.',
    };
  }
  return undefined;
}

/**
 * An error of the backend with what the user can do about it.
 *
 * @public
 */
export function BackendErrorPanel(props: BackendErrorPanelProps) {
  const { error } = props;
  const hint = hintFor(error);
  if (!hint) {
    return <ResponseErrorPanel error={error} />;
  }
  return (
    <WarningPanel severity="error" title={hint.title} message={hint.message}>
      {error.message}
    </WarningPanel>
  );
}
