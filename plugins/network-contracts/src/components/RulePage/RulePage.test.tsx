import { ResponseError } from '@backstage/errors';
import {
  renderInTestApp,
  renderTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { explainRule } from '@internal/plugin-network-contracts-common';
import type { Finding } from '@internal/plugin-network-contracts-common';
import { screen } from '@testing-library/react';
import { NetworkContractsApi, networkContractsApiRef } from '../../api';
import { networkContractsPlugin } from '../../alpha/plugin';
import { ruleRouteRef } from '../../routes';
import { FindingsTable } from '../FindingsTable';
import { RulePage } from './RulePage';

const rule = explainRule('dns/alias-missing')!;
const markdown = '# Expected DNS alias missing\n\n## How to fix\n\nAdd it.\n';

function fakeApi(): Partial<NetworkContractsApi> {
  return {
    getRule: async id => {
      if (id !== rule.id) {
        throw await ResponseError.fromResponse(
          new Response(
            JSON.stringify({
              error: { name: 'NotFoundError', message: 'Unknown rule' },
            }),
            { status: 404, headers: { 'Content-Type': 'application/json' } },
          ) as any,
        );
      }
      return { rule, markdown };
    },
  };
}

describe('RulePage', () => {
  it('shows the title, category, default severity and the page', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[networkContractsApiRef, fakeApi() as any]]}>
        <RulePage ruleId={rule.id} />
      </TestApiProvider>,
    );

    // The first render loads the Markdown renderer, which takes a while.
    expect(
      await screen.findByRole(
        'heading',
        { name: 'How to fix' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: rule.title })).toBeVisible();
    expect(screen.getAllByText(rule.title)).toHaveLength(1);
    expect(screen.getByText(rule.id)).toBeInTheDocument();
    expect(screen.getByText('category dns')).toBeInTheDocument();
    expect(screen.getByText(rule.defaultSeverity)).toBeInTheDocument();
  });

  it('says so for an unknown rule', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[networkContractsApiRef, fakeApi() as any]]}>
        <RulePage ruleId="dns/no-such-rule" />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('No rule dns/no-such-rule'),
    ).toBeInTheDocument();
  });
});

describe('rule page routing', () => {
  const finding: Finding = {
    rule: rule.id,
    category: 'dns',
    severity: 'error',
    service: 'db',
    message: 'db has no alias db.example.internal',
    remediation: 'Add the alias.',
  } as Finding;

  it('links findings to the rule page', async () => {
    await renderInTestApp(<FindingsTable findings={[finding]} />, {
      mountedRoutes: { '/network-contracts/rules/:ruleId': ruleRouteRef },
    });

    expect(screen.getByRole('link', { name: rule.title })).toHaveAttribute(
      'href',
      '/network-contracts/rules/dns%2Falias-missing',
    );
  });

  it('links to docsBaseUrl when the config sets it', async () => {
    await renderInTestApp(<FindingsTable findings={[finding]} />, {
      mountedRoutes: { '/network-contracts/rules/:ruleId': ruleRouteRef },
      config: {
        networkContracts: { docsBaseUrl: 'https://git.example/p/blob/main/' },
      },
    });

    expect(
      screen.getByRole('link', { name: new RegExp(`^${rule.title}, Opens`) }),
    ).toHaveAttribute(
      'href',
      `https://git.example/p/blob/main/${rule.docPath}`,
    );
  });

  it('renders the rule page of the plugin at its path', async () => {
    renderTestApp({
      features: [networkContractsPlugin],
      apis: [[networkContractsApiRef, fakeApi() as any]],
      initialRouteEntries: ['/network-contracts/rules/dns%2Falias-missing'],
    });

    expect(
      await screen.findByRole('heading', { name: 'How to fix' }),
    ).toBeInTheDocument();
    expect(screen.getByText(rule.title)).toBeInTheDocument();
  });
});
