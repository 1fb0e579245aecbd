import {
  formatProblem,
  loadMesh,
  NetworkPolicy,
  readNetworkPolicy,
  validateMesh,
  ValidationResult,
} from '@internal/plugin-network-contracts-common';
import {
  ContractFile,
  ExtraFileLoader,
  MemoryMeshReader,
  MESH_ROOT,
  NetworkContractFiles,
} from '@internal/plugin-network-contracts-node';
import { InputError } from '@backstage/errors';

/** The engine's verdict on a set of files, with the policy it read. */
export interface Validation {
  result: ValidationResult;
  policy: NetworkPolicy;
  /** Files read beyond the contract files (env files, overlays). */
  extraFiles: ContractFile[];
}

/**
 * Runs the engine over files already read. Throws `InputError` when nothing
 * can be validated (no policy, a broken policy, unknown environments).
 */
export async function validateContractFiles(
  files: NetworkContractFiles,
  options: {
    today: string;
    environments?: string[];
    /** Files read by an earlier run, when replaying it. */
    extraFiles?: ContractFile[];
    /** Where to read files the contract files do not include. */
    loader?: ExtraFileLoader;
  },
): Promise<Validation> {
  if (!files.policy) {
    throw new InputError(
      `No .codex/network-policy.yaml in ${files.root}: add the policy file.`,
    );
  }
  const policy = readNetworkPolicy(files.policy.text, files.policy.path);
  if (!policy.value) {
    // Each line names the file, so the run's failure says where to look.
    const file = files.policy.path;
    throw new InputError(
      policy.problems
        .filter(p => p.severity === 'error')
        .map(p =>
          p.position ? formatProblem(p) : `${file}: ${formatProblem(p)}`,
        )
        .join('\n') || `${file} cannot be read.`,
    );
  }

  const known = Object.keys(policy.value.environments);
  const unknown = options.environments?.filter(e => !known.includes(e)) ?? [];
  if (unknown.length > 0) {
    throw new InputError(
      `The policy has no environment ${unknown.join(', ')}; it has ` +
        `${known.join(', ') || 'none'}. Fix the mesh's environments setting.`,
    );
  }

  const reader = new MemoryMeshReader(
    files,
    options.extraFiles,
    options.loader,
  );
  const input = await loadMesh(MESH_ROOT, reader);
  const result = validateMesh(input, {
    today: options.today,
    ...(options.environments && { environments: options.environments }),
  });
  return { result, policy: policy.value, extraFiles: reader.extraFiles };
}
