import fs from 'node:fs';
import path from 'node:path';
import { explainRule, RULES } from './ruleCatalogue';
import { REPO_ROOT } from './__testUtils__/meshReaders';

describe('RULES', () => {
  it('gives each rule a stable kebab-case id in its category', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.id.split('/')[0]).toBe(rule.category);
    }
    expect(new Set(RULES.map(r => r.id)).size).toBe(RULES.length);
  });

  it('points each rule at its page, which has every section', () => {
    const index = fs.readFileSync(
      path.join(REPO_ROOT, 'docs/rules/README.md'),
      'utf8',
    );
    for (const rule of RULES) {
      expect(rule.docPath).toBe(`docs/rules/${rule.id.replace('/', '-')}.md`);
      const page = fs.readFileSync(path.join(REPO_ROOT, rule.docPath), 'utf8');
      expect(page).toContain(`\`${rule.id}\``);
      for (const heading of [
        '## Why it matters',
        '## How to fix',
        '## Failing example',
        '## Passing example',
      ]) {
        expect(page).toContain(heading);
      }
      expect(index).toContain(`(${rule.id.replace('/', '-')}.md)`);
    }
  });

  it('explains a rule by id', () => {
    expect(explainRule('hazard/docker-socket-mounted')?.docPath).toBe(
      'docs/rules/hazard-docker-socket-mounted.md',
    );
    expect(explainRule('no/such-rule')).toBeUndefined();
  });
});
