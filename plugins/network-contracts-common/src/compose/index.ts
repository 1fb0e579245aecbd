export { loadComposeProject } from './loadComposeProject';
export type {
  ComposeFileReader,
  LoadComposeOptions,
  ComposeProject,
  ComposeService,
  ComposeServiceNetwork,
  ComposePort,
  ComposeVolumeMount,
  ComposeDependency,
  ComposeNetwork,
  ComposeVolume,
  ComposePositions,
  ComposeLoadResult,
} from './types';
