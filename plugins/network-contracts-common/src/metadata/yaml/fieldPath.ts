/** A path into a YAML document: map keys and list indexes. */
export type FieldPath = ReadonlyArray<string | number>;

/** Renders a path the way people write it: `tiers.api_tier.network`. */
export function formatFieldPath(path: FieldPath): string {
  return path.map(String).join('.');
}

/**
 * Tells whether a path matches a pattern where `*` stands for any one key or
 * index, so one description covers every tier or list item.
 */
export function matchesFieldPattern(path: FieldPath, pattern: string): boolean {
  const parts = pattern.split('.');
  if (parts.length !== path.length) {
    return false;
  }
  return parts.every((part, i) => part === '*' || part === String(path[i]));
}

/** Names the kind of a parsed value, for "found a string" messages. */
export function describeValueKind(value: unknown): string {
  if (value === null || value === undefined) {
    return 'nothing';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'a mapping';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'an integer' : 'a number';
  }
  return `a ${typeof value}`;
}
