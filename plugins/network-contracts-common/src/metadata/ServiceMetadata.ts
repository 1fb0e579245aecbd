import { SourcePosition } from '../source';

/**
 * How sensitive a service is, as its metadata declares.
 *
 * @public
 */
export type SecurityProfile = 'low' | 'medium' | 'high';

/**
 * One `.codex/services/<service>.yaml` file, read and checked. Field names
 * are the camelCase forms of the file's snake_case keys.
 *
 * @public
 */
export interface ServiceMetadata {
  /** `service_name`: the catalog entity name of the service. */
  serviceName: string;
  /**
   * `compose_service`: the service's name in the compose files; the same as
   * `serviceName` unless the file says otherwise.
   */
  composeService: string;
  /** `tier`: one of the policy's tiers. */
  tier: string;
  /** `role`: free text such as `authentication` or `database`. */
  role?: string;
  /** `dependencies`: service names this service calls. Default `[]`. */
  dependencies: string[];
  /** `exposed_ports`: container ports it serves on. Default `[]`. */
  exposedPorts: number[];
  /** `internal_endpoints`: paths it serves inside the mesh. Default `[]`. */
  internalEndpoints: string[];
  /** `security_profile`. */
  securityProfile?: SecurityProfile;
  /** `codex_agent_tags`: free tags. Default `[]`. */
  codexAgentTags: string[];
  /** `owner`: catalog owner reference, such as `group:default/platform`. */
  owner?: string;
  /** `system`: catalog system the service belongs to. */
  system?: string;
  /** `lifecycle`: catalog lifecycle, such as `production`. */
  lifecycle?: string;
  /** `description`: one sentence for the catalog. */
  description?: string;
  /**
   * `dns_aliases`: the aliases the service expects to be reachable by.
   * Absent when the file states no expectation.
   */
  dnsAliases?: string[];
  /** Fields the format does not know, by dotted path, kept as written. */
  extra: Record<string, unknown>;
  /** Where the file is, and where each field and list item stands in it. */
  source: MetadataSource;
}

/**
 * Where a metadata or policy file came from: its path and the position of
 * every field, keyed by dotted path (`dependencies.0`).
 *
 * @public
 */
export interface MetadataSource {
  file: string;
  positions: Record<string, SourcePosition>;
}
