import { ContractInputError, SourcePosition } from '../source';
import { buildProject } from './buildProject';
import { ComposeFileLoader } from './ComposeFileLoader';
import { ComposeParseCache } from './ComposeParseCache';
import { mergeNodes } from './mergeNodes';
import { expectMap, newMap } from './nodes';
import { parseEnvFile } from './parseEnvFile';
import { basenamePath, dirnamePath, resolvePath } from './posixPath';
import { ComposeLoadResult, LoadComposeOptions } from './types';
import { YMap } from './yamlTree';

const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_ALIAS_NODES = 1_000_000;

/**
 * Loads a compose project the way `docker compose config` does: reads the
 * `.env` file, interpolates, resolves `extends`, merges the files in order,
 * applies profiles and derives project and network names. Every value keeps
 * the file, line and column it came from.
 *
 * Throws {@link ContractInputError} for any input Compose would reject.
 *
 * @public
 */
export async function loadComposeProject(
  options: LoadComposeOptions,
): Promise<ComposeLoadResult> {
  if (options.files.length === 0) {
    throw new ContractInputError({
      message: 'no compose file given',
      fix: 'pass at least one compose file',
    });
  }
  const cwdFiles = options.files;
  const projectDirectory = options.projectDirectory ?? dirnamePath(cwdFiles[0]);
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (!warnings.includes(message)) {
      warnings.push(message);
    }
  };

  // The calling environment wins over the .env file.
  const callerEnv = options.environment ?? {};
  const dotenv = await readDotenv(options, projectDirectory, callerEnv);
  const lookup = (name: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(callerEnv, name) &&
    callerEnv[name] !== undefined
      ? callerEnv[name]
      : dotenv.get(name);

  const loader = new ComposeFileLoader({
    reader: options.reader,
    lookup,
    home: lookup('HOME'),
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxAliasNodes: options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES,
    warn,
    parseCache: options.parseCache ?? new ComposeParseCache(),
  });

  let merged: YMap | undefined;
  for (const file of cwdFiles) {
    const loaded = await loader.load(file, projectDirectory);
    const root: YMap = {
      ...loaded.root,
      entries: new Map(loaded.root.entries),
    };
    root.entries.set('services', loaded.services);
    merged = mergeNodes(merged ?? newMap(root.pos), root) as YMap;
  }

  const profiles =
    options.profiles ??
    (lookup('COMPOSE_PROFILES') ?? '')
      .split(',')
      .map(p => p.trim())
      .filter(Boolean);

  const name = projectName(
    options.projectName ?? lookup('COMPOSE_PROJECT_NAME'),
    merged!,
    projectDirectory,
  );

  return buildProject({
    root: merged!,
    name,
    profiles: new Set(profiles),
    lookup,
    warnings,
    readEnvFile: async (path, required, pos) => {
      if (
        !required &&
        options.reader.exists &&
        !(await options.reader.exists(path))
      ) {
        return new Map();
      }
      const text = await loader.readText(path, pos);
      return parseEnvFile(path, text, lookup);
    },
  });
}

async function readDotenv(
  options: LoadComposeOptions,
  projectDirectory: string,
  callerEnv: Record<string, string | undefined>,
): Promise<Map<string, string>> {
  const lookup = (name: string) =>
    Object.prototype.hasOwnProperty.call(callerEnv, name)
      ? callerEnv[name]
      : undefined;
  const values = new Map<string, string>();
  const explicit = options.envFiles && options.envFiles.length > 0;
  const files = explicit
    ? options.envFiles!.map(f => resolvePath(projectDirectory, f))
    : [resolvePath(projectDirectory, '.env')];

  for (const file of files) {
    let text: string;
    try {
      if (options.reader.exists && !(await options.reader.exists(file))) {
        throw new Error('no such file');
      }
      text = await options.reader.readFile(file);
    } catch (error) {
      if (!explicit) {
        continue;
      }
      throw new ContractInputError({
        position: { file, line: 1, column: 1 },
        message: `cannot read env file ${file}: ${(error as Error)?.message}`,
      });
    }
    for (const [key, value] of parseEnvFile(
      file,
      text,
      name => values.get(name) ?? lookup(name),
    )) {
      values.set(key, value);
    }
  }
  return values;
}

/**
 * Picks the project name as Compose does: the explicit name, then
 * `COMPOSE_PROJECT_NAME`, then top-level `name:`, then the project folder,
 * lowercased and stripped of characters Docker does not allow.
 */
function projectName(
  explicit: string | undefined,
  root: YMap,
  projectDirectory: string,
): string {
  const nameNode = root.entries.get('name');
  let raw = explicit;
  let pos: SourcePosition | undefined;
  if (
    !raw &&
    nameNode &&
    !(nameNode.kind === 'scalar' && nameNode.value === null)
  ) {
    expectMap(root, 'the top level');
    if (nameNode.kind !== 'scalar') {
      throw new ContractInputError({
        position: nameNode.pos,
        field: 'name',
        message: 'name must be a string',
      });
    }
    raw = String(nameNode.value);
    pos = nameNode.pos;
  }
  raw = raw || basenamePath(projectDirectory);
  const name = raw.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  if (!/^[a-z0-9]/.test(name)) {
    throw new ContractInputError({
      position: pos,
      field: 'name',
      message: `project name ${JSON.stringify(raw)} is not valid`,
      fix: 'use lowercase letters, digits, dashes and underscores, starting with a letter or digit',
    });
  }
  return name;
}
