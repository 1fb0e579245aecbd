import { z } from 'zod';
import { ENTITY_NAME_RULE, isValidEntityName } from './entityName';
import { FieldRule } from './yaml/validateSource';

const DNS_NAME =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/i;

const serviceName = z
  .string()
  .refine(isValidEntityName, {
    error: issue =>
      `"${String(issue.input)}" is not a name Backstage accepts as an ` +
      `entity name; use ${ENTITY_NAME_RULE}.`,
  });

const text = z.string().min(1);

/** The service metadata file as written, before renaming to camelCase. */
export const serviceMetadataSchema = z.object({
  service_name: serviceName,
  compose_service: text.optional(),
  tier: text,
  role: text.optional(),
  dependencies: z.array(serviceName).default([]),
  exposed_ports: z.array(z.int().min(1).max(65535)).default([]),
  internal_endpoints: z.array(z.string().startsWith('/')).default([]),
  security_profile: z.enum(['low', 'medium', 'high']).optional(),
  codex_agent_tags: z.array(text).default([]),
  owner: text.optional(),
  system: text.optional(),
  lifecycle: text.optional(),
  description: z.string().optional(),
  dns_aliases: z.array(z.string().regex(DNS_NAME)).optional(),
});

/** How each field should look, for problem messages. */
export const serviceMetadataRules: FieldRule[] = [
  {
    pattern: 'service_name',
    expect: `a service name (${ENTITY_NAME_RULE})`,
    example: 'service_name: auth-service',
  },
  {
    pattern: 'compose_service',
    expect: 'the service name used in the compose files',
    example: 'compose_service: auth',
  },
  {
    pattern: 'tier',
    expect: 'the name of a tier of the policy',
    example: 'tier: api_tier',
  },
  { pattern: 'role', expect: 'a word or two', example: 'role: database' },
  {
    pattern: 'dependencies',
    expect: 'a list of service names',
    example: 'dependencies: [db]',
  },
  {
    pattern: 'dependencies.*',
    expect: `a service name (${ENTITY_NAME_RULE})`,
    example: '- auth-service',
  },
  {
    pattern: 'exposed_ports',
    expect: 'a list of port numbers',
    example: 'exposed_ports: [8002]',
  },
  {
    pattern: 'exposed_ports.*',
    expect: 'a port number from 1 to 65535, without quotes',
    example: '- 8002',
  },
  {
    pattern: 'internal_endpoints',
    expect: 'a list of paths',
    example: 'internal_endpoints: [/health]',
  },
  {
    pattern: 'internal_endpoints.*',
    expect: 'a path starting with "/"',
    example: '- /api/user',
  },
  {
    pattern: 'security_profile',
    expect: 'one of low, medium or high',
    example: 'security_profile: high',
  },
  {
    pattern: 'codex_agent_tags',
    expect: 'a list of tags',
    example: 'codex_agent_tags: [network_topology]',
  },
  { pattern: 'codex_agent_tags.*', expect: 'a tag', example: '- data_store' },
  {
    pattern: 'owner',
    expect: 'a catalog owner reference',
    example: 'owner: group:default/platform',
  },
  { pattern: 'system', expect: 'a system name', example: 'system: shop' },
  {
    pattern: 'lifecycle',
    expect: 'a lifecycle',
    example: 'lifecycle: production',
  },
  {
    pattern: 'description',
    expect: 'one sentence of text',
    example: 'description: Stores users and sessions.',
  },
  {
    pattern: 'dns_aliases',
    expect: 'a list of DNS names',
    example: 'dns_aliases: [db.example.internal]',
  },
  {
    pattern: 'dns_aliases.*',
    expect: 'a DNS name',
    example: '- db.example.internal',
  },
];

/** A one-line sample of a valid file, for fixes. */
export const SERVICE_METADATA_EXAMPLE =
  'service_name: auth-service` and `tier: auth_tier';
