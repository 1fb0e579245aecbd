import { NetworkContractFiles } from '../NetworkContractFiles';
import { MemoryMeshReader, MESH_ROOT } from './MemoryMeshReader';

const contract: NetworkContractFiles = {
  root: '/srv/mesh',
  remote: false,
  services: [{ path: '.codex/services/db.yaml', text: 'service_name: db\n' }],
  composeFiles: [{ path: 'docker-compose.yaml', text: 'services: {}\n' }],
  policy: { path: '.codex/network-policy.yaml', text: 'version: 1\n' },
};

describe('MemoryMeshReader', () => {
  it('serves the contract files under the mesh root', async () => {
    const reader = new MemoryMeshReader(contract);

    await expect(
      reader.readFile(`${MESH_ROOT}/docker-compose.yaml`),
    ).resolves.toBe('services: {}\n');
    expect(reader.listDirectory(`${MESH_ROOT}/.codex`).sort()).toEqual([
      'network-policy.yaml',
      'services',
    ]);
    await expect(reader.exists(`${MESH_ROOT}/compose.prod.yaml`)).resolves.toBe(
      false,
    );
    await expect(reader.readFile(`${MESH_ROOT}/nope.yaml`)).rejects.toThrow(
      'no such file: nope.yaml',
    );
  });

  it('reads other files once through the loader and remembers them', async () => {
    const loader = jest.fn(async (path: string) =>
      path === 'env/.env.dev' ? 'PORT=8000\n' : undefined,
    );
    const reader = new MemoryMeshReader(contract, [], loader);

    await reader.readFile(`${MESH_ROOT}/env/.env.dev`);
    await reader.readFile(`${MESH_ROOT}/env/.env.dev`);
    await reader.exists(`${MESH_ROOT}/env/.env.prod`);
    await reader.exists(`${MESH_ROOT}/env/.env.prod`);

    expect(loader.mock.calls).toEqual([['env/.env.dev'], ['env/.env.prod']]);
    expect(reader.extraFiles).toEqual([
      { path: 'env/.env.dev', text: 'PORT=8000\n' },
    ]);
    expect(reader.listDirectory(`${MESH_ROOT}/env`)).toEqual(['.env.dev']);
  });

  it('never asks the loader for a file outside the mesh', async () => {
    const loader = jest.fn(async () => 'secret');
    const reader = new MemoryMeshReader(contract, [], loader);

    await expect(reader.exists(`${MESH_ROOT}/../etc/passwd`)).resolves.toBe(
      false,
    );
    await expect(reader.exists('/etc/passwd')).resolves.toBe(false);
    expect(loader).not.toHaveBeenCalled();
  });

  it('replays a run from the files it read before, without a loader', async () => {
    const extra = [{ path: 'overlays/prod.yaml', text: 'services: {}\n' }];
    const reader = new MemoryMeshReader(contract, extra);

    await expect(
      reader.readFile(`${MESH_ROOT}/overlays/prod.yaml`),
    ).resolves.toBe('services: {}\n');
    expect(reader.extraFiles).toEqual(extra);
  });
});
