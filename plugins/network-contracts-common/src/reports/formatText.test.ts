import { formatText } from './formatText';
import { SAMPLE_FINDINGS } from './__testUtils__/sampleFindings';

describe('formatText', () => {
  it('groups by environment and service, with fixes and a summary', () => {
    const text = formatText(
      { findings: SAMPLE_FINDINGS, environments: ['dev', 'prod'] },
      { pathPrefix: 'examples/app' },
    );

    expect(text).toContain(
      'dev\n  db\n    examples/app/docker-compose.yaml:40:7 error ' +
        'isolation/data-tier-published-port Service "db" publishes',
    );
    expect(text).toContain('      fix: Remove `ports:`, use `expose:`.');
    expect(text).toContain('(all environments)\n  (mesh)\n    warning');
    expect(text).toContain('error (waived) ports/unbound-host-interface');
    expect(text).toContain(
      'waived by group:default/platform until 2099-12-31: Public ingress.',
    );
    expect(text.trimEnd().split('\n').pop()).toBe(
      '1 error, 2 warnings, 0 notes, 1 waived in dev, prod.',
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatText({ findings: [], environments: ['dev'] })).toBe(
      '\nNo findings in dev.\n'.trimStart(),
    );
  });
});
