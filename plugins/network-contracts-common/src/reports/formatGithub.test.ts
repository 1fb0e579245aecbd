import { formatGithub } from './formatGithub';
import { SAMPLE_FINDINGS } from './__testUtils__/sampleFindings';

describe('formatGithub', () => {
  it('prints one workflow command per unwaived finding', () => {
    const lines = formatGithub(
      { findings: SAMPLE_FINDINGS },
      { pathPrefix: 'examples/app' },
    )
      .trimEnd()
      .split('\n');

    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::warning title=metadata/invalid-policy::Field "extra" is unknown.%0AFix: Remove it.',
    );
    expect(lines[1]).toMatch(
      /^::error file=examples\/app\/docker-compose.yaml,line=40,col=7,title=isolation\/data-tier-published-port::\[dev\/db\] Service "db"/,
    );
    // Percent signs and newlines would end or corrupt the command.
    expect(lines[2]).toContain('100%25 open.%0AFix: Split the network,%0Aor');
    expect(lines.join('\n')).not.toContain('traefik');
    expect(lines[3]).toBe('1 error, 2 warnings, 0 notes, 1 waived.');
  });

  it('escapes separators in properties', () => {
    const [line] = formatGithub({
      findings: [
        {
          ...SAMPLE_FINDINGS[1],
          severity: 'info',
          position: { file: 'a,b:c.yaml', line: 1, column: 2 },
        },
      ],
    }).split('\n');

    expect(line).toMatch(/^::notice file=a%2Cb%3Ac.yaml,line=1,col=2,/);
  });
});
