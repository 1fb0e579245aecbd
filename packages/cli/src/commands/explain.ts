import { explainRule, RULES } from '@internal/plugin-network-contracts-common';
import { InputError } from '@backstage/errors';
import { Command } from 'commander';
import { findRuleDocFile } from '@internal/plugin-network-contracts-node';
import fs from 'node:fs';
import type { CliIo } from '../CliIo';

/**
 * Adds `explain <rule-id>`, which prints the rule's page from
 * `docs/rules/`, found above the working directory or beside this
 * package; when the page is missing it prints the catalogue's title and
 * summary and says so.
 *
 * @public
 */
export function registerExplainCommand(program: Command, io: CliIo): void {
  program
    .command('explain')
    .description('Explain a rule: why it exists and how to fix a finding')
    .argument('<rule-id>', 'rule id, for example dns/alias-missing')
    .action((id: string) => {
      const rule = explainRule(id);
      if (!rule) {
        const close = closeIds(id);
        const hint = close.length ? ` Did you mean ${close.join(', ')}?` : '';
        throw new InputError(
          `Unknown rule "${id}".${hint} Run with a rule id from ` +
            'docs/rules/README.md.',
        );
      }

      const page = findRuleDocFile(rule.docPath, { cwd: io.cwd });
      if (page) {
        io.stdout(fs.readFileSync(page, 'utf8'));
        return;
      }
      io.stdout(
        `${rule.id} (${rule.defaultSeverity}): ${rule.title}\n\n` +
          `${rule.summary}\n\n` +
          `The page ${rule.docPath} is missing.\n`,
      );
    });
}

/** Ids that contain the text, or are a few edits away from it. */
function closeIds(id: string): string[] {
  const wanted = id.toLowerCase().replace(/[._]/g, '/');
  const scored = RULES.map(rule => ({
    id: rule.id,
    score: rule.id.includes(wanted.split('/').pop() ?? wanted)
      ? 0
      : distance(rule.id, wanted),
  }));
  return scored
    .filter(s => s.score <= Math.max(3, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, 5)
    .map(s => s.id);
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j] + 1,
        next[j - 1] + 1,
        row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length];
}
