export interface Config {
  networkContracts?: {
    /**
     * Where the rule pages live. A finding links to
     * `<docsBaseUrl>/docs/rules/<category>-<name>.md`. Point it at the
     * repository that holds the rules, for example
     * `https://github.com/acme/platform/blob/main`. Default: `''`, which
     * links to `/docs/rules/...` on the portal's own origin.
     *
     * @visibility frontend
     */
    docsBaseUrl?: string;
  };
}
