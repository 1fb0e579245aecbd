import type { Entity } from '@backstage/catalog-model';
import type { EntityFilter } from '@backstage/plugin-catalog-react';
import { TIER_LABEL } from '../../lib/contract/tier';

/**
 * Keeps the entities whose tier label is one of the given tiers.
 *
 * @public
 */
export class TierFilter implements EntityFilter {
  constructor(readonly values: string[]) {}

  getCatalogFilters(): Record<string, string[]> {
    return { [`metadata.labels.${TIER_LABEL}`]: this.values };
  }

  filterEntity(entity: Entity): boolean {
    const tier = entity.metadata.labels?.[TIER_LABEL];
    return tier !== undefined && this.values.includes(tier);
  }

  toQueryValue(): string[] {
    return this.values;
  }
}
