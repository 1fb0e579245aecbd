import { SourcePosition } from '../../source';
import { FieldPath, formatFieldPath } from './fieldPath';
import { YamlSource } from './YamlSource';

/**
 * Positions of every field and list item of the data, by dotted path, so
 * later checks can point at `dependencies.1` without the YAML document.
 */
export function collectPositions(
  source: YamlSource,
): Record<string, SourcePosition> {
  const positions: Record<string, SourcePosition> = {};
  const visit = (value: unknown, path: FieldPath, depth: number) => {
    if (path.length > 0) {
      positions[formatFieldPath(path)] = source.positionOf(path);
    }
    // Aliases may share one object many times; a depth bound keeps this
    // linear in what a person could have written.
    if (depth > 8 || value === null || typeof value !== 'object') {
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i], depth + 1));
      return;
    }
    for (const key of Object.keys(value)) {
      visit((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  visit(source.data, [], 0);
  return positions;
}
