import { createMockDirectory } from '@backstage/backend-test-utils';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotFoundError, NotModifiedError } from '@backstage/errors';
import { readNetworkContractFiles } from './readNetworkContractFiles';

const mesh = {
  '.codex/services/db.yaml': 'service_name: db\ntier: data_tier\n',
  '.codex/services/api.yml': 'service_name: api\ntier: api_tier\n',
  '.codex/services/notes.txt': 'not metadata',
  '.codex/network-policy.yaml': 'version: 1\n',
  'docker-compose.yaml': 'services: {}\n',
  'compose.prod.yaml': 'services: {}\n',
  'README.md': '# mesh',
};

describe('readNetworkContractFiles from a directory', () => {
  const dir = createMockDirectory({ content: mesh });

  it.each([
    ['the mesh root', ''],
    ['the .codex folder', '/.codex'],
    ['the services folder', '/.codex/services/'],
  ])('reads every contract file from %s', async (_name, suffix) => {
    const files = await readNetworkContractFiles(`${dir.path}${suffix}`);

    expect(files.root).toBe(dir.path);
    expect(files.remote).toBe(false);
    expect(files.services).toEqual([
      {
        path: '.codex/services/api.yml',
        text: mesh['.codex/services/api.yml'],
      },
      {
        path: '.codex/services/db.yaml',
        text: mesh['.codex/services/db.yaml'],
      },
    ]);
    expect(files.policy?.path).toBe('.codex/network-policy.yaml');
    expect(files.composeFiles.map(f => f.path)).toEqual([
      'compose.prod.yaml',
      'docker-compose.yaml',
    ]);
  });

  it('names the missing folder and the fix', async () => {
    const empty = createMockDirectory({ content: { 'x.txt': '' } });

    const read = readNetworkContractFiles(empty.path);

    await expect(read).rejects.toThrow(NotFoundError);
    await expect(read).rejects.toThrow(/\.codex\/services.*Point the target/);
  });

  it('reads a mesh without a policy', async () => {
    const bare = createMockDirectory({
      content: { '.codex/services/a.yaml': 'service_name: a\n' },
    });

    const files = await readNetworkContractFiles(bare.path);

    expect(files.policy).toBeUndefined();
    expect(files.services).toHaveLength(1);
  });
});

describe('readNetworkContractFiles from a URL', () => {
  function treeReader(etag: string): jest.Mocked<UrlReaderService> {
    return {
      readUrl: jest.fn(),
      search: jest.fn(),
      readTree: jest.fn(async (_url, options) => {
        if (options?.etag === etag) {
          throw new NotModifiedError();
        }
        const paths = Object.keys(mesh).filter(p => options!.filter!(p));
        return {
          etag,
          files: async () =>
            paths.map(path => ({
              path,
              content: async () => Buffer.from(mesh[path as keyof typeof mesh]),
            })),
          archive: jest.fn(),
          dir: jest.fn(),
        };
      }),
    };
  }

  it('reads only the contract files of the tree', async () => {
    const reader = treeReader('e1');

    const files = await readNetworkContractFiles(
      'https://git.example.com/org/repo/tree/main/mesh/.codex/services',
      { reader },
    );

    expect(reader.readTree).toHaveBeenCalledWith(
      'https://git.example.com/org/repo/tree/main/mesh',
      expect.anything(),
    );
    expect(files.remote).toBe(true);
    expect(files.etag).toBe('e1');
    expect(files.services.map(f => f.path)).toEqual([
      '.codex/services/api.yml',
      '.codex/services/db.yaml',
    ]);
    expect(files.policy?.text).toBe('version: 1\n');
    expect(files.composeFiles).toHaveLength(2);
  });

  it('passes the etag on, so an unchanged tree is not read again', async () => {
    const reader = treeReader('e1');

    await expect(
      readNetworkContractFiles('https://x.example.com/repo', {
        reader,
        etag: 'e1',
      }),
    ).rejects.toThrow(NotModifiedError);
  });

  it('asks for a reader when given a URL without one', async () => {
    await expect(
      readNetworkContractFiles('https://x.example.com/repo'),
    ).rejects.toThrow(/UrlReaderService/);
  });
});
