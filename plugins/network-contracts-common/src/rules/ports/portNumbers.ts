/** Ranges wider than this are not expanded port by port. */
const MAX_RANGE = 1024;

/**
 * The port numbers of `8080`, `8080/tcp` or `8000-8010`; empty for what
 * cannot be read or for ranges too wide to list.
 */
export function portNumbers(spec: string | number | undefined): number[] {
  if (spec === undefined) {
    return [];
  }
  const match = /^(\d+)(?:-(\d+))?(?:\/\w+)?$/.exec(String(spec).trim());
  if (!match) {
    return [];
  }
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (last < first || last - first > MAX_RANGE) {
    return [];
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
