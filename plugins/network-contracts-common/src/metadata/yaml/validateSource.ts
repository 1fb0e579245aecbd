import { z } from 'zod';
import { ReadProblem } from '../ReadProblem';
import {
  describeValueKind,
  FieldPath,
  formatFieldPath,
  matchesFieldPattern,
} from './fieldPath';
import { YamlSource } from './YamlSource';

/**
 * How a field should look, in words a person reads in a problem: `expect`
 * completes "must be ...", `example` is a line of valid YAML.
 */
export interface FieldRule {
  pattern: string;
  expect: string;
  example: string;
}

/**
 * Checks parsed data against a schema. Every schema issue becomes a problem
 * at the offending line, and fields the schema does not know are kept in
 * `extra` (by dotted path) and reported as warnings.
 */
export function validateSource<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
  rules: FieldRule[],
): {
  value?: z.output<S>;
  extra: Record<string, unknown>;
  problems: ReadProblem[];
} {
  const problems: ReadProblem[] = [];
  const extra: Record<string, unknown> = {};

  for (const unknown of findUnknownFields(schema, source.data, [])) {
    const field = formatFieldPath(unknown.path);
    extra[field] = unknown.value;
    problems.push({
      severity: 'warning',
      position: source.positionOf(unknown.path, true),
      field,
      message: `Unknown field "${field}" was kept but is not used.`,
      fix: 'Check the spelling against the documented fields, or remove it.',
    });
  }

  const result = schema.safeParse(source.data);
  if (result.success) {
    return { value: result.data, extra, problems };
  }
  for (const issue of result.error.issues) {
    problems.push(toProblem(source, issue, rules));
  }
  return { extra, problems };
}

function toProblem(
  source: YamlSource,
  issue: z.core.$ZodIssue,
  rules: FieldRule[],
): ReadProblem {
  const path = issue.path.filter(
    (part): part is string | number => typeof part !== 'symbol',
  );
  const field = formatFieldPath(path);
  const rule = rules.find(r => matchesFieldPattern(path, r.pattern));
  const value = valueAt(source.data, path);
  const position = source.positionOf(path);
  const fix = rule
    ? `Write ${rule.expect}, for example \`${rule.example}\`.`
    : undefined;

  if (issue.code === 'invalid_key') {
    const key = String(path[path.length - 1]);
    return {
      severity: 'error',
      position: source.positionOf(path, true),
      field,
      message: `"${key}" is not a valid name here.`,
      fix: 'Use letters, digits, "-", "_" and ".", starting with a letter or digit.',
    };
  }
  if (issue.code === 'custom' || !rule) {
    return { severity: 'error', position, field, message: issue.message, fix };
  }
  const message =
    value === undefined
      ? `Required field "${field}" is missing.`
      : `"${field}" must be ${rule.expect}; found ${describeValueKind(
          value,
        )}.`;
  return { severity: 'error', position, field, message, fix };
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    if (!Object.prototype.hasOwnProperty.call(current, part)) {
      return undefined;
    }
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function findUnknownFields(
  schema: z.ZodType,
  data: unknown,
  path: FieldPath,
): { path: FieldPath; value: unknown }[] {
  const inner = unwrap(schema);
  const found: { path: FieldPath; value: unknown }[] = [];
  if (inner instanceof z.ZodArray && Array.isArray(data)) {
    data.forEach((item, i) =>
      found.push(...findUnknownFields(
          inner.element as z.ZodType,
          item,
          [...path, i],
        )),
    );
  } else if (isRecordLike(data) && inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(data)) {
      const next = [...path, key];
      if (Object.prototype.hasOwnProperty.call(shape, key)) {
        found.push(...findUnknownFields(shape[key], data[key], next));
      } else {
        found.push({ path: next, value: data[key] });
      }
    }
  } else if (isRecordLike(data) && inner instanceof z.ZodRecord) {
    for (const key of Object.keys(data)) {
      const valueType = inner.valueType as z.ZodType;
      found.push(...findUnknownFields(valueType, data[key], [...path, key]));
    }
  }
  return found;
}

/** Looks through optional, default and nullable wrappers to the real type. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
