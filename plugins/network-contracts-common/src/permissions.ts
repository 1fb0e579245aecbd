import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows reading validation results: findings, contracts, topology, runs
 * and compliance figures of the network-contracts backend.
 *
 * @public
 */
export const networkContractsFindingsReadPermission = createPermission({
  name: 'network-contracts.findings.read',
  attributes: { action: 'read' },
});

/**
 * Allows starting a validation run on demand, outside the schedule.
 *
 * @public
 */
export const networkContractsRunCreatePermission = createPermission({
  name: 'network-contracts.run.create',
  attributes: { action: 'create' },
});

/**
 * Every permission of the network-contracts plugins, for registration with
 * the permission framework.
 *
 * @public
 */
export const networkContractsPermissions = [
  networkContractsFindingsReadPermission,
  networkContractsRunCreatePermission,
];
