/** Label with the service's tier, for catalog filters and search. */
export const TIER_LABEL = 'network-contracts.io/tier';
/** Label and annotation with the mesh's name. */
export const MESH_LABEL = 'network-contracts.io/mesh';
/** Annotation: the metadata file, relative to the mesh root. */
export const METADATA_FILE_ANNOTATION = 'network-contracts.io/metadata-file';
/** Annotation: comma-separated compose files that define the service. */
export const COMPOSE_FILES_ANNOTATION = 'network-contracts.io/compose-files';
/** Annotation: the compose network a Resource stands for. */
export const COMPOSE_NETWORK_ANNOTATION =
  'network-contracts.io/compose-network';
/** Location type of a metadata file the processor reads on its own. */
export const METADATA_FILE_LOCATION_TYPE = 'network-contracts-file';
/** Location type of a mesh (its root, `.codex` or `.codex/services`). */
export const MESH_LOCATION_TYPE = 'network-contracts';
