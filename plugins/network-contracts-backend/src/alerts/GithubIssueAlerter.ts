import { Config } from '@backstage/config';
import { InputError, ResponseError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  GithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { GithubIssuesConfig } from '../config/NetworkContractsConfig';
import { RunStore } from '../database/RunStore';
import { MeshFinding } from '../validation/types';
import { NewErrors, RunAlerter } from './RunAlerter';

/**
 * Opens one GitHub issue per new broken contract, with the credentials of
 * the `integrations.github` entry of the configured host. A finding never
 * gets two issues: its fingerprint is stored once an issue exists, and an
 * issue found on GitHub by fingerprint and label is reused (with a comment)
 * rather than opened again.
 *
 * @public
 */
export class GithubIssueAlerter implements RunAlerter {
  readonly name = 'githubIssues';

  static fromConfig(
    config: Config,
    options: { settings: GithubIssuesConfig; store: RunStore },
  ): GithubIssueAlerter {
    const integrations = ScmIntegrations.fromConfig(config);
    const integration = integrations.github.byHost(options.settings.host);
    if (!integration?.config.apiBaseUrl) {
      throw new InputError(
        `networkContracts.alerts.githubIssues.host is ${options.settings.host}` +
          ', but integrations.github has no entry with that host and an ' +
          'apiBaseUrl: add one, or set the host of an existing entry.',
      );
    }
    return new GithubIssueAlerter(
      options.settings,
      integration.config.apiBaseUrl.replace(/\/+$/, ''),
      DefaultGithubCredentialsProvider.fromIntegrations(integrations),
      options.store,
    );
  }

  private constructor(
    private readonly settings: GithubIssuesConfig,
    private readonly apiBaseUrl: string,
    private readonly credentials: GithubCredentialsProvider,
    private readonly store: RunStore,
  ) {}

  async alert({ snapshot, findings, logger }: NewErrors): Promise<void> {
    const { owner, repo, label } = this.settings;
    const repoPath = `/repos/${owner}/${repo}`;
    for (const finding of findings) {
      if (await this.store.getIssue(finding.fingerprint)) {
        continue;
      }

      const found = await this.call(
        'GET',
        `/search/issues?q=${encodeURIComponent(
          `${finding.fingerprint} repo:${owner}/${repo} label:"${label}" in:body`,
        )}`,
      );
      const existing = (found.items as IssueJson[] | undefined)?.[0];
      let issue: IssueJson;
      if (existing) {
        await this.call(
          'POST',
          `${repoPath}/issues/${existing.number}/comments`,
          {
            body: `Seen again in run ${snapshot.run.id} of mesh ${snapshot.mesh}.`,
          },
        );
        issue = existing;
      } else {
        issue = await this.call('POST', `${repoPath}/issues`, {
          title: `Broken network contract: ${
            finding.service ?? snapshot.mesh
          } (${finding.rule})`,
          body: issueBody(finding),
          labels: [label],
        });
      }
      await this.store.recordIssue(snapshot.mesh, finding.fingerprint, {
        number: issue.number,
        url: issue.html_url,
      });
      logger.info(`GitHub issue ${issue.html_url} tracks ${finding.rule}`);
    }
  }

  private async call(method: string, path: string, body?: unknown) {
    const { token } = await this.credentials.getCredentials({
      url: `https://${this.settings.host}/${this.settings.owner}/${this.settings.repo}`,
    });
    const response = await fetch(`${this.apiBaseUrl}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        ...(token && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}

interface IssueJson {
  number: number;
  html_url: string;
}

function issueBody(finding: MeshFinding): string {
  const where = finding.position
    ? `${finding.position.file}:${finding.position.line}:${finding.position.column}`
    : 'the mesh';
  return [
    `**${finding.message}**`,
    '',
    `- mesh: ${finding.mesh}`,
    `- environment: ${finding.environment ?? 'all'}`,
    `- service: ${finding.service ?? 'none'}`,
    `- rule: ${finding.rule} (${finding.category})`,
    `- where: ${where}`,
    `- first seen in run: ${finding.runId}`,
    '',
    `How to fix: ${finding.remediation}`,
    '',
    `Fingerprint: ${finding.fingerprint}`,
  ].join('\n');
}
