import { ContractInputError, SourcePosition } from '../source';

/**
 * Looks a variable up; `undefined` means unset.
 *
 * @internal
 */
export type VariableLookup = (name: string) => string | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Replaces `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:?e}`, `${X?e}`,
 * `${X:+r}`, `${X+r}` and `$$` in one string, the way Compose does.
 * Defaults and replacements may themselves contain variables.
 *
 * @internal
 */
export function interpolateString(
  text: string,
  lookup: VariableLookup,
  position: SourcePosition,
  warn: (message: string) => void,
): string {
  if (!text.includes('$')) {
    return text;
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];

    if (next === '$') {
      out += '$';
      i = dollar + 2;
      continue;
    }

    if (next === '{') {
      const close = matchingBrace(text, dollar + 1);
      if (close < 0) {
        throw invalid(text, position);
      }
      const body = text.slice(dollar + 2, close);
      out += expandBraced(body, text, lookup, position, warn);
      i = close + 1;
      continue;
    }

    const name = NAME.exec(text.slice(dollar + 1));
    if (!name) {
      // Compose keeps a dollar that starts no variable, such as `$1`.
      out += '$';
      i = dollar + 1;
      continue;
    }
    out += valueOf(name[0], lookup, warn);
    i = dollar + 1 + name[0].length;
  }
  return out;
}

function expandBraced(
  body: string,
  text: string,
  lookup: VariableLookup,
  position: SourcePosition,
  warn: (message: string) => void,
): string {
  const name = NAME.exec(body)?.[0];
  if (!name) {
    throw invalid(text, position);
  }
  const rest = body.slice(name.length);
  if (rest === '') {
    return valueOf(name, lookup, warn);
  }

  const colon = rest.startsWith(':');
  const op = rest[colon ? 1 : 0];
  const arg = rest.slice(colon ? 2 : 1);
  if (op !== '-' && op !== '?' && op !== '+') {
    throw invalid(text, position);
  }
  const value = lookup(name);
  // With a colon, an empty value counts as unset.
  const set = value !== undefined && (!colon || value !== '');
  const nested = () => interpolateString(arg, lookup, position, warn);

  if (op === '-') {
    return set ? value! : nested();
  }
  if (op === '+') {
    return set ? nested() : '';
  }
  if (!set) {
    throw new ContractInputError({
      position,
      message: `required variable ${name} is missing a value${
        arg ? `: ${nested()}` : ''
      }`,
      fix: `set ${name} in the environment or the .env file`,
    });
  }
  return value!;
}

function valueOf(
  name: string,
  lookup: VariableLookup,
  warn: (message: string) => void,
): string {
  const value = lookup(name);
  if (value === undefined) {
    warn(`The "${name}" variable is not set. Defaulting to a blank string.`);
    return '';
  }
  return value;
}

/** Finds the `}` that closes the `{` at `open`, allowing nested `${...}`. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') {
      depth++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) {
        return i;
      }
    }
  }
  return -1;
}

function invalid(text: string, position: SourcePosition): ContractInputError {
  return new ContractInputError({
    position,
    message: `invalid interpolation format for ${JSON.stringify(text)}`,
    fix: 'write $$ for a literal dollar sign, or ${NAME} for a variable',
  });
}
