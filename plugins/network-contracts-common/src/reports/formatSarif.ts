import type { Finding, FindingSeverity } from '../rules/Finding';
import type { RuleDefinition } from '../rules/Rule';
import { RULES } from '../rules/ruleCatalogue';
import { docsUrl, ReportInput, ReportOptions, reportPath } from './ReportInput';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Where findings without a position are shown: the policy file. */
const FALLBACK_FILE = '.codex/network-policy.yaml';

const LEVEL: Record<FindingSeverity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * The findings as a SARIF 2.1.0 log with one run. The driver lists every
 * rule of {@link RULES} with its title, summary, default level and page;
 * each finding is a result located at its file, relative to the repository
 * root (see `ReportOptions.pathPrefix`). Findings without a position point
 * at the first line of the policy file, since code scanning drops results
 * without a location. Waived findings carry an accepted external
 * suppression with the waiver's owner, expiry and reason.
 *
 * @public
 */
export function formatSarif(
  input: ReportInput,
  options?: ReportOptions,
): string {
  const rules = [...RULES];
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'network-contracts',
            ...(options?.toolVersion && { version: options.toolVersion }),
            rules: rules.map(rule => sarifRule(rule, options)),
          },
        },
        automationDetails: {
          id: `network-contracts/${(input.environments ?? []).join('+')}`,
        },
        results: input.findings.map(finding =>
          sarifResult(finding, ruleIndex.get(finding.rule), options),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(rule: RuleDefinition, options?: ReportOptions) {
  const helpUri = docsUrl(rule.docPath, options);
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.summary },
    ...(helpUri && { helpUri }),
    help: { text: `${rule.summary} See ${rule.docPath}.` },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { category: rule.category, docPath: rule.docPath },
  };
}

function sarifResult(
  finding: Finding,
  ruleIndex: number | undefined,
  options?: ReportOptions,
) {
  const position = finding.position ?? {
    file: FALLBACK_FILE,
    line: 1,
    column: 1,
  };
  const where = [finding.environment, finding.service].filter(Boolean);
  return {
    ruleId: finding.rule,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: LEVEL[finding.severity],
    message: {
      text: `${finding.message} Fix: ${finding.remediation}`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: encodeUri(reportPath(position.file, options)),
          },
          region: {
            startLine: position.line,
            startColumn: position.column,
          },
        },
        ...(where.length > 0 && {
          logicalLocations: [
            {
              name: finding.service ?? finding.environment,
              fullyQualifiedName: where.join('/'),
              kind: finding.service ? 'module' : 'namespace',
            },
          ],
        }),
      },
    ],
    // Keeps one alert per finding across runs when lines move.
    partialFingerprints: {
      'networkContractsFinding/v1': [
        finding.rule,
        finding.environment ?? '',
        finding.service ?? '',
        finding.message,
      ].join('|'),
    },
    ...(finding.waiver && {
      suppressions: [
        {
          kind: 'external',
          status: 'accepted',
          justification:
            `Waived by ${finding.waiver.owner} until ` +
            `${finding.waiver.expires}: ${finding.waiver.reason}`,
        },
      ],
    }),
    properties: {
      category: finding.category,
      ...(finding.environment && { environment: finding.environment }),
      ...(finding.service && { service: finding.service }),
    },
  };
}

/** `reachability/undeclared-peer` becomes `ReachabilityUndeclaredPeer`. */
function pascalName(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map(part => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** Paths become URI references: each segment percent-encoded. */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
