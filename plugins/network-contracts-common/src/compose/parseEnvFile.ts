import { ContractInputError } from '../source';
import { interpolateString, VariableLookup } from './interpolate';

/**
 * Parses a `.env` file the way Compose does: `KEY=value` lines, `export`
 * prefixes, comments, single quotes (literal), double quotes (escapes and
 * variables) and unquoted values with variables, which may refer to keys
 * defined earlier in the file or to the environment.
 *
 * @internal
 */
export function parseEnvFile(
  file: string,
  text: string,
  lookup: VariableLookup,
): Map<string, string> {
  const values = new Map<string, string>();
  const resolve: VariableLookup = name => values.get(name) ?? lookup(name);
  const lines = text.split(/\r?\n/);

  for (let index = 0; index < lines.length; index++) {
    const position = { file, line: index + 1, column: 1 };
    let line = lines[index].trim();
    if (line === '' || line.startsWith('#')) {
      continue;
    }
    if (line.startsWith('export ')) {
      line = line.slice(7).trimStart();
    }
    const eq = line.indexOf('=');
    const key = (eq < 0 ? line : line.slice(0, eq)).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
      throw new ContractInputError({
        position,
        message: `invalid variable name ${JSON.stringify(key)} in env file`,
      });
    }
    if (eq < 0) {
      // A bare name takes its value from the environment, if any.
      const inherited = lookup(key);
      if (inherited !== undefined) {
        values.set(key, inherited);
      }
      continue;
    }

    let raw = line.slice(eq + 1).trimStart();
    const quote = raw[0];
    if (quote === "'" || quote === '"') {
      // A quoted value may continue over several lines.
      let end = findClosingQuote(raw, quote);
      while (end < 0 && index + 1 < lines.length) {
        raw += `\n${lines[++index]}`;
        end = findClosingQuote(raw, quote);
      }
      if (end < 0) {
        throw new ContractInputError({
          position,
          message: `unterminated quoted value for ${key} in env file`,
        });
      }
      const inner = raw.slice(1, end);
      values.set(
        key,
        quote === "'"
          ? inner
          : interpolateString(unescape(inner), resolve, position, () => {}),
      );
      continue;
    }

    const comment = raw.search(/\s#/);
    const value = (comment < 0 ? raw : raw.slice(0, comment)).trim();
    values.set(
      key,
      interpolateString(value, resolve, position, () => {}),
    );
  }
  return values;
}

function findClosingQuote(text: string, quote: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\' && quote === '"') {
      i++;
    } else if (text[i] === quote) {
      return i;
    }
  }
  return -1;
}

function unescape(text: string): string {
  return text.replace(/\\([\\nrt"$])/g, (_, c: string) => {
    if (c === 'n') return '\n';
    if (c === 'r') return '\r';
    if (c === 't') return '\t';
    if (c === '$') return '$$';
    return c;
  });
}
