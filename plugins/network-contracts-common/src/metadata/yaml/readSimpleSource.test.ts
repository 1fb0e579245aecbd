import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { collectPositions } from './collectPositions';
import { readSimpleSource } from './readSimpleSource';
import { DocumentLocator, YamlSource } from './YamlSource';

const EXAMPLES = path.join(__dirname, '../../../../../examples');

function viaDocument(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  expect(doc.errors).toEqual([]);
  return new YamlSource(
    'f.yaml',
    doc.toJS(),
    new DocumentLocator('f.yaml', doc, lineCounter),
  );
}

function codexFiles(): string[] {
  return fs.readdirSync(EXAMPLES).flatMap(example => {
    const codex = path.join(EXAMPLES, example, '.codex');
    if (!fs.existsSync(codex)) {
      return [];
    }
    const services = path.join(codex, 'services');
    const listed = fs.existsSync(services)
      ? fs.readdirSync(services).map(name => path.join(services, name))
      : [];
    return [path.join(codex, 'network-policy.yaml'), ...listed].filter(
      file => file.endsWith('.yaml') && fs.existsSync(file),
    );
  });
}

describe('readSimpleSource', () => {
  const cases: Array<[string, string]> = [
    ...codexFiles().map(
      file =>
        [path.relative(EXAMPLES, file), fs.readFileSync(file, 'utf8')] as [
          string,
          string,
        ],
    ),
    ['empty values', 'a:\nb: # none\nc:\n  - 1\n  - x: [2, "3"]\n'],
  ];

  it.each(cases)('gives the data and positions of %s', (_name, text) => {
    const simple = readSimpleSource(text, 'f.yaml');
    expect(simple).toBeDefined();
    const document = viaDocument(text);
    expect(simple!.data).toStrictEqual(document.data);

    const paths = Object.keys(collectPositions(document)).map(key =>
      key.split('.').map(part => (/^\d+$/.test(part) ? Number(part) : part)),
    );
    for (const fieldPath of [[], ['missing'], ...paths]) {
      for (const preferKey of [false, true]) {
        expect(simple!.positionOf(fieldPath, preferKey)).toEqual(
          document.positionOf(fieldPath, preferKey),
        );
      }
    }
  });

  it.each([
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: &x {}\nb:\n  <<: *x\n'],
    ['a tag', 'a: !reset 1\n'],
    ['an empty key', '"": 1\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a list at the top', '- 1\n'],
  ])('leaves a file with %s to the document', (_name, text) => {
    expect(readSimpleSource(text, 'f.yaml')).toBeUndefined();
  });
});
