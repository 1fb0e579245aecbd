import { ContractInputError, SourcePosition } from '../source';
import { newMap, newScalar, setEntry } from './nodes';
import { normalizePath } from './posixPath';
import { YMap } from './yamlTree';

const PROPAGATION = new Set([
  'shared',
  'rshared',
  'slave',
  'rslave',
  'private',
  'rprivate',
]);
const CONSISTENCY = new Set(['consistent', 'cached', 'delegated']);

/**
 * Parses the short volume syntax `[source:]target[:options]` into the long
 * form Compose prints: a bind when the source is a path, a named volume
 * otherwise, an anonymous volume when there is no source.
 *
 * @internal
 */
export function parseVolumeSpec(
  text: string,
  pos: SourcePosition,
  field: string,
  resolveHostPath: (path: string) => string,
): YMap {
  const parts = text.split(':');
  if (parts.length > 3 || parts.some(part => part === '')) {
    throw new ContractInputError({
      position: pos,
      field,
      message: `invalid volume specification ${JSON.stringify(text)}`,
      fix: 'write [source:]target[:ro|rw|z|Z|nocopy]',
    });
  }

  const entry = newMap(pos);
  const set = (key: string, value: unknown) =>
    setEntry(
      entry,
      key,
      typeof value === 'object' && value !== null
        ? (value as YMap)
        : newScalar(value as string, pos),
    );

  if (parts.length === 1) {
    set('type', 'volume');
    set('target', normalizePath(parts[0]));
    set('volume', newMap(pos));
    return entry;
  }

  const [source, written, options = ''] = parts;
  // Compose cleans the container path, but keeps the host path as written.
  const target = normalizePath(written);
  const isPath = /^[./~]/.test(source);
  const bind = newMap(pos);
  const volume = newMap(pos);
  let readOnly = false;
  let consistency: string | undefined;

  for (const option of options.split(',').filter(Boolean)) {
    if (option === 'ro') {
      readOnly = true;
    } else if (option === 'rw') {
      readOnly = false;
    } else if (option === 'z' || option === 'Z') {
      setEntry(bind, 'selinux', newScalar(option, pos));
    } else if (option === 'nocopy') {
      setEntry(volume, 'nocopy', newScalar(true, pos));
    } else if (PROPAGATION.has(option)) {
      setEntry(bind, 'propagation', newScalar(option, pos));
    } else if (CONSISTENCY.has(option)) {
      consistency = option;
    }
  }

  set('type', isPath ? 'bind' : 'volume');
  set('source', isPath ? resolveHostPath(source) : source);
  set('target', target);
  if (readOnly) {
    setEntry(entry, 'read_only', newScalar(true, pos));
  }
  if (consistency) {
    set('consistency', consistency);
  }
  if (isPath) {
    setEntry(bind, 'create_host_path', newScalar(true, pos));
    set('bind', bind);
  } else {
    set('volume', volume);
  }
  return entry;
}
