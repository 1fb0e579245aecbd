import {
  Document,
  isMap,
  isPair,
  isSeq,
  LineCounter,
  parseDocument,
} from 'yaml';
import { ReadOptions, ReadProblem } from '../ReadProblem';
import { FieldPath, formatFieldPath } from './fieldPath';
import { readSimpleSource } from './readSimpleSource';
import { DocumentLocator, keyText, YamlSource } from './YamlSource';

const DEFAULT_MAX_CHARS = 256 * 1024;
const DEFAULT_MAX_ALIAS_COUNT = 50;

/**
 * Keys that would replace an object's prototype when assigned; they are
 * dropped and reported wherever they appear.
 */
const FORBIDDEN_KEY = '__proto__';

/**
 * Parses one YAML document whose top level must be a mapping. Returns the
 * source when the data is usable, and every problem found on the way; it
 * never throws on bad content.
 *
 * @param example - a one-line sample of valid content, shown in fixes
 */
export function loadYamlSource(
  text: string,
  file: string,
  example: string,
  options: ReadOptions = {},
): { source?: YamlSource; problems: ReadProblem[] } {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    return fail(
      file,
      `File is ${text.length} characters long; the limit is ${maxChars}.`,
      'Split the file or remove what does not belong in it; these files ' +
        'are normally a few dozen lines.',
    );
  }

  if (text.trim() === '') {
    return fail(file, 'File is empty.', `Write at least \`${example}\`.`);
  }

  // Most files are plain block YAML, read without building a document.
  const simple = readSimpleSource(text, file);
  if (simple) {
    return { source: simple, problems: [] };
  }

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      merge: true,
    });
  } catch (error) {
    // The parser only throws on inputs it cannot hold, such as absurd nesting.
    return fail(file, `YAML could not be parsed: ${String(error)}.`);
  }

  const problems: ReadProblem[] = [];
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  for (const error of doc.errors) {
    problems.push({
      severity: 'error',
      position: position(error.pos[0]),
      message: `Invalid YAML: ${firstLine(error.message)}`,
      fix:
        error.code === 'DUPLICATE_KEY'
          ? 'Keep one of the duplicate keys.'
          : 'Check indentation, quoting and brackets at this position.',
    });
  }
  for (const warning of doc.warnings) {
    problems.push({
      severity: 'warning',
      position: position(warning.pos[0]),
      message: `YAML warning: ${firstLine(warning.message)}`,
    });
  }
  if (problems.some(problem => problem.severity === 'error')) {
    return { problems };
  }

  if (doc.contents === null) {
    return fail(
      file,
      'File holds only comments.',
      `Write at least \`${example}\`.`,
    );
  }

  if (!isMap(doc.contents)) {
    const found = isSeq(doc.contents) ? 'a list' : 'a single value';
    problems.push({
      severity: 'error',
      position: position(doc.contents?.range?.[0] ?? 0),
      message: `Expected a mapping of fields at the top level, found ${found}.`,
      fix: `Write one field per line, for example \`${example}\`.`,
    });
    return { problems };
  }

  problems.push(...findForbiddenKeys(doc.contents, [], position));

  let raw: unknown;
  try {
    raw = doc.toJS({
      maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT,
    });
  } catch (error) {
    problems.push({
      severity: 'error',
      position: position(0),
      message: `YAML aliases expand too far: ${String(error)}.`,
      fix: 'Write the values out instead of nesting aliases (*name).',
    });
    return { problems };
  }

  const data = sanitize(raw, new WeakMap()) as Record<string, unknown>;
  return {
    source: new YamlSource(
      file,
      data,
      new DocumentLocator(file, doc, lineCounter),
    ),
    problems,
  };
}

function fail(file: string, message: string, fix?: string) {
  const problem: ReadProblem = {
    severity: 'error',
    position: { file, line: 1, column: 1 },
    message,
    fix,
  };
  return { problems: [problem] };
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

function findForbiddenKeys(
  node: unknown,
  path: FieldPath,
  position: (offset: number) => ReadProblem['position'],
): ReadProblem[] {
  const found: ReadProblem[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) {
        continue;
      }
      const key = keyText(pair.key);
      if (key === FORBIDDEN_KEY) {
        const range = (pair.key as { range?: number[] })?.range;
        found.push({
          severity: 'error',
          position: position(range?.[0] ?? 0),
          field: formatFieldPath([...path, key]),
          message: `The key "${key}" is not allowed and was ignored.`,
          fix: 'Remove this key.',
        });
        continue;
      }
      found.push(...findForbiddenKeys(pair.value, [...path, key], position));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) =>
      found.push(...findForbiddenKeys(item, [...path, i], position)),
    );
  }
  return found;
}

/**
 * Copies the parsed data into fresh plain objects without forbidden keys.
 * Shared aliases stay shared, and a cycle cannot loop forever.
 */
function sanitize(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const known = seen.get(value);
  if (known) {
    return known;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    value.forEach(item => copy.push(sanitize(item, seen)));
    return copy;
  }
  if (value instanceof Map || value instanceof Set) {
    // toJS only builds these for non-string keys or !!set; keep them plain.
    return sanitize(Object.fromEntries(entriesOf(value)), seen);
  }
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const key of Object.keys(value)) {
    if (key !== FORBIDDEN_KEY) {
      copy[key] = sanitize((value as Record<string, unknown>)[key], seen);
    }
  }
  return copy;
}

function entriesOf(value: Map<unknown, unknown> | Set<unknown>) {
  const entries: [string, unknown][] = [];
  value.forEach((v, k) =>
    entries.push([String(k), value instanceof Set ? null : v]),
  );
  return entries.filter(([key]) => key !== FORBIDDEN_KEY);
}
