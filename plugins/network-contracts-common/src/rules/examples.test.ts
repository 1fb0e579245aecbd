import path from 'node:path';
import { loadMesh } from './loadMesh';
import { validateMesh } from './validateMesh';
import { diskReader, REPO_ROOT } from './__testUtils__/meshReaders';

describe('the DevOnboarder example', () => {
  it('honours its contract in dev and prod', async () => {
    const root = path.join(REPO_ROOT, 'examples/devonboarder');
    const input = await loadMesh(root, diskReader());
    const result = validateMesh(input, { today: '2025-08-08' });

    expect(result.environments).toEqual(['dev', 'prod']);
    expect(result.findings).toEqual([]);
    expect(result.summary.unwaivedErrors).toBe(0);
  });
});
