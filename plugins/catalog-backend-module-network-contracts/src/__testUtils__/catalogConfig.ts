/** A duration as the catalog's config reads it. */
type HumanDuration = Partial<Record<'hours' | 'minutes' | 'seconds', number>>;

/**
 * The `catalog` config of a catalog backend that reads one mesh through
 * this module's provider and admits every kind the module emits. Shared by
 * the tests and the ingestion benchmark.
 */
export function catalogConfig(
  target: string,
  options: {
    /** How often the provider reads the mesh, and how long it may take. */
    schedule: { frequency: HumanDuration; timeout: HumanDuration };
    /** Default: the catalog's own. */
    processingInterval?: HumanDuration;
  },
) {
  return {
    rules: [
      { allow: ['Component', 'System', 'Resource', 'Domain', 'Location'] },
    ],
    ...(options.processingInterval && {
      processingInterval: options.processingInterval,
    }),
    providers: {
      networkContracts: { mesh: { target, schedule: options.schedule } },
    },
  };
}
