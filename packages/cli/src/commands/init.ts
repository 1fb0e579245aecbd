import {
  ComposeLoadResult,
  ComposeService,
  loadComposeProject,
} from '@internal/plugin-network-contracts-common';
import { InputError } from '@backstage/errors';
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../CliIo';
import { meshRoot } from '../mesh';
import { nodeMeshReader } from '../nodeMeshReader';

const BASE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

interface InferredService {
  name: string;
  tier?: string;
  dependencies: string[];
  exposedPorts: number[];
  aliases: string[];
}

/**
 * Adds `init`, which writes a first `.codex/network-policy.yaml` and one
 * `.codex/services/<service>.yaml` per compose service, inferred from the
 * compose files: a tier per network, each service in the tier of the
 * first network it lists, dependencies from `depends_on`, `links` and
 * host names in environment values, ports from `expose` and `ports`, and
 * a flow for each cross-tier dependency. Existing files are never
 * overwritten.
 *
 * @public
 */
export function registerInitCommand(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('Write starting contracts inferred from the compose files')
    .option('--root <dir>', 'folder with the compose files (default: .)')
    .action(async (options: { root?: string }) => {
      const root = meshRoot(io, options.root);
      const base = BASE_FILES.find(f => fs.existsSync(path.join(root, f)));
      if (!base) {
        throw new InputError(
          `No compose file in ${root}; expected one of ${BASE_FILES.join(
            ', ',
          )}.`,
        );
      }
      const envFile = fs.existsSync(path.join(root, '.env'))
        ? '.env'
        : undefined;
      const loaded = await loadComposeProject({
        files: [`${root}/${base}`],
        reader: nodeMeshReader(),
        ...(envFile && { envFiles: [`${root}/${envFile}`] }),
        environment: io.env,
      });
      const services = inferServices(loaded);
      const written: string[] = [];
      const skipped: string[] = [];
      const write = (relative: string, text: string) => {
        const file = path.join(root, relative);
        if (fs.existsSync(file)) {
          skipped.push(relative);
          return;
        }
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text, { flag: 'wx' });
        written.push(relative);
      };

      write(
        '.codex/network-policy.yaml',
        policyYaml(loaded, services, environments(root, base), envFile),
      );
      for (const service of services) {
        write(`.codex/services/${service.name}.yaml`, metadataYaml(service));
      }

      for (const file of written) {
        io.stdout(`wrote   ${file}\n`);
      }
      for (const file of skipped) {
        io.stdout(`skipped ${file} (exists)\n`);
      }
      io.stdout(
        `${written.length} written, ${skipped.length} skipped. Review the ` +
          'tiers and flows, then run network-contracts validate.\n',
      );
    });
}

function inferServices({ project, positions }: ComposeLoadResult) {
  const entries = Object.entries(project.services);
  const byHost = new Map<string, string>();
  for (const [name, service] of entries) {
    byHost.set(name, name);
    for (const host of [service.hostname, service.container_name]) {
      if (host) {
        byHost.set(host, name);
      }
    }
    for (const network of Object.values(service.networks ?? {})) {
      for (const alias of network?.aliases ?? []) {
        byHost.set(alias, name);
      }
    }
  }

  const tierOf = new Map<string, string | undefined>();
  for (const [name, service] of entries) {
    // The network a service lists first is taken as its home tier; the
    // others are assumed to be there to reach dependencies.
    const networks = Object.keys(service.networks ?? {}).sort(
      (a, b) =>
        line(positions.get(`services.${name}.networks.${a}`)) -
        line(positions.get(`services.${name}.networks.${b}`)),
    );
    tierOf.set(name, networks[0] ? tierName(networks[0]) : undefined);
  }

  return entries.map(([name, service]): InferredService => {
    const dependencies = new Set<string>([
      ...Object.keys(service.depends_on ?? {}),
      ...(service.links ?? []).map(link => link.split(':')[0]),
      ...hostsIn(service, byHost),
    ]);
    dependencies.delete(name);
    return {
      name,
      tier: tierOf.get(name),
      dependencies: [...dependencies].filter(d => tierOf.has(d)).sort(),
      exposedPorts: [
        ...new Set([
          ...(service.expose ?? []).map(e => parseInt(e, 10)),
          ...(service.ports ?? []).map(p => p.target),
        ]),
      ]
        .filter(p => Number.isInteger(p) && p > 0)
        .sort((a, b) => a - b),
      aliases: [
        ...new Set(
          Object.values(service.networks ?? {}).flatMap(n => n?.aliases ?? []),
        ),
      ],
    };
  });
}

