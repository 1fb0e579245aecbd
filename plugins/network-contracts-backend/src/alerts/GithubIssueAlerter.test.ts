import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startPlugin } from '../__testUtils__/startPlugin';
import { copyMesh } from '../__testUtils__/meshFixtures';
import { eventually } from '../__testUtils__/eventually';

jest.setTimeout(30_000);

type Recorded = {
  method: string;
  url: string;
  authorization?: string;
  body?: any;
};

/** A stand-in for a GitHub Enterprise API on loopback that records calls. */
async function startGithub() {
  const requests: Recorded[] = [];
  let created = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({
      method: req.method!,
      url: req.url!,
      authorization: req.headers.authorization,
      ...(body && { body: JSON.parse(body) }),
    });
    res.setHeader('content-type', 'application/json');
    const searches = requests.filter(r => r.url.includes('/search/'));
    if (req.url!.startsWith('/api/v3/search/issues')) {
      // The first finding already has an issue on GitHub.
      const items =
        searches.length === 1
          ? [{ number: 99, html_url: 'https://ghe.example.com/i/99' }]
          : [];
      res.end(JSON.stringify({ total_count: items.length, items }));
    } else if (req.url === '/api/v3/repos/acme/contracts/issues') {
      created += 1;
      res.statusCode = 201;
      res.end(
        JSON.stringify({
          number: created,
          html_url: `https://ghe.example.com/i/${created}`,
        }),
      );
    } else if (req.url!.endsWith('/comments')) {
      res.statusCode = 201;
      res.end('{}');
    } else {
      res.statusCode = 404;
      res.end('{"message":"Not Found"}');
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    apiBaseUrl: `http://127.0.0.1:${port}/api/v3`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise(resolve => {
    let text = '';
    req.on('data', chunk => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

describe('GitHub issues for broken contracts', () => {
  it('opens one issue per new error, never twice for a finding', async () => {
    const github = await startGithub();
    const mesh = await copyMesh('devonboarder');
    const { runNow } = await startPlugin({
      config: {
        integrations: {
          github: [
            {
              host: 'ghe.example.com',
              apiBaseUrl: github.apiBaseUrl,
              token: 'ghe-token',
            },
          ],
        },
      },
      networkContracts: {
        meshes: { demo: { target: mesh.dir } },
        alerts: {
          notifications: { enabled: false },
          githubIssues: {
            enabled: true,
            repo: 'acme/contracts',
            host: 'ghe.example.com',
          },
        },
      },
    });

    await runNow();
    expect(github.requests).toEqual([]);

    await mesh.become('devonboarder-flat');
    await runNow();
    await eventually(() => expect(github.requests).toHaveLength(44));
    const searches = github.requests.filter(r => r.method === 'GET');
    const issues = github.requests.filter(r => r.url.endsWith('/issues'));
    const comments = github.requests.filter(r => r.url.endsWith('/comments'));
    expect(searches).toHaveLength(22);
    expect(searches[0].url).toContain('label%3A%22network-contracts%22');
    expect(comments.map(c => c.url)).toEqual([
      '/api/v3/repos/acme/contracts/issues/99/comments',
    ]);
    expect(issues).toHaveLength(21);
    expect(issues[0]).toMatchObject({
      method: 'POST',
      authorization: 'Bearer ghe-token',
      body: { labels: ['network-contracts'] },
    });
    expect(issues[0].body.title).toMatch(/^Broken network contract: /);
    expect(issues[0].body.body).toMatch(/Fingerprint: [0-9a-f]{32}/);

    // Fixed, then broken again: the errors are new to the run history but
    // their issues exist, so GitHub hears nothing more.
    const before = github.requests.length;
    await mesh.become('devonboarder');
    await runNow();
    await mesh.become('devonboarder-flat');
    await runNow();
    // Give a wrongly sent request the time to arrive.
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(github.requests).toHaveLength(before);

    await mesh.remove();
    await github.close();
  });

  it('refuses to start without a repository', async () => {
    await expect(
      startPlugin({
        networkContracts: {
          alerts: { githubIssues: { enabled: true } },
        },
      }),
    ).rejects.toThrow(/networkContracts\.alerts\.githubIssues\.repo/);
  });
});
