import { ContractInputError, SourcePosition } from '../source';

/**
 * One port of the short syntax, before defaults are applied.
 *
 * @internal
 */
export interface PortSpec {
  host_ip?: string;
  published?: string;
  target: number;
  protocol: string;
}

/**
 * Parses `[[host_ip:]published:]target[/protocol]`, where `published` and
 * `target` may be ranges and an IPv6 host is written in brackets. A target
 * range expands to one port per target, as Compose prints them.
 *
 * @internal
 */
export function parsePortSpec(
  text: string,
  position: SourcePosition,
  field: string,
): PortSpec[] {
  const fail = (message: string) =>
    new ContractInputError({
      position,
      field,
      message: `${message} in port ${JSON.stringify(text)}`,
      fix: 'write [[host_ip:]published:]target[/protocol], e.g. 127.0.0.1:8080:80/tcp',
    });

  let rest = text.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
    if (protocol === '') {
      throw fail('missing protocol');
    }
  }

  let hostIp: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0 || rest[close + 1] !== ':') {
      throw fail('invalid IPv6 host');
    }
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 2);
  }

  const parts = rest.split(':');
  let publishedText: string | undefined;
  let targetText: string;
  if (parts.length === 1) {
    targetText = parts[0];
  } else if (parts.length === 2) {
    [publishedText, targetText] = parts;
  } else if (hostIp === undefined) {
    hostIp = parts.slice(0, -2).join(':');
    publishedText = parts[parts.length - 2];
    targetText = parts[parts.length - 1];
  } else {
    throw fail('too many colons');
  }

  const targets = parseRange(targetText);
  if (!targets) {
    throw fail(`Invalid containerPort: ${targetText}`);
  }
  const published =
    publishedText === undefined || publishedText === ''
      ? undefined
      : parseRange(publishedText);
  if (publishedText && !published) {
    throw fail(`Invalid hostPort: ${publishedText}`);
  }

  const host = hostIp === undefined || hostIp === '' ? {} : { host_ip: hostIp };
  const count = targets[1] - targets[0] + 1;
  if (published && count > 1 && published[1] - published[0] + 1 !== count) {
    throw fail('host and container port ranges differ in size');
  }

  const specs: PortSpec[] = [];
  for (let i = 0; i < count; i++) {
    let publishedPort: string | undefined;
    if (published && count > 1) {
      publishedPort = String(published[0] + i);
    } else if (published) {
      publishedPort =
        published[0] === published[1]
          ? String(published[0])
          : `${published[0]}-${published[1]}`;
    }
    specs.push({
      ...host,
      target: targets[0] + i,
      ...(publishedPort === undefined ? {} : { published: publishedPort }),
      protocol,
    });
  }
  return specs;
}

/** Parses `80` or `80-90` into an inclusive range of valid ports. */
function parseRange(text: string): [number, number] | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  if (low > 65535 || high > 65535 || high < low) {
    return undefined;
  }
  return [low, high];
}
