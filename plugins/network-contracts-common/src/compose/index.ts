export { loadComposeProject } from './loadComposeProject';
export { ComposeParseCache } from './ComposeParseCache';
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
