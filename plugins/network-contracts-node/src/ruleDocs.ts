import {
  explainRule,
  RuleDefinition,
} from '@internal/plugin-network-contracts-common';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A rule of the catalogue with its page.
 *
 * @public
 */
export interface RuleDoc {
  rule: RuleDefinition;
  /** The page's Markdown; undefined when the page is missing. */
  markdown?: string;
  /** Where the page was found on disk. */
  file?: string;
}

/**
 * Options of {@link findRuleDocFile} and {@link readRuleDoc}.
 *
 * @public
 */
export interface RuleDocOptions {
  /**
   * Where to start looking for `docs/rules/`: this folder and its parents.
   * Default: `process.cwd()`.
   */
  cwd?: string;
}

/**
 * The repository the rules come from, where `docs/rules/` lives when the
 * code runs from a checkout of it; undefined in an installed package.
 */
function rulesRepository(): string | undefined {
  try {
    const manifest = require.resolve(
      '@internal/plugin-network-contracts-common/package.json',
    );
    return path.resolve(path.dirname(manifest), '../..');
  } catch {
    return undefined;
  }
}

/**
 * Finds a rule page by its catalogue `docPath`: first in the working
 * folder or one of its parents, so that a repository can carry its own
 * pages, then in the checkout the rules come from.
 *
 * @public
 */
export function findRuleDocFile(
  docPath: string,
  options: RuleDocOptions = {},
): string | undefined {
  let dir = path.resolve(options.cwd ?? process.cwd());
  for (;;) {
    const candidate = path.join(dir, docPath);
    if (fs.existsSync(candidate)) {
      return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      break;
    }
    dir = parent;
  }
  const repository = rulesRepository();
  const beside = repository && path.join(repository, docPath);
  return beside && fs.existsSync(beside) ? beside : undefined;
}

/**
 * The catalogue entry of a rule and its page from `docs/rules/`, found as
 * {@link findRuleDocFile} does. Undefined for an id the catalogue does not
 * know; a known rule without a page comes back without `markdown`.
 *
 * @public
 */
export async function readRuleDoc(
  id: string,
  options: RuleDocOptions = {},
): Promise<RuleDoc | undefined> {
  const rule = explainRule(id);
  if (!rule) {
    return undefined;
  }
  const file = findRuleDocFile(rule.docPath, options);
  if (!file) {
    return { rule };
  }
  const markdown = await fs.promises.readFile(file, 'utf8');
  return { rule, markdown, file };
}
