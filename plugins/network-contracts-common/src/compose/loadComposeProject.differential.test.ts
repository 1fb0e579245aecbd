import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ContractInputError } from '../source';
import {
  comparable,
  ComposeRun,
  describeWithOracle,
  nodeReader,
  repoRoot,
  runEnvironment,
  runOracle,
} from './__testUtils__/composeOracle';
import { loadComposeProject } from './loadComposeProject';

const corpus = path.resolve(repoRoot, '../shared/corpus');
const vectors = path.resolve(__dirname, '__fixtures__/vectors');

async function runLoader(run: ComposeRun) {
  const env = runEnvironment(run);
  try {
    const { project } = await loadComposeProject({
      files: run.files.map(f => path.resolve(run.dir, f)),
      reader: nodeReader,
      environment: env,
      profiles: run.profiles,
      envFiles: run.envFiles?.map(f => path.resolve(run.dir, f)),
      projectName: run.projectName,
    });
    return { project };
  } catch (error) {
    return { error };
  }
}

async function expectAgreement(oracle: string, run: ComposeRun) {
  const theirs = runOracle(oracle, run);
  const ours = await runLoader(run);
  if (!theirs.project) {
    // Compose rejects the input: we must reject it too, as bad input.
    expect({ rejected: ours.error !== undefined, by: theirs.stderr }).toEqual({
      rejected: true,
      by: theirs.stderr,
    });
    expect(ours.error).toBeInstanceOf(ContractInputError);
    expect((ours.error as Error).message).toMatch(/^\S+:\d+:\d+: /);
    return;
  }
  if (ours.error) {
    throw ours.error;
  }
  expect(comparable(ours.project)).toEqual(comparable(theirs.project));
}

/**
 * Copies a corpus project to a writable folder and creates the env files it
 * names but does not ship (they are secrets, left out of the repositories),
 * so that both tools can read the project.
 */
function stageCorpus(name: string, files: string[]): string {
  const dir = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'nc-corpus-')),
    path.basename(name),
  );
  fs.cpSync(path.join(corpus, name), dir, { recursive: true });
  for (const file of files) {
    const doc = parse(fs.readFileSync(path.join(dir, file), 'utf8'), {
      merge: true,
      maxAliasCount: -1,
    });
    for (const service of Object.values<any>(doc?.services ?? {})) {
      const envFiles = [service?.env_file ?? []].flat();
      for (const envFile of envFiles) {
        const target = path.join(dir, envFile.path ?? envFile);
        if (!fs.existsSync(target)) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, '');
        }
      }
    }
  }
  return dir;
}

const corpusSets: Array<{ name: string; files: string[]; env?: any }> = [
  ...fs
    .readdirSync(path.join(corpus, 'docker+awesome-compose'))
    .map(example => ({
      name: `docker+awesome-compose/${example}`,
      files: ['compose.yaml'],
    })),
  { name: 'saleor+saleor-platform', files: ['docker-compose.yml'] },
  { name: 'netbox-community+netbox-docker', files: ['docker-compose.yml'] },
  {
    name: 'netbox-community+netbox-docker',
    files: ['docker-compose.test.yml', 'docker-compose.test.override.yml'],
  },
  { name: 'getsentry+self-hosted', files: ['docker-compose.yml'] },
  {
    name: 'getsentry+self-hosted',
    files: ['docker-compose.yml'],
    env: { COMPOSE_PROFILES: 'no-such-profile' },
  },
  {
    name: 'getsentry+self-hosted',
    files: [
      'docker-compose.yml',
      '_integration-test/custom-ca-roots/docker-compose.test.yml',
    ],
  },
];

describeWithOracle('compose loader against Docker Compose v2', oracle => {
  describe('corpus', () => {
    it.each(corpusSets.map(s => [`${s.name} ${s.files.join(' + ')}`, s]))(
      '%s',
      async (_, set) => {
        expect.hasAssertions();
        const dir = stageCorpus(set.name, set.files);
        await expectAgreement(oracle, { dir, files: set.files, env: set.env });
      },
      60_000,
    );
  });

  describe('vectors', () => {
    const names = fs.readdirSync(vectors).sort();

    it('has at least 40 vectors', () => {
      expect(names.length).toBeGreaterThanOrEqual(40);
    });

    it.each(names)('%s', async name => {
      expect.hasAssertions();
      const dir = path.join(vectors, name);
      const vector = JSON.parse(
        fs.readFileSync(path.join(dir, 'vector.json'), 'utf8'),
      );
      await expectAgreement(oracle, { dir, ...vector });
    });
  });
});
