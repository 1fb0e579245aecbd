import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  LocationEntityV1alpha1,
} from '@backstage/catalog-model';
import { formatProblem } from '@internal/plugin-network-contracts-common';
import { RejectedContractFile } from './buildContractEntities';
import { METADATA_FILE_LOCATION_TYPE, MESH_LABEL } from './constants';
import { fitName, kebab } from './entityNames';

/**
 * A Location entity standing for a metadata file that could not be used.
 * The processor reads it again and reports the file's problems as a
 * processing error, which is how a provider's bad input reaches the
 * catalog's error channels.
 *
 * @public
 */
export function problemLocationEntity(
  mesh: string,
  namespace: string,
  file: RejectedContractFile,
): LocationEntityV1alpha1 {
  const ref = `${METADATA_FILE_LOCATION_TYPE}:${file.location.target}`;
  const stem = file.path
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/i, '');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: {
      name: fitName(`${mesh}-${kebab(stem) || 'file'}-metadata`),
      namespace,
      description: file.problems.map(formatProblem).join('\n'),
      labels: { [MESH_LABEL]: mesh },
      // Managed by a location of its own type: the catalog lets a Location
      // be of another type than the one that emitted it only for `url`.
      annotations: {
        [ANNOTATION_LOCATION]: ref,
        [ANNOTATION_ORIGIN_LOCATION]: ref,
      },
    },
    spec: { type: METADATA_FILE_LOCATION_TYPE, target: file.location.target },
  };
}
