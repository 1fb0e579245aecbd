import { Finding } from '@internal/plugin-network-contracts-common';
import { createHash } from 'node:crypto';
import {
  ContractFile,
  NetworkContractFiles,
} from '@internal/plugin-network-contracts-node';

/**
 * Identifies a finding across runs. Positions are left out, so that an edit
 * above the offending line does not make the finding look new.
 */
export function fingerprintOf(mesh: string, finding: Finding): string {
  return createHash('sha256')
    .update(
      [
        mesh,
        finding.rule,
        finding.environment ?? '',
        finding.service ?? '',
        finding.message,
      ].join('\u0000'),
    )
    .digest('hex')
    .slice(0, 32);
}

/** Hash of every input file, to tell whether anything changed. */
export function contentHashOf(
  files: NetworkContractFiles,
  extraFiles: ContractFile[],
): string {
  const hash = createHash('sha256');
  const all = [...files.services, ...files.composeFiles, ...extraFiles];
  if (files.policy) {
    all.push(files.policy);
  }
  all.sort((a, b) => a.path.localeCompare(b.path));
  for (const file of all) {
    hash.update(file.path).update('\u0000').update(file.text).update('\u0000');
  }
  return `sha256:${hash.digest('hex')}`;
}
