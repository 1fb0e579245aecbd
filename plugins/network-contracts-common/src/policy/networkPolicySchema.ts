import { z } from 'zod';
import { FieldRule } from '../metadata/yaml/validateSource';

const text = z.string().min(1);
const name = z.string().regex(/^[A-Za-z0-9][-A-Za-z0-9_.]*$/);
const port = z.int().min(1).max(65535);

/** The policy file as written, before renaming to camelCase. */
export const networkPolicySchema = z.object({
  version: z.literal(1),
  tiers: z.record(
    name,
    z.object({
      network: text,
      internal: z.boolean(),
      description: z.string().optional(),
      intra_tier: z.enum(['allow', 'declared']).default('allow'),
    }),
  ),
  flows: z
    .array(z.object({ from: text, to: text, reason: z.string().optional() }))
    .default([]),
  dns: z
    .object({
      domain: z
        .string()
        .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/i)
        .optional(),
      require_aliases: z.boolean().default(false),
    })
    .default({ require_aliases: false }),
  ports: z
    .object({
      allowed_host_ports: z.array(port).default([]),
      allowed_host_ips: z.array(z.union([z.ipv4(), z.ipv6()])).optional(),
    })
    .default({ allowed_host_ports: [] }),
  environments: z
    .record(
      name,
      z.object({
        files: z.array(text).min(1),
        env_file: text.optional(),
        profiles: z.array(text).default([]),
      }),
    )
    .default({}),
  waivers: z
    .array(
      z.object({
        rule: text,
        service: text,
        environment: text.optional(),
        reason: text,
        owner: text,
        expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      }),
    )
    .default([]),
  severity: z
    .record(text, z.enum(['error', 'warning', 'info', 'off']))
    .default({}),
  catalog: z
    .object({
      owner: text.optional(),
      lifecycle: text.optional(),
      system: text.optional(),
    })
    .default({}),
});

/** How each field should look, for problem messages. */
export const networkPolicyRules: FieldRule[] = [
  { pattern: 'version', expect: 'the number 1', example: 'version: 1' },
  {
    pattern: 'tiers',
    expect: 'a mapping of tier names to tiers',
    example: 'tiers: { data_tier: { network: data_tier, internal: true } }',
  },
  {
    pattern: 'tiers.*',
    expect: 'a tier with a network and internal',
    example: 'data_tier: { network: data_tier, internal: true }',
  },
  {
    pattern: 'tiers.*.network',
    expect: 'the key of a network in the compose files',
    example: 'network: data_tier',
  },
  {
    pattern: 'tiers.*.internal',
    expect: 'true or false',
    example: 'internal: true',
  },
  {
    pattern: 'tiers.*.intra_tier',
    expect: 'allow or declared',
    example: 'intra_tier: declared',
  },
  {
    pattern: 'flows',
    expect: 'a list of allowed flows',
    example: 'flows: [{ from: api_tier, to: data_tier }]',
  },
  {
    pattern: 'flows.*',
    expect: 'a flow with from and to',
    example: '- { from: api_tier, to: data_tier }',
  },
  { pattern: 'flows.*.from', expect: 'a tier name', example: 'from: api_tier' },
  { pattern: 'flows.*.to', expect: 'a tier name', example: 'to: data_tier' },
  {
    pattern: 'dns.domain',
    expect: 'a DNS domain',
    example: 'domain: example.internal',
  },
  {
    pattern: 'dns.require_aliases',
    expect: 'true or false',
    example: 'require_aliases: true',
  },
  {
    pattern: 'ports.allowed_host_ports',
    expect: 'a list of port numbers',
    example: 'allowed_host_ports: [80, 443]',
  },
  {
    pattern: 'ports.allowed_host_ports.*',
    expect: 'a port number from 1 to 65535, without quotes',
    example: '- 443',
  },
  {
    pattern: 'ports.allowed_host_ips',
    expect: 'a list of IP addresses',
    example: 'allowed_host_ips: [127.0.0.1]',
  },
  {
    pattern: 'ports.allowed_host_ips.*',
    expect: 'an IPv4 or IPv6 address',
    example: '- 127.0.0.1',
  },
  {
    pattern: 'environments.*',
    expect: 'an environment with a list of compose files',
    example: 'dev: { files: [docker-compose.yaml] }',
  },
  {
    pattern: 'environments.*.files',
    expect: 'a non-empty list of compose files, in merge order',
    example: 'files: [docker-compose.yaml, docker-compose.prod.yaml]',
  },
  {
    pattern: 'environments.*.profiles',
    expect: 'a list of compose profiles',
    example: 'profiles: [tunnel]',
  },
  {
    pattern: 'waivers.*',
    expect: 'a waiver with rule, service, reason, owner and expires',
    example:
      '- { rule: dns.alias-missing, service: db, reason: ..., owner: ..., expires: 2026-01-31 }',
  },
  {
    pattern: 'waivers.*.expires',
    expect: 'a date as YYYY-MM-DD',
    example: 'expires: 2026-01-31',
  },
  {
    pattern: 'severity.*',
    expect: 'one of error, warning, info or off',
    example: 'dns.alias-missing: warning',
  },
  {
    pattern: 'catalog.owner',
    expect: 'a catalog owner reference',
    example: 'owner: group:default/platform',
  },
];

/** A one-line sample of a valid file, for fixes. */
export const NETWORK_POLICY_EXAMPLE =
  'version: 1` and a `tiers:` mapping';
