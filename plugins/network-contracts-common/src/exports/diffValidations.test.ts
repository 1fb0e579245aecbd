import { diffValidations } from './diffValidations';
import { formatDiff } from '../reports/formatDiff';
import {
  exampleFiles,
  validateFiles,
  validateFlatMesh,
} from './__testUtils__/exampleMesh';

const COMPOSE = '/mesh/docker-compose.yaml';

function edit(
  files: Record<string, string>,
  file: string,
  from: string,
  to: string,
): Record<string, string> {
  if (!files[file].includes(from)) {
    throw new Error(`${from} is not in ${file}`);
  }
  return { ...files, [file]: files[file].replace(from, to) };
}

describe('diffValidations', () => {
  it('reports nothing between two equal validations', async () => {
    const files = exampleFiles('devonboarder');
    const diff = diffValidations(
      await validateFiles(files),
      await validateFiles(files),
    );

    expect(diff.findingsAdded).toEqual([]);
    expect(diff.findingsFixed).toEqual([]);
    expect(diff.environments.dev).toEqual({
      opened: [],
      closed: [],
      addedServices: [],
      removedServices: [],
    });
    expect(formatDiff(diff)).toBe(
      'No change in connectivity.\nThe change adds no unwaived error.\n',
    );
  });

  it('names the paths a new network attachment opens, and its findings', async () => {
    const before = exampleFiles('devonboarder');
    const after = edit(
      before,
      COMPOSE,
      '          - postgres.devonboarder.internal\n',
      '          - postgres.devonboarder.internal\n      api_tier: {}\n',
    );
    const diff = diffValidations(
      await validateFiles(before),
      await validateFiles(after),
    );

    expect(diff.environments.dev.opened.map(p => `${p.from}->${p.to}`)).toEqual(
      [
        'db->dashboard-service',
        'db->discord-integration',
        'db->frontend',
        'db->traefik',
      ],
    );
    expect(diff.environments.dev.opened[2]).toEqual({
      from: 'db',
      to: 'frontend',
      fromTier: 'data_tier',
      toTier: 'api_tier',
      networks: ['api_tier'],
      networkNames: ['devonboarder_api_tier'],
    });
    expect(diff.environments.dev.closed).toEqual([]);
    expect(diff.findingsAdded.some(f => f.severity === 'error')).toBe(true);
    expect(diff.findingsFixed).toEqual([]);

    const text = formatDiff(diff);
    expect(text).toContain(
      '  opens data_tier/db -> api_tier/frontend over devonboarder_api_tier\n',
    );
    expect(text).toMatch(/Findings added:\n( {2}.*\n)* {2}error /);
    expect(text).toMatch(/The change adds \d+ unwaived errors?\.\n$/);

    const back = diffValidations(
      await validateFiles(after),
      await validateFiles(before),
    );
    expect(back.environments.dev.closed.map(p => p.to)).toEqual([
      'dashboard-service',
      'discord-integration',
      'frontend',
      'traefik',
    ]);
    expect(back.findingsFixed).toEqual(diff.findingsAdded);
  });

  it('lists added and removed services without enumerating their peers', async () => {
    const before = exampleFiles('devonboarder');
    const after = edit(
      before,
      COMPOSE,
      '  db:\n    image: postgres:16\n',
      '  worker:\n    image: busybox\n    networks: [api_tier]\n\n' +
        '  db:\n    image: postgres:16\n',
    );
    const diff = diffValidations(
      await validateFiles(before),
      await validateFiles(after),
    );

    expect(diff.environments.dev.addedServices).toEqual([
      { name: 'worker', networks: ['api_tier'] },
    ]);
    expect(diff.environments.dev.removedServices).toEqual([]);
    expect(diff.environments.dev.opened).toEqual([]);
    expect(formatDiff(diff)).toContain(
      'dev:\n  adds service worker on api_tier\n',
    );
  });

  it('costs nothing for unchanged services of a flat network', async () => {
    const result = await validateFlatMesh(2000);
    const started = Date.now();
    const diff = diffValidations(result, result);

    expect(diff.environments.dev.opened).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
