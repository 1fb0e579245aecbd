import type { Finding } from '../rules/Finding';
import { escapeXml } from './escapeXml';
import { ReportInput, ReportOptions, reportPath } from './ReportInput';

const MESH = 'mesh';

interface TestCase {
  name: string;
  className: string;
  failures: Finding[];
  skipped: Finding[];
  notes: Finding[];
}

/**
 * A JUnit XML report, for CI systems that show test results: one test
 * suite per environment (and one named `mesh` for findings that hold in
 * every environment), one test case per service and rule that has
 * findings, and one passing `contract` case for each service without any.
 * Unwaived errors are failures, waived findings are skipped cases, and
 * warnings and notes are printed in the case's output without failing it.
 *
 * @public
 */
export function formatJunit(
  input: ReportInput,
  options?: ReportOptions,
): string {
  const suites = new Map<string, Map<string, TestCase>>();
  const suite = (name: string) => {
    let cases = suites.get(name);
    if (!cases) {
      cases = new Map();
      suites.set(name, cases);
    }
    return cases;
  };
  if (input.findings.some(f => f.environment === undefined)) {
    suite(MESH);
  }
  for (const environment of input.environments ?? []) {
    suite(environment);
  }

  for (const finding of input.findings) {
    const cases = suite(finding.environment ?? MESH);
    const service = finding.service ?? MESH;
    const key = `${service}\n${finding.rule}`;
    const testCase = cases.get(key) ?? {
      name: finding.rule,
      className: `${finding.environment ?? MESH}.${service}`,
      failures: [],
      skipped: [],
      notes: [],
    };
    if (finding.waived) {
      testCase.skipped.push(finding);
    } else if (finding.severity === 'error') {
      testCase.failures.push(finding);
    } else {
      testCase.notes.push(finding);
    }
    cases.set(key, testCase);
  }

  for (const [environment, cases] of suites) {
    const services = input.topologies?.[environment]?.services.keys() ?? [];
    for (const service of services) {
      const hasCase = [...cases.values()].some(
        c => c.className === `${environment}.${service}`,
      );
      if (!hasCase) {
        cases.set(`${service}\ncontract`, {
          name: 'contract',
          className: `${environment}.${service}`,
          failures: [],
          skipped: [],
          notes: [],
        });
      }
    }
  }

  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = [...suites.values()].flatMap(cases => [...cases.values()]);
  lines.push(
    `<testsuites name="network-contracts" tests="${all.length}" ` +
      `failures="${all.filter(c => c.failures.length > 0).length}">`,
  );
  for (const [name, cases] of suites) {
    const list = [...cases.values()].sort((a, b) =>
      `${a.className} ${a.name}` < `${b.className} ${b.name}` ? -1 : 1,
    );
    const failures = list.filter(c => c.failures.length > 0).length;
    const skipped = list.filter(
      c =>
        c.failures.length === 0 && c.notes.length === 0 && c.skipped.length > 0,
    ).length;
    lines.push(
      `  <testsuite name="${escapeXml(name)}" tests="${list.length}" ` +
        `failures="${failures}" errors="0" skipped="${skipped}">`,
    );
    for (const testCase of list) {
      lines.push(...testCaseXml(testCase, options));
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function testCaseXml(testCase: TestCase, options?: ReportOptions): string[] {
  const open =
    `    <testcase name="${escapeXml(testCase.name)}" ` +
    `classname="${escapeXml(testCase.className)}"`;
  const { failures, skipped, notes } = testCase;
  if (failures.length + skipped.length + notes.length === 0) {
    return [`${open}/>`];
  }
  const lines = [`${open}>`];
  if (failures.length > 0) {
    lines.push(
      `      <failure message="${escapeXml(failures[0].message)}" ` +
        `type="${escapeXml(failures[0].rule)}">` +
        `${escapeXml(failures.map(f => describe(f, options)).join('\n'))}` +
        '</failure>',
    );
  } else if (notes.length === 0) {
    lines.push(
      `      <skipped message="${escapeXml(
        `waived: ${skipped[0].waiver?.reason ?? ''}`,
      )}"/>`,
    );
  }
  const output = [...notes, ...(failures.length ? skipped : [])];
  if (output.length > 0) {
    lines.push(
      `      <system-out>${escapeXml(
        output.map(f => describe(f, options)).join('\n'),
      )}</system-out>`,
    );
  }
  lines.push('    </testcase>');
  return lines;
}

function describe(finding: Finding, options?: ReportOptions): string {
  const where = finding.position
    ? `${reportPath(finding.position.file, options)}:${finding.position.line}:${
        finding.position.column
      }: `
    : '';
  const waived = finding.waived ? ' (waived)' : '';
  return `${where}${finding.severity}${waived}: ${finding.message} Fix: ${finding.remediation}`;
}
