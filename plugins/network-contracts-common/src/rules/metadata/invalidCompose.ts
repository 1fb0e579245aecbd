import { defineMeshRule, MeshRule } from '../Rule';

/**
 * An environment whose compose files Compose would reject is not
 * validated; each problem is reported where it stands.
 *
 * @public
 */
export const invalidCompose: MeshRule = defineMeshRule({
  id: 'metadata/invalid-compose',
  category: 'metadata',
  defaultSeverity: 'error',
  scope: 'mesh',
  title: 'Compose files cannot be loaded',
  summary:
    'The compose files of an environment do not load, so none of its rules ' +
    'ran.',
  *check(ctx) {
    for (const failure of ctx.failedEnvironments) {
      for (const problem of failure.problems) {
        yield {
          environment: failure.environment,
          message: `Environment "${failure.environment}" cannot be loaded: ${problem.message}`,
          remediation:
            problem.fix ??
            'Fix the file until `docker compose config` accepts it.',
          position: problem.position,
        };
      }
    }
  },
});
