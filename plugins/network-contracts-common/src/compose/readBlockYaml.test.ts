import fs from 'node:fs';
import path from 'node:path';
import { readBlockYaml } from './readBlockYaml';
import { parseYamlDocumentTree, YNode } from './yamlTree';

const OPTIONS = { maxFileBytes: 1e8, maxAliasNodes: 1000 };

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return yamlFiles(full);
    }
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

/** The tree of the document path, or the message it throws. */
function viaDocument(text: string): YNode | string {
  try {
    return parseYamlDocumentTree('f.yaml', text, OPTIONS);
  } catch (error) {
    return String(error);
  }
}

describe('readBlockYaml', () => {
  const files = yamlFiles(path.join(__dirname, '__fixtures__'));

  it.each(files.map(file => [path.relative(__dirname, file), file]))(
    'reads %s as the document path does, or leaves it',
    (_name, file) => {
      const text = fs.readFileSync(file, 'utf8');
      const direct = readBlockYaml('f.yaml', text, OPTIONS.maxAliasNodes);
      const expected = viaDocument(text);
      // A file left to the document path is compared with itself.
      expect(direct ?? expected).toStrictEqual(expected);
    },
  );

  it('reads most of the fixtures directly', () => {
    const direct = files.filter(
      file =>
        readBlockYaml('f', fs.readFileSync(file, 'utf8'), 1000) !== undefined,
    );
    expect(direct.length).toBeGreaterThan(files.length / 2);
  });

  it.each([
    ['scalars of the core schema', 'a: 0o17\nb: 0x1F\nc: -0\nd: 1e3\ne: ~\n'],
    ['an empty value and a comment', 'a:   # why\nb:\n  # c\n  c: 1\n'],
    ['merge keys', 'x: &d\n  r: 1\ns:\n  <<: *d\n  r: 2\n  q: *d\n'],
    ['compact and same-indent lists', 'a:\n- b: 1\n  c: [x, "y"]\n- - z\n'],
    ['tags on blocks and scalars', 'a: !reset\n  b: 1\nc: !override 5\n'],
    ['quoted keys', '"a": \'b\'\n__proto__: {}\n'],
  ])('matches the document path on %s', (_name, text) => {
    const direct = readBlockYaml('f.yaml', text, 1000);
    expect(direct).toBeDefined();
    expect(direct).toStrictEqual(viaDocument(text));
  });

  it.each([
    ['a tab', 'a:\tb\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an unknown anchor', 'a: *b\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['an escape', 'a: "\\t"\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
  ])('leaves %s to the document path', (_name, text) => {
    expect(readBlockYaml('f.yaml', text, 1000)).toBeUndefined();
  });

  it('counts alias expansions as the document path does', () => {
    const text = 'a: &a [1, 2, 3]\nb: &b\n  - *a\n  - *a\nc: *b\nd: *b\n';
    const limit = (maxAliasNodes: number) => ({ ...OPTIONS, maxAliasNodes });

    expect(readBlockYaml('f.yaml', text, 30)).toStrictEqual(
      parseYamlDocumentTree('f.yaml', text, limit(30)),
    );
    expect(readBlockYaml('f.yaml', text, 29)).toBeUndefined();
    expect(() => parseYamlDocumentTree('f.yaml', text, limit(29))).toThrow(
      /alias bomb/,
    );
  });
});
