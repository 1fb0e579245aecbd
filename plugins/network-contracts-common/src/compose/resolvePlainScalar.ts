import type { YScalarValue } from './yamlTree';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// A first character that no null, boolean or number starts with: such
// scalars are strings without trying the patterns above.
const SURELY_TEXT = /^[A-EG-MO-SU-Za-eg-mo-su-z_/$(]/;

/**
 * The value of an untagged plain scalar under the YAML 1.2 core schema,
 * tried in the order the `yaml` library tries its tags, so that both
 * readers of compose files agree on every value.
 *
 * @internal
 */
export function resolvePlainScalar(source: string): YScalarValue {
  if (SURELY_TEXT.test(source)) {
    return source;
  }
  if (NULL.test(source)) {
    return null;
  }
  if (BOOL.test(source)) {
    return source[0] === 't' || source[0] === 'T';
  }
  if (OCT.test(source)) {
    return parseInt(source.substring(2), 8);
  }
  if (INT.test(source)) {
    return parseInt(source, 10);
  }
  if (HEX.test(source)) {
    return parseInt(source.substring(2), 16);
  }
  if (INF_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') {
      return NaN;
    }
    return source[0] === '-' ? -Infinity : Infinity;
  }
  if (EXP.test(source) || FLOAT.test(source)) {
    return parseFloat(source);
  }
  return source;
}

/** A plain key as the tree stores it: its value as text, null as ''. */
export function plainKeyText(source: string): string {
  const value = resolvePlainScalar(source);
  return value === null ? '' : String(value);
}
