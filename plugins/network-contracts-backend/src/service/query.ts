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

/**
 * The `limit` parameter: a whole number from 1, capped at `max` rather than
 * refused above it, so a client asking for "everything" gets a full page.
 */
export function queryLimit(
  req: Request,
  max: number = MAX_LIMIT,
): number | undefined {
  const value = queryString(req, 'limit');
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InputError(
      `Invalid query parameter "limit": expected a whole number from 1 ` +
        `to ${max}.`,
    );
  }
  return Math.min(Number(value), max);
}

/** The `offset` parameter: a whole number from 0. */
export function queryOffset(req: Request): number | undefined {
  const value = queryString(req, 'offset');
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InputError(
      `Invalid query parameter "offset": expected a whole number from 0.`,
    );
  }
  return Number(value);
}
