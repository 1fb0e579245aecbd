import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * Meshes whose `.codex` files become catalog entities, by provider id.
       * No provider runs when this key is absent.
       */
      networkContracts?: {
        [id: string]: {
          /**
           * The folder that holds `.codex/` (or the `.codex` or
           * `.codex/services` folder itself): a directory path, relative
           * to the backend's working directory, or a URL read through the
           * integrations. Required.
           * @visibility backend
           */
          target: string;
          /**
           * When to read the mesh again. Default: every 30 minutes, with a
           * 3 minute timeout.
           * @visibility backend
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
          /**
           * Mesh name, prefix of the System, Resource and Domain names.
           * Default: the policy's `catalog.system`, else the folder name.
           * @visibility backend
           */
          mesh?: string;
          /**
           * Namespace of the entities. Default: `default`.
           * @visibility backend
           */
          namespace?: string;
          /**
           * Owner of entities whose metadata names none; wins over the
           * policy's `catalog.owner`. Default: the policy's, else
           * `group:default/platform-team`.
           * @visibility backend
           */
          owner?: string;
          /**
           * Lifecycle of services whose metadata names none; wins over the
           * policy's `catalog.lifecycle`. Default: the policy's, else
           * `production`.
           * @visibility backend
           */
          lifecycle?: string;
        };
      };
    };
  };
}
