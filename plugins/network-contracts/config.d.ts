export interface Config {
  networkContracts?: {
    /**
     * Where the rule pages live, when not in the portal. When set, a
     * finding links to `<docsBaseUrl>/docs/rules/<category>-<name>.md`;
     * point it at the repository that holds the rules, for example
     * `https://github.com/acme/platform/blob/main`. Default: unset, which
     * links to the plugin's rule page `/network-contracts/rules/<id>`.
     *
     * @visibility frontend
     */
    docsBaseUrl?: string;
  };
}
