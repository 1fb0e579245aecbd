import { LoggerService } from '@backstage/backend-plugin-api';
import { MeshSnapshot } from '../validation/MeshSnapshot';
import { MeshFinding } from '../validation/types';

/**
 * Unwaived errors a run found that the previous successful run of the same
 * mesh did not have.
 *
 * @public
 */
export interface NewErrors {
  snapshot: MeshSnapshot;
  findings: MeshFinding[];
  logger: LoggerService;
}

/**
 * Tells people about new errors: a notification, an issue, and so on.
 *
 * @public
 */
export interface RunAlerter {
  readonly name: string;
  alert(errors: NewErrors): Promise<void>;
}
