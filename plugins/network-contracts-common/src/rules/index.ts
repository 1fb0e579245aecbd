export type {
  Finding,
  FindingCategory,
  FindingSeverity,
  FindingWaiver,
} from './Finding';
export { FINDING_CATEGORIES, FINDING_SEVERITIES } from './Finding';
export type {
  RuleDefinition,
  RuleHit,
  Rule,
  MeshRule,
  EnvironmentRule,
} from './Rule';
export type {
  MeshContext,
  EnvironmentContext,
  EnvironmentView,
  EnvironmentFailure,
} from './RuleContext';
export type {
  MeshInput,
  EnvironmentLoadFailure,
  ValidateOptions,
  ValidationResult,
  ValidationSummary,
} from './MeshInput';
export { RULES, explainRule } from './ruleCatalogue';
export { validateMesh } from './validateMesh';
export { loadMesh } from './loadMesh';
export type { MeshReader, LoadMeshOptions } from './loadMesh';
