import { createMockDirectory } from '@backstage/backend-test-utils';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { createExtraFileLoader } from './createExtraFileLoader';

const empty = { services: [], composeFiles: [] };

describe('createExtraFileLoader', () => {
  it('reads files of a directory mesh, missing ones as undefined', async () => {
    const dir = createMockDirectory({
      content: { 'env/.env.dev': 'PORT=8000\n', 'overlays/x': {} },
    });
    const load = createExtraFileLoader({
      ...empty,
      root: dir.path,
      remote: false,
    });

    await expect(load('env/.env.dev')).resolves.toBe('PORT=8000\n');
    await expect(load('env/.env.prod')).resolves.toBeUndefined();
    await expect(load('overlays/x')).resolves.toBeUndefined();
  });

  it('reads files of a URL mesh beside its tree through the reader', async () => {
    const readUrl = jest.fn(async (url: string) => {
      if (url.endsWith('/.env')) {
        return { buffer: async () => Buffer.from('TAG=1\n') };
      }
      throw new NotFoundError(`${url} not found`);
    });
    const reader = { readUrl } as unknown as UrlReaderService;
    const load = createExtraFileLoader(
      {
        ...empty,
        root: 'https://github.com/acme/mesh/tree/main/',
        remote: true,
      },
      { reader },
    );

    await expect(load('.env')).resolves.toBe('TAG=1\n');
    await expect(load('compose.override.yaml')).resolves.toBeUndefined();
    expect(readUrl.mock.calls.map(([url]) => url)).toEqual([
      'https://github.com/acme/mesh/tree/main/.env',
      'https://github.com/acme/mesh/tree/main/compose.override.yaml',
    ]);
  });

  it('passes on errors other than a missing file', async () => {
    const reader = {
      readUrl: async () => {
        throw new Error('rate limited');
      },
    } as unknown as UrlReaderService;
    const load = createExtraFileLoader(
      { ...empty, root: 'https://example.com/mesh', remote: true },
      { reader },
    );

    await expect(load('.env')).rejects.toThrow('rate limited');
  });

  it('asks for a reader when the mesh is remote', () => {
    expect(() =>
      createExtraFileLoader({
        ...empty,
        root: 'https://example.com/mesh',
        remote: true,
      }),
    ).toThrow(/needs a URL reader/);
  });
});
