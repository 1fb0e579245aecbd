import type { ComposeLoadResult } from '../compose';
import type { ServiceMetadataSet } from '../metadata/readServiceMetadataSet';
import type { NetworkPolicy } from '../policy/NetworkPolicy';
import type { InputProblem } from '../source';
import type { Topology } from '../model/Topology';
import type { Finding, FindingCategory, FindingSeverity } from './Finding';

/**
 * An environment whose compose files could not be loaded, with the
 * problems that stopped it (from `ContractInputError.problems`).
 *
 * @public
 */
export interface EnvironmentLoadFailure {
  problems: InputProblem[];
}

/**
 * Everything a validation looks at. Each part is given either as text, to
 * be read here, or already read.
 *
 * @public
 */
export interface MeshInput {
  /** The policy file, or the policy `readNetworkPolicy` returned. */
  policy: { file: string; text: string } | NetworkPolicy;
  /** The metadata files, or the set `readServiceMetadataSet` returned. */
  metadata: ReadonlyArray<{ path: string; text: string }> | ServiceMetadataSet;
  /**
   * Each environment's loaded compose project, by environment name, or why
   * it could not be loaded.
   */
  environments: Record<string, ComposeLoadResult | EnvironmentLoadFailure>;
}

/**
 * How to validate.
 *
 * @public
 */
export interface ValidateOptions {
  /**
   * The day waivers are judged on, `YYYY-MM-DD`; a waiver expires after its
   * `expires` day. Defaults to today in UTC.
   */
  today?: string;
  /**
   * Environments to validate, by name. Defaults to all of the input, in
   * the policy's order. Drift is measured against the first of them.
   */
  environments?: string[];
}

/**
 * Counts over the findings. Waived findings are counted in `waived` only.
 *
 * @public
 */
export interface ValidationSummary {
  /** Every finding, waived or not. */
  total: number;
  /** Unwaived findings by severity. */
  bySeverity: Record<FindingSeverity, number>;
  /** Unwaived findings by category; absent categories have none. */
  byCategory: Partial<Record<FindingCategory, number>>;
  waived: number;
  /** Unwaived errors: a CI gate fails when this is not zero. */
  unwaivedErrors: number;
}

/**
 * What {@link validateMesh} returns.
 *
 * @public
 */
export interface ValidationResult {
  /** Sorted by environment, service, rule and position. */
  findings: Finding[];
  /** The topology of each environment that could be loaded. */
  topologies: Record<string, Topology>;
  /** Environments validated, in order; the first is the drift base. */
  environments: string[];
  summary: ValidationSummary;
}
