import { hasErrors, ReadOptions, ReadResult } from './ReadProblem';
import { ServiceMetadata } from './ServiceMetadata';
import {
  SERVICE_METADATA_EXAMPLE,
  serviceMetadataRules,
  serviceMetadataSchema,
} from './serviceMetadataSchema';
import { collectPositions } from './yaml/collectPositions';
import { loadYamlSource } from './yaml/loadYamlSource';
import { validateSource } from './yaml/validateSource';

/**
 * Reads one service metadata file (`.codex/services/<service>.yaml`).
 *
 * Never throws on bad content. `value` is present when the file has no
 * error-level problem; unknown fields are kept in `value.extra` and
 * reported as warnings.
 *
 * @param text - the file's content
 * @param file - the file's path, used in problem positions
 * @public
 */
export function readServiceMetadata(
  text: string,
  file: string,
  options?: ReadOptions,
): ReadResult<ServiceMetadata> {
  const loaded = loadYamlSource(text, file, SERVICE_METADATA_EXAMPLE, options);
  if (!loaded.source) {
    return { problems: loaded.problems };
  }

  const { source } = loaded;
  const checked = validateSource(
    source,
    serviceMetadataSchema,
    serviceMetadataRules,
  );
  const problems = [...loaded.problems, ...checked.problems];
  if (!checked.value || hasErrors(problems)) {
    return { problems };
  }

  const raw = checked.value;
  const value: ServiceMetadata = {
    serviceName: raw.service_name,
    composeService: raw.compose_service ?? raw.service_name,
    tier: raw.tier,
    role: raw.role,
    dependencies: raw.dependencies,
    exposedPorts: raw.exposed_ports,
    internalEndpoints: raw.internal_endpoints,
    securityProfile: raw.security_profile,
    codexAgentTags: raw.codex_agent_tags,
    owner: raw.owner,
    system: raw.system,
    lifecycle: raw.lifecycle,
    description: raw.description,
    dnsAliases: raw.dns_aliases,
    extra: checked.extra,
    source: { file, positions: collectPositions(source) },
  };
  return { value: dropUndefined(value), problems };
}

/** Leaves absent optional fields out, so the value serializes cleanly. */
function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) {
      delete value[key];
    }
  }
  return value;
}
