import { promises as fs } from 'node:fs';
import { join } from 'node:path';

const TIERS = [
  { name: 'edge_tier', share: 0.02, internal: false },
  { name: 'api_tier', share: 0.68, internal: false },
  { name: 'data_tier', share: 0.3, internal: true },
];

/**
 * Writes a tiered mesh of `count` services into `dir`: a policy, one
 * compose file and one metadata file a service. Edge services call two
 * API services, API services call the next API service and one data
 * service; a few declare a dependency they cannot reach, so that the
 * findings list is not empty.
 */
export async function generateMesh(dir: string, count: number) {
  const names: Record<string, string[]> = {};
  let made = 0;
  for (const [i, tier] of TIERS.entries()) {
    const size =
      i === TIERS.length - 1 ? count - made : Math.round(count * tier.share);
    names[tier.name] = Array.from(
      { length: size },
      (_, n) => `${tier.name.split('_')[0]}-${String(n).padStart(4, '0')}`,
    );
    made += size;
  }

  const dependencies = (tier: string, n: number): string[] => {
    const api = names.api_tier;
    const data = names.data_tier;
    if (tier === 'edge_tier') {
      return [api[n % api.length], api[(n + 1) % api.length]];
    }
    if (tier === 'api_tier') {
      // Every 50th service names a data service it has no path to.
      const broken = n % 50 === 0 ? [names.edge_tier[0]] : [];
      return [api[(n + 1) % api.length], data[n % data.length], ...broken];
    }
    return [];
  };

  const networksOf: Record<string, string[]> = {
    edge_tier: ['edge_tier', 'api_tier'],
    api_tier: ['api_tier', 'data_tier'],
    data_tier: ['data_tier'],
  };

  await fs.mkdir(join(dir, '.codex/services'), { recursive: true });
  await fs.writeFile(
    join(dir, '.codex/network-policy.yaml'),
    [
      'version: 1',
      'tiers:',
      ...TIERS.flatMap(t => [
        `  ${t.name}:`,
        `    network: ${t.name}`,
        `    internal: ${t.internal}`,
      ]),
      'flows:',
      '  - { from: edge_tier, to: api_tier }',
      '  - { from: api_tier, to: data_tier }',
      'dns:',
      '  domain: load.internal',
      'ports:',
      '  allowed_host_ports: [80, 443]',
      'environments:',
      '  dev:',
      '    files: [docker-compose.yaml]',
      'catalog:',
      '  owner: group:default/platform',
      '',
    ].join('\n'),
  );

  const compose = ['name: load', 'networks:'];
  for (const tier of TIERS) {
    compose.push(`  ${tier.name}:`, `    internal: ${tier.internal}`);
  }
  compose.push('services:');
  for (const tier of TIERS) {
    for (const [n, name] of names[tier.name].entries()) {
      compose.push(`  ${name}:`, '    image: busybox', '    networks:');
      for (const network of networksOf[tier.name]) {
        compose.push(
          `      ${network}:`,
          `        aliases: [${name}.load.internal]`,
        );
      }
      if (tier.name === 'edge_tier' && n === 0) {
        compose.push("    ports: ['80:8080']");
      }
      await fs.writeFile(
        join(dir, `.codex/services/${name}.yaml`),
        [
          `service_name: ${name}`,
          `tier: ${tier.name}`,
          `dependencies: [${dependencies(tier.name, n).join(', ')}]`,
          'exposed_ports: [8080]',
          'security_profile: medium',
          '',
        ].join('\n'),
      );
    }
  }
  await fs.writeFile(
    join(dir, 'docker-compose.yaml'),
    `${compose.join('\n')}\n`,
  );
}