/** Services named in environment values, as host names or URLs. */
function hostsIn(
  service: ComposeService,
  byHost: ReadonlyMap<string, string>,
): string[] {
  const found: string[] = [];
  for (const value of Object.values(service.environment ?? {})) {
    for (const token of (value ?? '').split(/[^A-Za-z0-9._-]+/)) {
      const target = byHost.get(token);
      if (target) {
        found.push(target);
      }
    }
  }
  return found;
}

function policyYaml(
  { project }: ComposeLoadResult,
  services: InferredService[],
  envs: Record<string, string[]>,
  envFile: string | undefined,
): string {
  const tierOf = new Map(services.map(s => [s.name, s.tier]));
  const flows = new Map<string, string>();
  for (const service of services) {
    for (const dependency of service.dependencies) {
      const from = service.tier;
      const to = tierOf.get(dependency);
      if (from && to && from !== to && !flows.has(`${from} ${to}`)) {
        flows.set(`${from} ${to}`, `${service.name} calls ${dependency}.`);
      }
    }
  }
  const ports = [
    ...new Set(
      Object.values(project.services).flatMap(s =>
        (s.ports ?? []).map(p => parseInt(p.published ?? '', 10)),
      ),
    ),
  ]
    .filter(p => Number.isInteger(p))
    .sort((a, b) => a - b);

  const lines = [
    '# Network contract, inferred by network-contracts init from the compose',
    '# files. Review the tiers and flows: they describe what the files do',
    '# today, not what they should do.',
    'version: 1',
    '',
    'tiers:',
  ];
  for (const [key, network] of Object.entries(project.networks ?? {})) {
    lines.push(
      `  ${tierName(key)}:`,
      `    network: ${key}`,
      `    internal: ${network.internal === true}`,
    );
  }
  lines.push('', flows.size ? 'flows:' : 'flows: []');
  for (const [pair, reason] of flows) {
    const [from, to] = pair.split(' ');
    lines.push(
      `  - from: ${from}`,
      `    to: ${to}`,
      `    reason: ${quote(reason)}`,
    );
  }
  lines.push('', 'ports:', `  allowed_host_ports: [${ports.join(', ')}]`, '');
  lines.push('environments:');
  for (const [name, files] of Object.entries(envs)) {
    lines.push(`  ${name}:`, '    files:', ...files.map(f => `      - ${f}`));
    if (envFile) {
      lines.push(`    env_file: ${envFile}`);
    }
  }
  lines.push('', 'severity: {}', '', 'waivers: []');
  return `${lines.join('\n')}\n`;
}

function metadataYaml(service: InferredService): string {
  const list = (key: string, values: Array<string | number>) =>
    values.length
      ? [`${key}:`, ...values.map(v => `  - ${quote(String(v))}`)]
      : [`${key}: []`];
  const lines = [
    `service_name: ${quote(service.name)}`,
    ...(service.tier
      ? [`tier: ${service.tier}`]
      : ['# No network: give the service a tier of the policy.', 'tier: ""']),
    '# Describe what the service is for, e.g. api, database, proxy.',
    'role: service',
    ...list('dependencies', service.dependencies),
    ...list('exposed_ports', service.exposedPorts),
    ...(service.aliases.length ? list('dns_aliases', service.aliases) : []),
  ];
  return `${lines.join('\n')}\n`;
}

function environments(root: string, base: string): Record<string, string[]> {
  const envs: Record<string, string[]> = { dev: [base] };
  const stem = base.replace(/\.ya?ml$/, '');
  for (const file of fs.readdirSync(root).sort()) {
    const match = new RegExp(`^${stem}\\.([\\w-]+)\\.ya?ml$`).exec(file);
    if (match?.[1] === 'override') {
      // Compose reads the override file with the base one by default.
      envs.dev.push(file);
    } else if (match) {
      envs[match[1]] = [base, file];
    }
  }
  return envs;
}

/** Tier names end in `_tier`, as the policy's examples do. */
function tierName(network: string): string {
  return /_tier$/.test(network) ? network : `${network}_tier`;
}

function line(position: { line: number } | undefined): number {
  return position?.line ?? Number.MAX_SAFE_INTEGER;
}

/** Plain YAML when safe, a JSON string (valid YAML) otherwise. */
function quote(text: string): string {
  return /^[A-Za-z0-9][\w./@ -]*$/.test(text) && !/[ ]$/.test(text)
    ? text
    : JSON.stringify(text);
}
