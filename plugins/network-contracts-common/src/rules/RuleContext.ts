import type { ComposePositions, ComposeProject } from '../compose';
import type { ReadProblem } from '../metadata/ReadProblem';
import type { ServiceMetadata } from '../metadata/ServiceMetadata';
import type { Topology } from '../model/Topology';
import type { NetworkPolicy } from '../policy/NetworkPolicy';
import type { InputProblem, SourcePosition } from '../source';

/**
 * An environment whose compose files could not be loaded.
 *
 * @public
 */
export interface EnvironmentFailure {
  environment: string;
  problems: InputProblem[];
}

/**
 * What mesh-wide rules see: the policy, the metadata and the problems met
 * while reading them.
 *
 * @public
 */
export interface MeshContext {
  policy: NetworkPolicy;
  /** Metadata files that could be used. */
  metadata: ReadonlyArray<ServiceMetadata>;
  /** Metadata by `service_name`. */
  metadataByName: ReadonlyMap<string, ServiceMetadata>;
  /** Problems of the metadata files, tier and dependency checks excluded. */
  metadataProblems: ReadonlyArray<ReadProblem>;
  policyProblems: ReadonlyArray<ReadProblem>;
  failedEnvironments: ReadonlyArray<EnvironmentFailure>;
  /** Environments validated, in policy order. */
  environments: ReadonlyArray<string>;
  /** `YYYY-MM-DD`, the day waivers are judged on. */
  today: string;
}

/**
 * One loaded environment.
 *
 * @public
 */
export interface EnvironmentView {
  environment: string;
  project: ComposeProject;
  positions: ComposePositions;
  topology: Topology;
}

/**
 * What per-environment rules see.
 *
 * @public
 */
export interface EnvironmentContext extends MeshContext, EnvironmentView {
  /**
   * The first environment, which overlays are compared with; absent when
   * this is that environment.
   */
  base?: EnvironmentView;
  /**
   * The position of the first key of `keys` the loader knows, so a rule can
   * fall back from a list item to its service.
   */
  at(...keys: string[]): SourcePosition | undefined;
}

/** Builds the `at` lookup of an environment. */
export function positionLookup(
  positions: ComposePositions,
): EnvironmentContext['at'] {
  return (...keys) => {
    for (const key of keys) {
      const position = positions.get(key);
      if (position) {
        return position;
      }
    }
    return undefined;
  };
}

/** The position of a metadata field, else of the top of its file. */
export function metadataAt(
  metadata: ServiceMetadata,
  ...fields: string[]
): SourcePosition {
  for (const field of fields) {
    const position = metadata.source.positions[field];
    if (position) {
      return position;
    }
  }
  return { file: metadata.source.file, line: 1, column: 1 };
}

/** The position of a policy field, else of the top of the file. */
export function policyAt(
  policy: NetworkPolicy,
  ...fields: string[]
): SourcePosition {
  for (const field of fields) {
    const position = policy.source.positions[field];
    if (position) {
      return position;
    }
  }
  return { file: policy.source.file, line: 1, column: 1 };
}
