import { formatJson } from './formatJson';
import { SAMPLE_FINDINGS } from './__testUtils__/sampleFindings';

describe('formatJson', () => {
  it('keeps every field of every finding and counts them', () => {
    const report = JSON.parse(
      formatJson({ findings: SAMPLE_FINDINGS, environments: ['dev', 'prod'] }),
    );

    expect(report.version).toBe(1);
    expect(report.environments).toEqual(['dev', 'prod']);
    expect(report.findings).toEqual(SAMPLE_FINDINGS);
    expect(report.summary).toEqual({
      total: 4,
      bySeverity: { error: 1, warning: 2, info: 0 },
      byCategory: { metadata: 1, isolation: 1, reachability: 1 },
      waived: 1,
      unwaivedErrors: 1,
    });
  });

  it('prefixes files without touching the input', () => {
    const report = JSON.parse(
      formatJson({ findings: SAMPLE_FINDINGS }, { pathPrefix: 'mesh/' }),
    );

    expect(report.findings[1].position.file).toBe('mesh/docker-compose.yaml');
    expect(SAMPLE_FINDINGS[1].position?.file).toBe('docker-compose.yaml');
  });
});
