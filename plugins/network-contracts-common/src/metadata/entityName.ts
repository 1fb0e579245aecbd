const ENTITY_NAME = /^[a-z0-9A-Z]([-_.]?[a-z0-9A-Z])*$/;
const ENTITY_NAME_MAX = 63;

/**
 * Tells whether Backstage accepts `name` as `metadata.name` of an entity,
 * which is what a service name becomes in the catalog.
 *
 * @public
 */
export function isValidEntityName(name: string): boolean {
  return name.length <= ENTITY_NAME_MAX && ENTITY_NAME.test(name);
}

/** The rule in words, for messages. */
export const ENTITY_NAME_RULE =
  'letters and digits, single "-", "_" or "." between them, at most 63 ' +
  'characters';
