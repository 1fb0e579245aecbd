import { execFileSync } from 'child_process';
import fs from 'fs';
import { EXAMPLE_DIR, loadExample } from './devonboarderExample';

const ORACLE = '/work/shared/tools/compose-oracle';
const KEPT = [
  'networks',
  'network_mode',
  'ports',
  'expose',
  'hostname',
  'container_name',
  'depends_on',
];

function composeConfig(files: string[]) {
  const binary = execFileSync(ORACLE, { encoding: 'utf8' }).trim();
  const args = files.flatMap(file => ['-f', `${EXAMPLE_DIR}/${file}`]);
  return JSON.parse(
    execFileSync(binary, [...args, 'config', '--format', 'json'], {
      encoding: 'utf8',
    }),
  );
}

function networkShape(project: any) {
  const services: Record<string, unknown> = {};
  for (const [name, service] of Object.entries<any>(project.services)) {
    services[name] = Object.fromEntries(
      KEPT.filter(key => key in service).map(key => [key, service[key]]),
    );
  }
  return services;
}

// The model tests use a fixture of what Docker Compose makes of the example;
// this keeps the fixture honest wherever the real Compose binary exists.
const describeWithOracle = fs.existsSync(ORACLE) ? describe : describe.skip;

describeWithOracle('DevOnboarder compose fixtures', () => {
  it('match what Docker Compose resolves for dev and prod', () => {
    const dev = composeConfig(['docker-compose.yaml']);
    const prod = composeConfig([
      'docker-compose.yaml',
      'docker-compose.prod.yaml',
    ]);

    expect(networkShape(dev)).toEqual(loadExample('dev').project.services);
    expect(networkShape(prod)).toEqual(loadExample('prod').project.services);
  });
});
