import { RULES } from '@internal/plugin-network-contracts-common';
import fs from 'node:fs';
import path from 'node:path';
import { startPlugin } from '../../__testUtils__/startPlugin';

jest.setTimeout(30_000);

const V1 = '/api/network-contracts/v1';
const REPOSITORY = path.resolve(__dirname, '../../../../..');

describe('rule routes', () => {
  it('lists the catalogue without the check functions', async () => {
    const { api } = await startPlugin();

    const res = await api().get(`${V1}/rules`);

    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(RULES.length);
    expect(res.body.items[0]).toEqual({
      id: RULES[0].id,
      category: RULES[0].category,
      defaultSeverity: RULES[0].defaultSeverity,
      title: RULES[0].title,
      summary: RULES[0].summary,
      docPath: RULES[0].docPath,
    });
  });

  it('answers a rule with its page from docs/rules', async () => {
    const { api } = await startPlugin();
    const rule = RULES.find(r => r.id === 'dns/alias-missing')!;

    const res = await api().get(`${V1}/rules/${encodeURIComponent(rule.id)}`);

    expect(res.status).toBe(200);
    expect(res.body.rule.id).toBe(rule.id);
    expect(res.body.markdown).toBe(
      fs.readFileSync(path.join(REPOSITORY, rule.docPath), 'utf8'),
    );
  });

  it('answers 404 for an unknown rule', async () => {
    const { api } = await startPlugin();

    const res = await api().get(`${V1}/rules/dns%2Fno-such-rule`);

    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
    expect(res.body.error.message).toContain('dns/no-such-rule');
  });
});
