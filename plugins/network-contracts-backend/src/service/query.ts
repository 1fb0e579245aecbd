import { InputError } from '@backstage/errors';
import { Request } from 'express';

/** The most runs one request may list. */
export const MAX_LIMIT = 500;

/**
 * A query parameter given at most once, as text. Repeated or nested values
 * are refused, naming the parameter.
 */
export function queryString(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string' || value === '') {
    throw new InputError(
      `Invalid query parameter "${name}": give one non-empty value.`,
    );
  }
  return value;
}

/** A query parameter that must be one of `values`. */
export function queryEnum<T extends string>(
  req: Request,
  name: string,
  values: readonly T[],
): T | undefined {
  const value = queryString(req, name);
  if (value !== undefined && !values.includes(value as T)) {
    throw new InputError(
      `Invalid query parameter "${name}": "${value}" is not one of ` +
        `${values.join(', ')}.`,
    );
  }
  return value as T | undefined;
}

/** The `limit` parameter: a whole number, capped at {@link MAX_LIMIT}. */
export function queryLimit(req: Request): number | undefined {
  const value = queryString(req, 'limit');
  if (value === undefined) {
    return undefined;
  }
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1) {
    throw new InputError(
      `Invalid query parameter "limit": expected a whole number from 1 to ${MAX_LIMIT}.`,
    );
  }
  return Math.min(limit, MAX_LIMIT);
}
