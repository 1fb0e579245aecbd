/**
 * @jest-environment node
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { NetworkContractsClient } from './NetworkContractsClient';

const FINDINGS = Array.from({ length: 2345 }, (_, i) => ({
  rule: 'dns/alias-missing',
  service: `svc-${i}`,
}));

/**
 * A loopback server that answers `/v1/findings` the way the backend's
 * OpenAPI document describes, and records each query it was sent.
 */
async function serveFindings(options: { paged: boolean }) {
  const queries: URLSearchParams[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    queries.push(url.searchParams);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 500), 1000);
    const body = options.paged
      ? {
          items: FINDINGS.slice(offset, offset + limit),
          total: FINDINGS.length,
          offset,
          limit,
        }
      : { items: FINDINGS };
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const client = new NetworkContractsClient({
    discoveryApi: { getBaseUrl: async () => `http://127.0.0.1:${port}` },
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
  const close = () => new Promise(resolve => server.close(resolve));
  return { client, queries, close };
}

describe('NetworkContractsClient.listFindings', () => {
  it('pages through every finding, keeping the filters', async () => {
    const { client, queries, close } = await serveFindings({ paged: true });
    try {
      const items = await client.listFindings({ severity: 'error' });

      expect(items).toEqual(FINDINGS);
      expect(queries.map(q => q.get('offset'))).toEqual(['0', '1000', '2000']);
      expect(queries.every(q => q.get('severity') === 'error')).toBe(true);
    } finally {
      await close();
    }
  });

  it('takes an unpaged answer from an older backend as complete', async () => {
    const { client, queries, close } = await serveFindings({ paged: false });
    try {
      expect(await client.listFindings()).toHaveLength(FINDINGS.length);
      expect(queries).toHaveLength(1);
    } finally {
      await close();
    }
  });
});
