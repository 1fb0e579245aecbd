/* eslint-disable no-console */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What one run of a command cost. */
export interface Measure {
  /** Wall time. */
  ms: number;
  /** User plus system CPU time: the fairer figure on a busy machine. */
  cpuMs: number;
  peakMb: number;
}

/**
 * Runs a command pinned to one core under `/usr/bin/time -v`, and reports
 * its wall time, CPU time, peak memory and standard output.
 */
export function measureCommand(
  command: string[],
  cwd: string,
): Measure & { out: string } {
  const timing = path.join(os.tmpdir(), `nc-bench-time-${process.pid}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(
    'taskset',
    ['-c', '0', '/usr/bin/time', '-v', '-o', timing, ...command],
    { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  }

  const report = fs.readFileSync(timing, 'utf8');
  const field = (label: string) => {
    const at = report.indexOf(`${label}: `);
    return at < 0 ? NaN : parseFloat(report.slice(at + label.length + 2));
  };
  const seconds = field('User time (seconds)') + field('System time (seconds)');
  return {
    ms,
    cpuMs: seconds * 1000,
    peakMb: field('Maximum resident set size (kbytes)') / 1024,
    out: result.stdout,
  };
}

/**
 * The run of several that cost the least by `key`, which is the one least
 * disturbed by other load.
 */
export function best<T extends Measure>(runs: T[], key: 'ms' | 'cpuMs'): T {
  return runs.reduce((a, b) => (b[key] < a[key] ? b : a));
}

/**
 * The Docker Compose v2 binary: `COMPOSE_ORACLE`, else what
 * `../shared/tools/compose-oracle` beside the repository prints;
 * `undefined` when neither gives one.
 */
export function findComposeOracle(): string | undefined {
  if (process.env.COMPOSE_ORACLE) {
    return process.env.COMPOSE_ORACLE;
  }
  const script = path.resolve(
    __dirname,
    '../../../../shared/tools/compose-oracle',
  );
  const result = spawnSync(script, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Prints a Markdown table with right-aligned columns, for a README. */
export function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach(r => console.log(line(r)));
}
