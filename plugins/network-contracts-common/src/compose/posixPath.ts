/*
 * Posix path helpers. The core cannot use `node:path` because it also runs
 * in browsers, and compose paths are posix on every platform we support.
 */

/** @internal */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/');
}

/** @internal */
export function normalizePath(path: string): string {
  const absolute = isAbsolutePath(path);
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') {
      continue;
    }
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (!absolute) {
        out.push('..');
      }
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (absolute) {
    return `/${joined}`;
  }
  return joined === '' ? '.' : joined;
}

/** Resolves `path` against `base` unless it is already absolute. */
export function resolvePath(base: string, path: string): string {
  return normalizePath(isAbsolutePath(path) ? path : `${base}/${path}`);
}

/** @internal */
export function dirnamePath(path: string): string {
  const normal = normalizePath(path);
  const at = normal.lastIndexOf('/');
  if (at < 0) {
    return '.';
  }
  return at === 0 ? '/' : normal.slice(0, at);
}

/** @internal */
export function basenamePath(path: string): string {
  const normal = normalizePath(path);
  return normal.slice(normal.lastIndexOf('/') + 1);
}
