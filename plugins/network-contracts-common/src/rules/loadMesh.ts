import type { ComposeFileReader, ComposeLoadResult } from '../compose';
import { ComposeParseCache } from '../compose/ComposeParseCache';
import { loadComposeProject } from '../compose/loadComposeProject';
import { resolvePath } from '../compose/posixPath';
import { readNetworkPolicy } from '../policy/readNetworkPolicy';
import { ContractInputError, InputProblem, SourcePosition } from '../source';
import type { EnvironmentLoadFailure, MeshInput } from './MeshInput';

/** Where the contract files sit, relative to the mesh root. */
const POLICY_FILE = '.codex/network-policy.yaml';
const SERVICES_DIR = '.codex/services';

/**
 * A {@link ComposeFileReader} that can also list a directory, which
 * {@link loadMesh} needs to find the metadata files.
 *
 * @public
 */
export interface MeshReader extends ComposeFileReader {
  /**
   * Names (not paths) of the entries of the directory at an absolute posix
   * path. A directory that does not exist may throw or return `[]`; either
   * way it counts as empty.
   */
  listDirectory(path: string): Promise<string[]> | string[];
}

/**
 * How {@link loadMesh} loads the compose files.
 *
 * @public
 */
export interface LoadMeshOptions {
  /**
   * Variables of the calling environment for interpolation; they win over
   * the environment's `env_file`. Defaults to none.
   */
  environment?: Record<string, string | undefined>;
}

/**
 * Reads a mesh from `root`, the folder holding `.codex/`: the policy
 * `.codex/network-policy.yaml`, every `.codex/services/*.yaml` (and
 * `.yml`), and each environment the policy lists, loaded with
 * {@link loadComposeProject}. Every position in the result is relative to
 * `root`, so reports read the same wherever the mesh was checked out.
 *
 * An environment that fails to load is returned as its problems, for
 * {@link validateMesh} to report. Throws `ContractInputError` when the
 * policy is missing or unusable, since nothing can be validated then.
 *
 * @public
 */
export async function loadMesh(
  root: string,
  reader: MeshReader,
  options: LoadMeshOptions = {},
): Promise<MeshInput> {
  const base = root.replace(/\/+$/, '') || '/';
  const relative = (path: string) =>
    path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;

  const policyText = await readText(reader, resolvePath(base, POLICY_FILE));
  const policy = readNetworkPolicy(policyText, POLICY_FILE);
  if (!policy.value) {
    throw new ContractInputError(
      policy.problems.filter(p => p.severity === 'error'),
    );
  }

  const names = await listYaml(reader, resolvePath(base, SERVICES_DIR));
  const metadata = await readAll(
    reader,
    names.map(name => `${SERVICES_DIR}/${name}`),
    path => resolvePath(base, path),
  );

  // Environments mostly share their base file: parse it once for all.
  const parseCache = new ComposeParseCache();
  // Few files give all positions: one relative path string for each.
  const relativeFiles = new Map<string, string>();
  const relativeFile = (file: string) => {
    let out = relativeFiles.get(file);
    if (out === undefined) {
      out = relative(file);
      relativeFiles.set(file, out);
    }
    return out;
  };
  // The positions were made by this load alone, so they are rewritten in
  // place rather than copied. Under an absolute root a moved path is
  // relative and never starts with the root again, so a position shared
  // by several environments can meet this twice; under a relative root
  // that is not so, and each position is copied once instead.
  const inPlace = base.startsWith('/');
  const moved = new Map<SourcePosition, SourcePosition>();
  const move = (position: SourcePosition): SourcePosition => {
    if (inPlace) {
      position.file = relativeFile(position.file);
      return position;
    }
    let out = moved.get(position);
    if (!out) {
      out = { ...position, file: relativeFile(position.file) };
      moved.set(position, out);
    }
    return out;
  };
  const environments: MeshInput['environments'] = {};
  for (const [name, spec] of Object.entries(policy.value.environments)) {
    environments[name] = await loadEnvironment(
      {
        files: spec.files.map(f => resolvePath(base, f)),
        reader,
        ...(spec.envFile && { envFiles: [resolvePath(base, spec.envFile)] }),
        ...(spec.profiles.length > 0 && { profiles: spec.profiles }),
        ...(options.environment && { environment: options.environment }),
        parseCache,
      },
      move,
    );
  }

  return {
    policy: { file: POLICY_FILE, text: policyText },
    metadata,
    environments,
  };
}

async function loadEnvironment(
  options: Parameters<typeof loadComposeProject>[0],
  move: (position: SourcePosition) => SourcePosition,
): Promise<ComposeLoadResult | EnvironmentLoadFailure> {
  try {
    const result = await loadComposeProject(options);
    // The map is the loader's own, fresh per environment: overwriting its
    // values spares a copy of one entry per position.
    const positions = result.positions as Map<string, SourcePosition>;
    positions.forEach((position, key) => positions.set(key, move(position)));
    return result;
  } catch (error) {
    if (error instanceof ContractInputError) {
      return {
        problems: error.problems.map(
          (p): InputProblem => ({
            ...p,
            ...(p.position && { position: move(p.position) }),
          }),
        ),
      };
    }
    throw error;
  }
}

/** How many metadata files are read at once. */
const READ_CONCURRENCY = 64;

/**
 * Reads the files in order of `paths`. Reads overlap, since awaiting each
 * in turn leaves the process idle while the file system answers; a failure
 * is still the first one in that order, as with sequential reads.
 */
async function readAll(
  reader: MeshReader,
  paths: string[],
  absolute: (path: string) => string,
): Promise<{ path: string; text: string }[]> {
  const texts = new Array<string>(paths.length);
  const errors = new Array<unknown>(paths.length);
  const failed: boolean[] = new Array(paths.length).fill(false);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      try {
        texts[i] = await reader.readFile(absolute(paths[i]));
      } catch (error) {
        errors[i] = error;
        failed[i] = true;
      }
    }
  };
  const workers = Math.min(READ_CONCURRENCY, paths.length);
  await Promise.all(Array.from({ length: workers }, worker));
  return paths.map((path, i) => {
    if (failed[i]) {
      throw errors[i];
    }
    return { path, text: texts[i] };
  });
}

async function readText(reader: MeshReader, path: string): Promise<string> {
  try {
    return await reader.readFile(path);
  } catch (error) {
    throw new ContractInputError(
      {
        message: `Cannot read the policy file ${path}.`,
        fix: `Create ${POLICY_FILE}, or run the init command.`,
      },
      error,
    );
  }
}

async function listYaml(reader: MeshReader, dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await reader.listDirectory(dir);
  } catch {
    return [];
  }
  // Sorted, so the first of two files for one service is always the same.
  return names.filter(n => /\.ya?ml$/i.test(n)).sort();
}
