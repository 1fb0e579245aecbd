import fc from 'fast-check';
import { stringify } from 'yaml';
import { ContractInputError } from '../source';
import { memoryReader } from './__testUtils__/memoryReader';
import { loadComposeProject } from './loadComposeProject';

/** Words compose files use, so random documents reach deep code paths. */
const words = fc.constantFrom(
  'services',
  'networks',
  'volumes',
  'ports',
  'expose',
  'environment',
  'labels',
  'extends',
  'depends_on',
  'network_mode',
  'hostname',
  'aliases',
  'profiles',
  'image',
  'service',
  'file',
  'external',
  'internal',
  'name',
  'default',
  'web',
  'db',
  '__proto__',
  'constructor',
  'target',
  'published',
  'env_file',
  'links',
  'volumes_from',
  'condition',
  'required',
  'x-a',
);
const scalars = fc.oneof(
  fc.constantFrom(
    '80:80',
    'host',
    'service:web',
    '${X:-1}',
    '$$',
    '${X:?e}',
    './a:/b:ro',
    'web',
    'a=b',
    '',
    '1-3:1-3',
  ),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const values = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalars,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(words, fc.string()), tie('value'), { maxKeys: 5 }),
  ),
})).value;
const documents = fc.oneof(
  values,
  fc.record({ services: fc.dictionary(words, values, { maxKeys: 4 }) }),
);

describe('loadComposeProject on random documents', () => {
  it('returns a project or throws ContractInputError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(documents, documents, async (first, second) => {
        const reader = memoryReader({
          '/p/a.yaml': stringify(first),
          '/p/b.yaml': stringify(second),
        });
        try {
          const { project } = await loadComposeProject({
            files: ['/p/a.yaml', '/p/b.yaml'],
            reader,
          });
          expect(typeof project.name).toBe('string');
        } catch (error) {
          if (!(error instanceof ContractInputError)) {
            throw error;
          }
        }
        expect(({} as any).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
