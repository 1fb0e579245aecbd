import { createHash } from 'node:crypto';
import { makeValidator } from '@backstage/catalog-model';

const validator = makeValidator();

/** Tells whether Backstage accepts a value as `metadata.name`. */
export function isValidName(name: string): boolean {
  return validator.isValidEntityName(name);
}

/**
 * Turns a tier, network or folder name into an entity name part: tiers are
 * written `auth_tier` in policies, while entity names read better kebab-cased.
 */
export function kebab(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Name of the System that groups a tier's services. */
export function tierSystemName(mesh: string, tier: string): string {
  return fitName(`${mesh}-${kebab(tier)}`);
}

/** Name of the Resource for a compose network. */
export function networkResourceName(mesh: string, network: string): string {
  return fitName(`${mesh}-${kebab(network)}-network`);
}

/**
 * Keeps generated names within Backstage's 63 characters; a long name gets
 * a hash suffix so that two long names stay distinct.
 */
export function fitName(name: string): string {
  if (name.length <= 63 && isValidName(name)) {
    return name;
  }
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8);
  const head = kebab(name).slice(0, 54).replace(/-+$/, '');
  return `${head}-${hash}`;
}

/** Entity tags allow `[a-z0-9:+#]` words joined by `-`. */
export function toTag(tag: string): string | undefined {
  const value = tag
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return value && value.length <= 63 ? value : undefined;
}
