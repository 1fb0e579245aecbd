import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Continuous validation of network contracts. */
  networkContracts?: {
    /**
     * The meshes to validate, by name. The name appears in the API
     * (`?mesh=`) and in the run history. Default: none, and the plugin
     * only answers with empty lists.
     */
    meshes?: {
      [name: string]: {
        /**
         * The folder that holds `.codex/`, as a path (relative to the
         * backend's working directory) or as a URL read through the
         * backend's URL reader (an integration must allow it).
         */
        target: string;
        /**
         * Environments of the policy to validate. Default: all of them,
         * in the policy's order.
         */
        environments?: string[];
      };
    };

    /**
     * When meshes are validated. Default: every 30 minutes, with a timeout
     * of 5 minutes; the first run waits one full frequency unless
     * `initialDelay` is set, so that a restart does not trigger a run.
     */
    schedule?: {
      /** How often to validate. Default `{ minutes: 30 }`. */
      frequency: HumanDuration | string;
      /** How long one round may take. Default `{ minutes: 5 }`. */
      timeout: HumanDuration | string;
      /** Wait before the first round. Default: the frequency. */
      initialDelay?: HumanDuration | string;
    };

    /** How much history is kept. */
    retention?: {
      /** Runs kept per mesh, oldest removed first. Default 100. */
      runs?: number;
    };

    /** Who hears about new errors. */
    alerts?: {
      /**
       * Whether the first successful run of a mesh alerts about the errors
       * it finds. Off by default: on a new installation those errors are
       * not news but the state the mesh was found in, and alerting on them
       * floods owners. Later runs alert about errors new since the run
       * before.
       */
      onFirstRun?: boolean;
      /**
       * Backstage notifications to the owners of a service when a run finds
       * an unwaived error the previous run did not have.
       */
      notifications?: {
        /** Default true. */
        enabled?: boolean;
      };
      /** A GitHub issue per new broken contract, opened once. */
      githubIssues?: {
        /** Default false. */
        enabled?: boolean;
        /**
         * `owner/name` of the repository the issues go to. Required when
         * enabled.
         */
        repo?: string;
        /**
         * Host of a GitHub integration of `integrations.github` whose
         * credentials are used. Default `github.com`.
         */
        host?: string;
        /** Label put on every issue, used to find them. Default `network-contracts`. */
        label?: string;
      };
    };
  };
}
