import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import type { FindingSeverity } from '@internal/plugin-network-contracts-common';

/**
 * Props of {@link SeverityChip}.
 *
 * @public
 */
export type SeverityChipProps = {
  /** The severity to show. */
  severity: FindingSeverity;
};

/**
 * A finding's severity in the theme's status colours.
 *
 * @public
 */
export function SeverityChip(props: SeverityChipProps) {
  const { severity } = props;
  if (severity === 'error') {
    return <StatusError>error</StatusError>;
  }
  if (severity === 'warning') {
    return <StatusWarning>warning</StatusWarning>;
  }
  return <StatusOK>info</StatusOK>;
}
