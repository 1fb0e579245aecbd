import type { SourcePosition } from '../source';

/**
 * The families of rules; each finding belongs to one.
 *
 * @public
 */
export type FindingCategory =
  | 'metadata'
  | 'tier'
  | 'isolation'
  | 'reachability'
  | 'dns'
  | 'ports'
  | 'identity'
  | 'hazard'
  | 'drift'
  | 'waiver';

/**
 * How much a finding matters. The policy may override it per rule.
 *
 * @public
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * A waiver from the policy that covers a finding.
 *
 * @public
 */
export interface FindingWaiver {
  rule: string;
  service: string;
  environment?: string;
  reason: string;
  owner: string;
  /** The last day the waiver holds, as `YYYY-MM-DD`. */
  expires: string;
}

/**
 * One way in which the network differs from its declared contract.
 *
 * @public
 */
export interface Finding {
  /** Stable rule id, for example `isolation/data-tier-published-port`. */
  rule: string;
  category: FindingCategory;
  severity: FindingSeverity;
  /** The compose service the finding is about; absent for mesh-wide ones. */
  service?: string;
  /** The environment of the policy the finding was seen in. */
  environment?: string;
  /** What is wrong, in one sentence that names the service and the value. */
  message: string;
  /** What to change so that the finding goes away. */
  remediation: string;
  /** Where the offending value is written. */
  position?: SourcePosition;
  /** Whether a waiver of the policy covers the finding. */
  waived: boolean;
  /** The waiver, when one covers it. */
  waiver?: FindingWaiver;
}

/**
 * Every finding category, in the order the design lists the rule families;
 * for pickers and for validating query parameters.
 *
 * @public
 */
export const FINDING_CATEGORIES: readonly FindingCategory[] = [
  'metadata',
  'tier',
  'isolation',
  'reachability',
  'dns',
  'ports',
  'identity',
  'hazard',
  'drift',
  'waiver',
];

/**
 * Every finding severity, most severe first.
 *
 * @public
 */
export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
