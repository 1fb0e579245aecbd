import type { SourcePosition } from '../source';
import type { FindingCategory, FindingSeverity } from './Finding';
import type { EnvironmentContext, MeshContext } from './RuleContext';

/**
 * What the catalogue says about a rule; enough to list, explain and
 * configure it without running it.
 *
 * @public
 */
export interface RuleDefinition {
  /** Stable id, `<category>/<name>` in kebab-case. */
  id: string;
  category: FindingCategory;
  /** Severity unless the policy's `severity` map overrides it. */
  defaultSeverity: FindingSeverity;
  /** A few words, for lists. */
  title: string;
  /** One sentence on what the rule reports. */
  summary: string;
  /**
   * Its page, relative to the repository root:
   * `docs/rules/<category>-<name>.md`, the id with `/` turned into `-`.
   */
  docPath: string;
}

/**
 * One thing a rule found, before severity overrides and waivers apply.
 *
 * @public
 */
export interface RuleHit {
  service?: string;
  message: string;
  remediation: string;
  position?: SourcePosition;
  /** Set by mesh-wide rules that still belong to one environment. */
  environment?: string;
  /** Wins over the rule's default, for rules that relay read problems. */
  severity?: FindingSeverity;
}

/**
 * A rule that looks at the inputs as a whole, once per validation.
 *
 * @public
 */
export interface MeshRule extends RuleDefinition {
  scope: 'mesh';
  check(context: MeshContext): Iterable<RuleHit>;
}

/**
 * A rule that looks at one environment at a time.
 *
 * @public
 */
export interface EnvironmentRule extends RuleDefinition {
  scope: 'environment';
  check(context: EnvironmentContext): Iterable<RuleHit>;
}

/**
 * A rule of the engine.
 *
 * @public
 */
export type Rule = MeshRule | EnvironmentRule;

/** The page of a rule, derived from its id. */
export function docPathOf(id: string): string {
  return `docs/rules/${id.replace('/', '-')}.md`;
}

/** Completes a mesh rule with its page. */
export function defineMeshRule(rule: Omit<MeshRule, 'docPath'>): MeshRule {
  return { ...rule, docPath: docPathOf(rule.id) };
}

/** Completes an environment rule with its page. */
export function defineEnvironmentRule(
  rule: Omit<EnvironmentRule, 'docPath'>,
): EnvironmentRule {
  return { ...rule, docPath: docPathOf(rule.id) };
}
