import fs from 'fs';
import path from 'path';
import { readServiceMetadataSet } from '../metadata/readServiceMetadataSet';
import { readNetworkPolicy } from '../policy/readNetworkPolicy';
import type { ComposeProjectLike } from './ComposeProjectLike';

/** The example mesh of the repository, for tests. */
export const EXAMPLE_DIR = path.resolve(
  __dirname,
  '../../../../examples/devonboarder',
);

/**
 * Reads the example's policy and metadata from disk, and the compose
 * project of an environment from the fixture that Docker Compose produced
 * for it (see devonboarderFixture.test.ts).
 */
export function loadExample(environment: 'dev' | 'prod') {
  const policyFile = path.join(EXAMPLE_DIR, '.codex/network-policy.yaml');
  const policy = readNetworkPolicy(
    fs.readFileSync(policyFile, 'utf8'),
    '.codex/network-policy.yaml',
  );
  const dir = path.join(EXAMPLE_DIR, '.codex/services');
  const metadata = readServiceMetadataSet(
    fs.readdirSync(dir).map(name => ({
      path: `.codex/services/${name}`,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
    })),
    policy.value,
  );
  const project: ComposeProjectLike = JSON.parse(
    fs.readFileSync(
      path.join(__dirname, `__fixtures__/devonboarder.${environment}.json`),
      'utf8',
    ),
  );
  return { policy, metadata, project };
}
