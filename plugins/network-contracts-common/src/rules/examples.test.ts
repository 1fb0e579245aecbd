import fs from 'node:fs';
import path from 'node:path';
import { loadMesh } from './loadMesh';
import { validateMesh } from './validateMesh';
import { diskReader, REPO_ROOT } from './__testUtils__/meshReaders';

async function validateExample(name: string) {
  const root = path.join(REPO_ROOT, 'examples', name);
  return validateMesh(await loadMesh(root, diskReader()), {
    today: '2025-08-08',
  });
}

describe('the DevOnboarder example', () => {
  it('honours its contract in dev and prod', async () => {
    const result = await validateExample('devonboarder');

    expect(result.environments).toEqual(['dev', 'prod']);
    expect(result.findings).toEqual([]);
    expect(result.summary.unwaivedErrors).toBe(0);
  });
});

describe('the flat DevOnboarder example', () => {
  it('reports exactly the gap listed in expected-findings.json', async () => {
    const result = await validateExample('devonboarder-flat');
    const expected = JSON.parse(
      fs.readFileSync(
        path.join(REPO_ROOT, 'examples/devonboarder-flat/expected-findings.json'),
        'utf8',
      ),
    );

    const actual = result.findings.map(f => ({
      rule: f.rule,
      service: f.service,
      environment: f.environment,
      severity: f.severity,
      position: `${f.position?.file}:${f.position?.line}`,
    }));
    expect(actual).toEqual(expected);
    expect(result.summary.unwaivedErrors).toBe(22);
  });
});
