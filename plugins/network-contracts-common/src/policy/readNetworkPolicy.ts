import { hasErrors, ReadOptions, ReadResult } from '../metadata/ReadProblem';
import { collectPositions } from '../metadata/yaml/collectPositions';
import { loadYamlSource } from '../metadata/yaml/loadYamlSource';
import { validateSource } from '../metadata/yaml/validateSource';
import { checkNetworkPolicy } from './checkNetworkPolicy';
import { NetworkPolicy, PolicyEnvironment, PolicyTier } from './NetworkPolicy';
import {
  NETWORK_POLICY_EXAMPLE,
  networkPolicyRules,
  networkPolicySchema,
} from './networkPolicySchema';

/**
 * Reads the network policy file (`.codex/network-policy.yaml`).
 *
 * Never throws on bad content. `value` is present when the file has no
 * error-level problem; unknown fields are kept in `value.extra` and
 * reported as warnings.
 *
 * @param text - the file's content
 * @param file - the file's path, used in problem positions
 * @public
 */
export function readNetworkPolicy(
  text: string,
  file: string,
  options?: ReadOptions,
): ReadResult<NetworkPolicy> {
  const loaded = loadYamlSource(text, file, NETWORK_POLICY_EXAMPLE, options);
  if (!loaded.source) {
    return { problems: loaded.problems };
  }

  const { source } = loaded;
  const checked = validateSource(
    source,
    networkPolicySchema,
    networkPolicyRules,
  );
  const problems = [...loaded.problems, ...checked.problems];
  if (!checked.value || hasErrors(problems)) {
    return { problems };
  }

  const raw = checked.value;
  const value: NetworkPolicy = {
    version: raw.version,
    tiers: mapValues(raw.tiers, (tier): PolicyTier => ({
      network: tier.network,
      internal: tier.internal,
      ...(tier.description !== undefined && { description: tier.description }),
      intraTier: tier.intra_tier,
    })),
    flows: raw.flows,
    dns: {
      ...(raw.dns.domain !== undefined && { domain: raw.dns.domain }),
      requireAliases: raw.dns.require_aliases,
    },
    ports: {
      allowedHostPorts: raw.ports.allowed_host_ports,
      ...(raw.ports.allowed_host_ips && {
        allowedHostIps: raw.ports.allowed_host_ips,
      }),
    },
    environments: mapValues(raw.environments, (env): PolicyEnvironment => ({
      files: env.files,
      ...(env.env_file !== undefined && { envFile: env.env_file }),
      profiles: env.profiles,
    })),
    waivers: raw.waivers,
    severity: raw.severity,
    catalog: raw.catalog,
    extra: checked.extra,
    source: { file, positions: collectPositions(source) },
  };

  problems.push(...checkNetworkPolicy(value));
  return hasErrors(problems) ? { problems } : { value, problems };
}

function mapValues<A, B>(
  record: Record<string, A>,
  map: (value: A) => B,
): Record<string, B> {
  const result: Record<string, B> = {};
  for (const key of Object.keys(record)) {
    result[key] = map(record[key]);
  }
  return result;
}
