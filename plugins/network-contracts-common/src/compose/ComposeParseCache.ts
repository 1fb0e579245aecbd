import { ParseYamlOptions, parseYamlTree, YNode } from './yamlTree';

interface CachedTree {
  text: string;
  maxFileBytes: number;
  maxAliasNodes: number;
  tree: YNode;
}

/**
 * Parsed compose files kept from one {@link loadComposeProject} call to the
 * next, so that environments sharing a base file parse it once. Pass the
 * same cache to every load of a mesh, then drop it.
 *
 * Sharing is safe because a cached tree is never changed: interpolation,
 * `extends` and merging build new nodes where a value changes and share
 * the rest. A file is parsed again when its text differs from the cached
 * one, so the cache never answers with a stale tree.
 *
 * @public
 */
export class ComposeParseCache {
  private readonly trees = new Map<string, CachedTree>();

  /**
   * The tree of `text` read from `file`, parsed now or earlier.
   *
   * @internal
   */
  parse(file: string, text: string, options: ParseYamlOptions): YNode {
    const cached = this.trees.get(file);
    if (
      cached &&
      cached.text === text &&
      cached.maxFileBytes === options.maxFileBytes &&
      cached.maxAliasNodes === options.maxAliasNodes
    ) {
      return cached.tree;
    }
    // Files that fail to parse are not kept: they throw on every load.
    const tree = parseYamlTree(file, text, options);
    this.trees.set(file, {
      text,
      maxFileBytes: options.maxFileBytes,
      maxAliasNodes: options.maxAliasNodes,
      tree,
    });
    return tree;
  }
}
