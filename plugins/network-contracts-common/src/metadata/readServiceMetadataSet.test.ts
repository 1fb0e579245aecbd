import fs from 'fs';
import path from 'path';
import { readServiceMetadataSet } from './readServiceMetadataSet';

const policy = {
  tiers: {
    auth_tier: { network: 'auth_tier', internal: false, intraTier: 'allow' },
    data_tier: { network: 'data_tier', internal: true, intraTier: 'allow' },
  },
} as const;

function file(name: string, text: string) {
  return { path: `.codex/services/${name}.yaml`, text };
}

const db = file('db', 'service_name: db\ntier: data_tier\n');
const auth = file(
  'auth-service',
  'service_name: auth-service\ntier: auth_tier\ndependencies:\n  - db\n',
);

describe('readServiceMetadataSet', () => {
  it('reads a consistent set without problems', () => {
    const set = readServiceMetadataSet([db, auth], policy);

    expect(set.problems).toEqual([]);
    expect(set.services.map(s => s.serviceName)).toEqual(['db', 'auth-service']);
  });

  it('keeps the good files when one is broken', () => {
    const broken = file('frontend', 'service_name: frontend\ntier: [\n');
    const set = readServiceMetadataSet([db, broken, auth], policy);

    expect(set.services.map(s => s.serviceName)).toEqual(['db', 'auth-service']);
    expect(set.problems).toHaveLength(1);
    expect(set.problems[0].position?.file).toBe('.codex/services/frontend.yaml');
  });

  it('reports a second file for the same service and ignores it', () => {
    const copy = {
      path: 'other/db.yaml',
      text: '# copy\nservice_name: db\ntier: data_tier\n',
    };
    const set = readServiceMetadataSet([db, copy], policy);

    expect(set.services.map(s => s.source.file)).toEqual([db.path]);
    expect(set.problems).toEqual([
      {
        severity: 'error',
        position: { file: 'other/db.yaml', line: 2, column: 15 },
        field: 'service_name',
        message:
          'Service "db" is already described in .codex/services/db.yaml; ' +
          'this file was ignored.',
        fix: 'Keep one file per service: merge the two or rename one of them.',
      },
    ]);
  });

  it('reports a tier the policy does not define, with a suggestion', () => {
    const typo = file('db', 'service_name: db\ntier: data_teir\n');
    const set = readServiceMetadataSet([typo], policy);

    expect(set.services).toHaveLength(1);
    expect(set.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        position: { file: typo.path, line: 2, column: 7 },
        field: 'tier',
        message: 'Tier "data_teir" is not defined in the policy.',
        fix: 'Did you mean "data_tier"? Tiers: auth_tier, data_tier.',
      }),
    ]);
  });

  it('does not take inherited object keys for tiers or services', () => {
    const odd = file(
      'constructor',
      'service_name: constructor\ntier: toString\ndependencies: [hasOwnProperty]\n',
    );
    const set = readServiceMetadataSet([odd], policy);

    expect(set.problems.map(p => p.field)).toEqual(['tier', 'dependencies.0']);
  });

  it('checks tiers only when a policy is given', () => {
    const other = file('db', 'service_name: db\ntier: anything\n');

    expect(readServiceMetadataSet([other]).problems).toEqual([]);
  });

  it('reports a dependency without metadata at its list item', () => {
    const lost = file(
      'auth-service',
      'service_name: auth-service\ntier: auth_tier\ndependencies:\n  - db\n  - cache\n',
    );
    const set = readServiceMetadataSet([db, lost], policy);

    expect(set.problems).toEqual([
      {
        severity: 'error',
        position: { file: lost.path, line: 5, column: 5 },
        field: 'dependencies.1',
        message: 'Dependency "cache" has no metadata file.',
        fix: 'Add .codex/services/cache.yaml, or remove the dependency.',
      },
    ]);
  });

  it('warns when the file name does not match the service', () => {
    const misnamed = { path: 'svc/database.yml', text: db.text };
    const set = readServiceMetadataSet([misnamed], policy);

    expect(set.services).toHaveLength(1);
    expect(set.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'File "database.yml" describes service "db".',
        fix: 'Rename the file to "db.yaml", or correct service_name.',
      }),
    ]);
  });

  it('reads the DevOnboarder example without any problem', () => {
    const root = path.resolve(__dirname, '../../../../examples/devonboarder');
    const dir = path.join(root, '.codex/services');
    const files = fs.readdirSync(dir).map(name => ({
      path: `.codex/services/${name}`,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
    }));
    const set = readServiceMetadataSet(files, {
      tiers: {
        auth_tier: policy.tiers.auth_tier,
        api_tier: policy.tiers.auth_tier,
        data_tier: policy.tiers.data_tier,
      },
    });

    expect(set.problems).toEqual([]);
    expect(set.services.map(s => s.serviceName).sort()).toEqual([
      'auth-service',
      'backend',
      'dashboard-service',
      'db',
      'discord-integration',
      'frontend',
      'traefik',
    ]);
  });
});
