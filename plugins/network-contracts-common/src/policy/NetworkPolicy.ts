import type { MetadataSource } from '../metadata/ServiceMetadata';

/**
 * One tier of the mesh and the compose network that implements it.
 *
 * @public
 */
export interface PolicyTier {
  /** Compose network key (as in the top-level `networks:` of the files). */
  network: string;
  /** Whether that network must be declared `internal: true`. */
  internal: boolean;
  description?: string;
  /**
   * `intra_tier`: whether services of the tier that share its network may
   * reach each other without declaring it (`allow`, the default), or must
   * declare every such pair (`declared`).
   */
  intraTier: 'allow' | 'declared';
}

/**
 * A tier-to-tier flow the policy allows: services of `from` may join the
 * network of `to` to call services there.
 *
 * @public
 */
export interface PolicyFlow {
  from: string;
  to: string;
  reason?: string;
}

/**
 * One environment: the compose files merged in order, as with
 * `docker compose -f a -f b`, relative to the folder holding `.codex/`.
 *
 * @public
 */
export interface PolicyEnvironment {
  files: string[];
  /** File with variables for interpolation. Default: `.env` if present. */
  envFile?: string;
  /** Compose profiles to enable. Default `[]`. */
  profiles: string[];
}

/**
 * A time-limited exception to one rule for one service.
 *
 * @public
 */
export interface PolicyWaiver {
  rule: string;
  service: string;
  /** When absent, the waiver covers every environment. */
  environment?: string;
  reason: string;
  owner: string;
  /** Last day the waiver applies, as `YYYY-MM-DD`. */
  expires: string;
}

/**
 * The severity a rule is raised to or lowered to, or `off`.
 *
 * @public
 */
export type RuleSeverityOverride = 'error' | 'warning' | 'info' | 'off';

/**
 * The network policy file (`.codex/network-policy.yaml`), read and checked.
 * Field names are the camelCase forms of the file's snake_case keys.
 *
 * @public
 */
export interface NetworkPolicy {
  version: 1;
  tiers: Record<string, PolicyTier>;
  /** Default `[]`: no tier may join another tier's network. */
  flows: PolicyFlow[];
  dns: {
    /** Domain every alias must belong to; absent means any name. */
    domain?: string;
    /** Whether each service must have at least one alias. Default false. */
    requireAliases: boolean;
  };
  ports: {
    /** Host ports that may be published. Default `[]`: none. */
    allowedHostPorts: number[];
    /** Host interfaces ports may bind to; absent means any. */
    allowedHostIps?: string[];
  };
  /** Default `{}`: the caller decides which compose files to read. */
  environments: Record<string, PolicyEnvironment>;
  /** Default `[]`. */
  waivers: PolicyWaiver[];
  /** Rule id to severity. Default `{}`. */
  severity: Record<string, RuleSeverityOverride>;
  /** Defaults for catalog entities whose metadata leaves them out. */
  catalog: { owner?: string; lifecycle?: string; system?: string };
  /** Fields the format does not know, by dotted path, kept as written. */
  extra: Record<string, unknown>;
  source: MetadataSource;
}
