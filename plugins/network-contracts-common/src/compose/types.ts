import { SourcePosition } from '../source';
import type { ComposeParseCache } from './ComposeParseCache';

/**
 * Reads the files a compose project is made of. The loader never touches the
 * file system itself, so it runs in browsers and tests as well as in Node.
 *
 * @public
 */
export interface ComposeFileReader {
  /** Returns the text of the file at an absolute posix path. */
  readFile(path: string): Promise<string> | string;
  /**
   * Tells whether a file exists. When absent, existence is probed by reading
   * the file; optional files such as `.env` then count as missing when the
   * read fails.
   */
  exists?(path: string): Promise<boolean> | boolean;
}

/**
 * How to load a compose project, mirroring the flags of `docker compose`.
 *
 * @public
 */
export interface LoadComposeOptions {
  /** Compose files, merged in order, as with `-f a.yaml -f b.yaml`. */
  files: string[];
  /** Reads the files; paths handed to it are absolute posix paths. */
  reader: ComposeFileReader;
  /**
   * Absolute directory that relative paths are resolved against. Defaults to
   * the folder of the first file, as with `--project-directory`.
   */
  projectDirectory?: string;
  /** Project name, as with `-p`; wins over every other source. */
  projectName?: string;
  /**
   * Variables of the calling environment. They win over the `.env` file.
   * Defaults to none; the CLI passes `process.env`.
   */
  environment?: Record<string, string | undefined>;
  /**
   * Env files to read instead of `<project directory>/.env`, as with
   * `--env-file`; relative paths are resolved against the project directory.
   */
  envFiles?: string[];
  /**
   * Active profiles, as with `--profile`. Defaults to `COMPOSE_PROFILES` from
   * the environment or the `.env` file.
   */
  profiles?: string[];
  /** Largest file accepted, in bytes. Defaults to 16 MiB. */
  maxFileBytes?: number;
  /**
   * Largest number of YAML nodes that aliases may expand to in one file,
   * which stops alias bombs. Defaults to 1,000,000.
   */
  maxAliasNodes?: number;
  /**
   * Parsed files shared with other loads, such as the environments of one
   * mesh, so a file they all use is parsed once. Defaults to a cache of
   * this load alone.
   */
  parseCache?: ComposeParseCache;
}

/**
 * A published or exposed port, as `docker compose config --format json`
 * prints it.
 *
 * @public
 */
export interface ComposePort {
  /** `ingress` (default) or `host`. */
  mode: string;
  /** Host interface, absent when the port binds every interface. */
  host_ip?: string;
  target: number;
  /** Host port or range, absent when Docker picks one. */
  published?: string;
  /** `tcp` (default), `udp` or `sctp`. */
  protocol: string;
  app_protocol?: string;
  name?: string;
}

/**
 * A mount of a service, in the long syntax Compose prints.
 *
 * @public
 */
export interface ComposeVolumeMount {
  /** `bind`, `volume`, `tmpfs`, `npipe`, `cluster` or `image`. */
  type: string;
  /** Absolute host path for binds, volume name for volumes. */
  source?: string;
  target: string;
  read_only?: boolean;
  consistency?: string;
  bind?: Record<string, unknown>;
  volume?: Record<string, unknown>;
  tmpfs?: Record<string, unknown>;
  image?: Record<string, unknown>;
}

/**
 * How a service attaches to one network.
 *
 * @public
 */
export interface ComposeServiceNetwork {
  aliases?: string[];
  ipv4_address?: string;
  ipv6_address?: string;
  link_local_ips?: string[];
  mac_address?: string;
  driver_opts?: Record<string, string>;
  priority?: number;
  gw_priority?: number;
}

/**
 * One entry of `depends_on`, in Compose's long form.
 *
 * @public
 */
export interface ComposeDependency {
  /** `service_started`, `service_healthy` or `service_completed_successfully`. */
  condition: string;
  /** Present when set, or implied by `links` and `network_mode: service:x`. */
  restart?: boolean;
  required: boolean;
}

/**
 * An effective service. Fields not modelled here are kept as written.
 *
 * @public
 */
export interface ComposeService {
  image?: string;
  profiles?: string[];
  /** Map of network key to attachment; `null` when nothing is configured. */
  networks?: Record<string, ComposeServiceNetwork | null>;
  network_mode?: string;
  ports?: ComposePort[];
  expose?: string[];
  links?: string[];
  hostname?: string;
  domainname?: string;
  container_name?: string;
  depends_on?: Record<string, ComposeDependency>;
  labels?: Record<string, string>;
  /** `null` marks a variable passed through from the host, but unset. */
  environment?: Record<string, string | null>;
  volumes?: ComposeVolumeMount[];
  extra_hosts?: string[];
  [field: string]: unknown;
}

/**
 * A top-level network.
 *
 * @public
 */
export interface ComposeNetwork {
  /** Name Docker knows the network by: `<project>_<key>` unless renamed. */
  name: string;
  driver?: string;
  driver_opts?: Record<string, string>;
  internal?: boolean;
  external?: boolean;
  attachable?: boolean;
  enable_ipv6?: boolean;
  labels?: Record<string, string>;
  ipam?: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * A top-level volume.
 *
 * @public
 */
export interface ComposeVolume {
  name: string;
  external?: boolean;
  driver?: string;
  [field: string]: unknown;
}

/**
 * The effective project, with the field names and shapes of
 * `docker compose config --format json`.
 *
 * @public
 */
export interface ComposeProject {
  name: string;
  services: Record<string, ComposeService>;
  networks?: Record<string, ComposeNetwork>;
  volumes?: Record<string, ComposeVolume>;
  [field: string]: unknown;
}

/**
 * Where each effective value was written, keyed by a dotted field path.
 *
 * Keys follow the JSON shape of {@link ComposeProject}: names are inserted
 * verbatim and list entries use `[index]`, the index in the effective list.
 *
 * - `services.<svc>`: the service key
 * - `services.<svc>.networks.<net>`, `services.<svc>.networks.<net>.aliases[i]`,
 *   `services.<svc>.networks.<net>.ipv4_address`
 * - `services.<svc>.ports[i]`, `services.<svc>.expose[i]`,
 *   `services.<svc>.volumes[i]`, `services.<svc>.links[i]`
 * - `services.<svc>.network_mode`, `.hostname`, `.container_name`, `.image`
 * - `services.<svc>.environment.<VAR>`, `services.<svc>.labels.<key>`,
 *   `services.<svc>.depends_on.<other>`, `services.<svc>.profiles[i]`
 * - `networks.<key>`, `volumes.<key>`, `name`
 *
 * A value inherited through `extends`, an anchor or an earlier file points
 * at the place it was written. Implicit values (the `default` network of a
 * service) point at the service key.
 *
 * @public
 */
export type ComposePositions = ReadonlyMap<string, SourcePosition>;

/**
 * What {@link loadComposeProject} returns.
 *
 * @public
 */
export interface ComposeLoadResult {
  project: ComposeProject;
  positions: ComposePositions;
  /** Non-fatal notes, such as unset variables defaulting to empty. */
  warnings: string[];
}
