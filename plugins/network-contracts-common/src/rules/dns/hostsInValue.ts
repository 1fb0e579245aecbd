/** A host name found in an environment value. */
export interface HostReference {
  host: string;
  /** `url`, `host-port` or `bare`. */
  form: 'url' | 'host-port' | 'bare';
}

const URL_HOST = /[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?([a-z0-9_.-]+)/gi;
const HOST_PORT = /^([a-z0-9_][a-z0-9_.-]*):(\d{1,5})$/i;
const BARE_HOST = /^[a-z0-9_][a-z0-9_.-]*$/i;

/**
 * The hosts an environment value names: every URL's host, a whole value of
 * the form `host:port`, or a whole value that is a name under `domain`.
 * Looser forms (a bare `db`) are too often plain words to be checked.
 */
export function hostsInValue(
  value: string,
  domain: string | undefined,
): HostReference[] {
  const found: HostReference[] = [];
  for (const match of value.matchAll(URL_HOST)) {
    found.push({ host: match[1].toLowerCase(), form: 'url' });
  }
  if (found.length > 0) {
    return found;
  }
  const hostPort = HOST_PORT.exec(value);
  if (hostPort) {
    return [{ host: hostPort[1].toLowerCase(), form: 'host-port' }];
  }
  const name = value.toLowerCase();
  if (domain && BARE_HOST.test(value) && name.endsWith(`.${domain}`)) {
    return [{ host: name, form: 'bare' }];
  }
  return [];
}
