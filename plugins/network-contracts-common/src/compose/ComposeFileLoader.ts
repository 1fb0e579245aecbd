import { ContractInputError, SourcePosition } from '../source';
import { canonicalService } from './canonicalService';
import { ComposeParseCache } from './ComposeParseCache';
import { VariableLookup } from './interpolate';
import { interpolateTree } from './interpolateTree';
import { mergeNodes } from './mergeNodes';
import { expectMap, expectText, newMap, setEntry } from './nodes';
import { dirnamePath, resolvePath } from './posixPath';
import { ComposeFileReader } from './types';
import { YMap } from './yamlTree';

/**
 * One compose file, interpolated, in canonical form, with `extends`
 * resolved in each of its services.
 *
 * @internal
 */
export interface LoadedComposeFile {
  path: string;
  root: YMap;
  services: YMap;
  /** Files whose loading led to this one, for cycle detection. */
  chain: string[];
}

/** @internal */
export interface ComposeFileLoaderOptions {
  reader: ComposeFileReader;
  lookup: VariableLookup;
  home?: string;
  maxFileBytes: number;
  maxAliasNodes: number;
  warn: (message: string) => void;
  /** Where parsed files are kept; may be shared with other loads. */
  parseCache: ComposeParseCache;
}

/**
 * Reads compose files through the injected reader and resolves `extends`
 * across them, detecting cycles.
 *
 * @internal
 */
export class ComposeFileLoader {
  private readonly files = new Map<string, Promise<LoadedComposeFile>>();

  constructor(private readonly options: ComposeFileLoaderOptions) {}

  /** Reads a text file, with a clear error when it is missing. */
  async readText(path: string, referencedAt?: SourcePosition): Promise<string> {
    const { reader } = this.options;
    try {
      if (reader.exists && !(await reader.exists(path))) {
        throw new Error('no such file');
      }
      const text = await reader.readFile(path);
      if (typeof text !== 'string') {
        throw new Error('the reader returned no text');
      }
      return text;
    } catch (error) {
      throw new ContractInputError({
        position: referencedAt ?? { file: path, line: 1, column: 1 },
        message: `cannot read ${path}: ${(error as Error)?.message ?? error}`,
        fix: 'check that the file exists and the path is right',
      });
    }
  }

  /**
   * Loads a file once. `baseDir` is what its relative paths mean: the
   * project directory for `-f` files, the file's own folder for files
   * reached through `extends`.
   */
  load(
    path: string,
    baseDir: string,
    referencedAt?: SourcePosition,
    chain: string[] = [],
  ): Promise<LoadedComposeFile> {
    // Waiting for a file that waits for us would never finish.
    if (chain.includes(path)) {
      throw new ContractInputError({
        position: referencedAt ?? { file: path, line: 1, column: 1 },
        message: `circular reference in extends: ${[...chain, path].join(
          ' -> ',
        )}`,
        fix: 'make sure no service extends itself, directly or through others',
      });
    }
    const key = `${baseDir}\0${path}`;
    let loaded = this.files.get(key);
    if (!loaded) {
      loaded = this.parse(path, baseDir, referencedAt, [...chain, path]);
      this.files.set(key, loaded);
    }
    return loaded;
  }

  private async parse(
    path: string,
    baseDir: string,
    referencedAt: SourcePosition | undefined,
    chain: string[],
  ): Promise<LoadedComposeFile> {
    const text = await this.readText(path, referencedAt);
    const tree = this.options.parseCache.parse(path, text, this.options);
    const root = interpolateTree(
      tree.kind === 'scalar' && tree.value === null
        ? newMap(tree.pos)
        : expectMap(tree, 'the top level of a compose file'),
      this.options.lookup,
      this.options.warn,
    ) as YMap;

    const servicesNode = root.entries.get('services');
    const services = newMap(servicesNode?.pos ?? root.pos);
    if (
      servicesNode &&
      !(servicesNode.kind === 'scalar' && servicesNode.value === null)
    ) {
      const source = expectMap(servicesNode, 'services');
      services.tag = source.tag;
      for (const [name, node] of source.entries) {
        const context = { baseDir, home: this.options.home };
        const service = canonicalService(name, node, context);
        setEntry(services, name, service, source.keyPos.get(name));
      }
    }

    const file: LoadedComposeFile = { path, root, services, chain };
    const resolved = newMap(services.pos);
    resolved.tag = services.tag;
    for (const name of services.entries.keys()) {
      const service = await this.resolveExtends(file, name, []);
      setEntry(resolved, name, service, services.keyPos.get(name));
    }
    return { path, root, services: resolved, chain };
  }

  private async resolveExtends(
    file: LoadedComposeFile,
    name: string,
    stack: string[],
  ): Promise<YMap> {
    const service = file.services.entries.get(name) as YMap;
    const extNode = service.entries.get('extends');
    if (!extNode) {
      return service;
    }
    const ext = expectMap(extNode, `services.${name}.extends`);

    const here = `${name} in ${file.path}`;
    if (stack.includes(here)) {
      throw new ContractInputError({
        position: ext.pos,
        field: `services.${name}.extends`,
        message: `circular reference in extends: ${[...stack, here].join(
          ' -> ',
        )}`,
        fix: 'make sure no service extends itself, directly or through others',
      });
    }

    const field = `services.${name}.extends`;
    const baseNode = ext.entries.get('service');
    if (!baseNode) {
      throw new ContractInputError({
        position: ext.pos,
        field,
        message: `${field} needs a service`,
      });
    }
    const baseName = expectText(baseNode, `${field}.service`);
    const fileNode = ext.entries.get('file');
    let baseFile = file;
    if (fileNode) {
      const other = resolvePath(
        dirnamePath(file.path),
        expectText(fileNode, `${field}.file`),
      );
      baseFile = await this.load(
        other,
        dirnamePath(other),
        fileNode.pos,
        file.chain,
      );
      // The other file's own extends are resolved when it loads.
    }

    if (!baseFile.services.entries.has(baseName)) {
      throw new ContractInputError({
        position: baseNode.pos,
        field,
        message: `cannot extend service "${baseName}": no such service in ${baseFile.path}`,
      });
    }
    const base =
      baseFile === file
        ? await this.resolveExtends(file, baseName, [...stack, here])
        : (baseFile.services.entries.get(baseName) as YMap);

    const own: YMap = { ...service, entries: new Map(service.entries) };
    own.entries.delete('extends');
    return mergeNodes(base, own, ['services', name]) as YMap;
  }
}
