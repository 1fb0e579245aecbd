import { defineMeshRule, MeshRule } from '../Rule';
import { readProblemHits } from './readProblemHits';

/**
 * Relays what the metadata reader found wrong in a file: syntax, types,
 * unknown fields, duplicates.
 *
 * @public
 */
export const invalidMetadata: MeshRule = defineMeshRule({
  id: 'metadata/invalid',
  category: 'metadata',
  defaultSeverity: 'error',
  scope: 'mesh',
  title: 'Invalid metadata file',
  summary:
    'A .codex/services file cannot be read as it stands, or holds fields ' +
    'the format does not know.',
  check(ctx) {
    return readProblemHits(
      ctx.metadataProblems,
      'Correct the file as docs/service-metadata.md describes.',
    );
  },
});
