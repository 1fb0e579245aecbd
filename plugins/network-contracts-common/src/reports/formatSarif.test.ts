import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../rules/ruleCatalogue';
import { formatSarif } from './formatSarif';
import { SAMPLE_FINDINGS } from './__testUtils__/sampleFindings';
import { validateExample } from '../exports/__testUtils__/exampleMesh';
import schema from './__fixtures__/sarif-2.1.0-rtm.5.json';

/**
 * The official SARIF 2.1.0 schema (draft-04), as shipped in the
 * `@microsoft/jest-sarif` package, compiled once.
 */
function sarifValidator() {
  // The schema's pattern for `language` is not a valid regular expression
  // in unicode mode, so it is compiled without it, as a draft-04 validator
  // of its time would.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('formatSarif', () => {
  const validate = sarifValidator();

  it('writes a log that the SARIF 2.1.0 schema accepts', () => {
    const log = JSON.parse(
      formatSarif(
        { findings: SAMPLE_FINDINGS, environments: ['dev', 'prod'] },
        {
          pathPrefix: 'examples/app',
          docsBaseUrl: 'https://example.com/contracts/blob/main',
          toolVersion: '0.1.0',
        },
      ),
    );

    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('rejects what the schema forbids, so the check can fail', () => {
    const log = JSON.parse(formatSarif({ findings: SAMPLE_FINDINGS }));
    log.runs[0].results[0].level = 'fatal';

    expect(validate(log)).toBe(false);
  });

  it('describes every rule with its page', () => {
    const log = JSON.parse(
      formatSarif(
        { findings: [] },
        { docsBaseUrl: 'https://example.com/repo/blob/main/' },
      ),
    );
    const rules = log.runs[0].tool.driver.rules;

    expect(rules).toHaveLength(RULES.length);
    const rule = rules.find(
      (r: { id: string }) => r.id === 'reachability/undeclared-peer',
    );
    expect(rule).toMatchObject({
      name: 'ReachabilityUndeclaredPeer',
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.any(String) },
      helpUri:
        'https://example.com/repo/blob/main/docs/rules/reachability-undeclared-peer.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('locates results and suppresses waived ones', () => {
    const log = JSON.parse(
      formatSarif({ findings: SAMPLE_FINDINGS }, { pathPrefix: 'mesh' }),
    );
    const [policy, db, , traefik] = log.runs[0].results;

    expect(db).toMatchObject({
      ruleId: 'isolation/data-tier-published-port',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'mesh/docker-compose.yaml' },
            region: { startLine: 40, startColumn: 7 },
          },
        },
      ],
    });
    expect(db.ruleIndex).toBe(
      RULES.findIndex(r => r.id === 'isolation/data-tier-published-port'),
    );
    expect(policy.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'mesh/.codex/network-policy.yaml',
    );
    expect(db.suppressions).toBeUndefined();
    expect(traefik.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification:
          'Waived by group:default/platform until 2099-12-31: Public ingress.',
      },
    ]);
  });

  it('validates a real mesh with findings', async () => {
    const result = await validateExample('devonboarder-flat');
    const log = JSON.parse(formatSarif(result));

    expect(log.runs[0].results.length).toBe(result.findings.length);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
});
