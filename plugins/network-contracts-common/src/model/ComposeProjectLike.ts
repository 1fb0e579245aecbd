/**
 * The part of a resolved compose project the topology needs, in the shape
 * and field names of `docker compose config --format json`. The loader's
 * `ComposeProject` satisfies it, and so does the JSON Compose prints, which
 * is why the topology asks for no more than this.
 *
 * @public
 */
export interface ComposeProjectLike {
  name?: string;
  services: Record<string, ComposeServiceLike>;
  networks?: Record<string, ComposeNetworkLike>;
}

/**
 * One service of a resolved compose project.
 *
 * @public
 */
export interface ComposeServiceLike {
  networks?: Record<
    string,
    null | { aliases?: string[]; ipv4_address?: string }
  >;
  network_mode?: string;
  ports?: ComposePortLike[];
  expose?: string[];
  hostname?: string;
  container_name?: string;
  depends_on?: Record<string, unknown>;
}

/**
 * One published port in long syntax, as `docker compose config` writes it.
 *
 * @public
 */
export interface ComposePortLike {
  mode?: string;
  host_ip?: string;
  target: number;
  published?: string;
  protocol?: string;
}

/**
 * One top-level network of a resolved compose project.
 *
 * @public
 */
export interface ComposeNetworkLike {
  name?: string;
  internal?: boolean;
  external?: boolean;
  driver?: string;
}
