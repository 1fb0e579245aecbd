import { escapeXml } from './escapeXml';
import { formatJunit } from './formatJunit';
import { SAMPLE_FINDINGS } from './__testUtils__/sampleFindings';
import { findAll, parseXml, XmlElement } from './__testUtils__/parseXml';
import { validateExample } from '../exports/__testUtils__/exampleMesh';

function testCase(suite: XmlElement, className: string) {
  return findAll(suite, 'testcase').find(
    c => c.attributes.classname === className,
  );
}

describe('formatJunit', () => {
  it('writes one suite per environment and fails on unwaived errors', () => {
    const root = parseXml(
      formatJunit({
        findings: SAMPLE_FINDINGS,
        environments: ['dev', 'prod'],
      }),
    );
    const suites = findAll(root, 'testsuite');

    expect(root.name).toBe('testsuites');
    expect(suites.map(s => s.attributes.name)).toEqual(['mesh', 'dev', 'prod']);
    const dev = suites[1];
    expect(dev.attributes.failures).toBe('1');
    const [failure] = findAll(testCase(dev, 'dev.db')!, 'failure');
    expect(failure.attributes.message).toBe(
      'Service "db" publishes 5432 on the host, <all> & "every" one.',
    );
    expect(failure.text).toContain('docker-compose.yaml:40:7: error');
    const frontend = testCase(dev, 'dev.frontend')!;
    expect(findAll(frontend, 'failure')).toEqual([]);
    expect(findAll(frontend, 'system-out')[0].text).toContain(
      'can reach 1 service',
    );
    expect(
      findAll(testCase(suites[2], 'prod.traefik')!, 'skipped'),
    ).toHaveLength(1);
  });

  it('lists passing services of a clean mesh', async () => {
    const result = await validateExample('devonboarder');
    const root = parseXml(formatJunit(result));
    const dev = findAll(root, 'testsuite').find(
      s => s.attributes.name === 'dev',
    )!;

    expect(dev.attributes.failures).toBe('0');
    expect(testCase(dev, 'dev.db')?.attributes.name).toBe('contract');
  });

  it('is checked by a parser that rejects broken XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>&</a>')).toThrow();
  });
});

describe('escapeXml', () => {
  it('drops characters XML cannot carry and escapes markup', () => {
    expect(escapeXml('a\u0000b\u0007c\td\n<&>"\'')).toBe(
      'abc\td\n&lt;&amp;&gt;&quot;&apos;',
    );
  });
});
