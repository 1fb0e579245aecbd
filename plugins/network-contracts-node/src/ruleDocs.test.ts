import { RULES } from '@internal/plugin-network-contracts-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRuleDocFile, readRuleDoc } from './ruleDocs';

describe('readRuleDoc', () => {
  const rule = RULES[0];

  it('reads the page of a known rule from the repository', async () => {
    const doc = await readRuleDoc(rule.id, { cwd: __dirname });

    expect(doc?.rule.id).toBe(rule.id);
    expect(doc?.file).toMatch(new RegExp(`${rule.docPath}$`));
    expect(doc?.markdown).toBe(fs.readFileSync(doc!.file!, 'utf8'));
  });

  it('prefers a page above the working folder', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-rule-doc-'));
    const nested = path.join(root, 'a', 'b');
    fs.mkdirSync(nested, { recursive: true });
    fs.mkdirSync(path.join(root, 'docs', 'rules'), { recursive: true });
    fs.writeFileSync(path.join(root, rule.docPath), '# Ours\n');
    try {
      const doc = await readRuleDoc(rule.id, { cwd: nested });

      expect(doc?.markdown).toBe('# Ours\n');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves markdown out when the page is missing', async () => {
    const exists = jest.spyOn(fs, 'existsSync').mockReturnValue(false);
    try {
      expect(findRuleDocFile(rule.docPath)).toBeUndefined();
      await expect(readRuleDoc(rule.id)).resolves.toEqual({ rule });
    } finally {
      exists.mockRestore();
    }
  });

  it('knows no unknown rule', async () => {
    await expect(readRuleDoc('no/such-rule')).resolves.toBeUndefined();
  });
});
