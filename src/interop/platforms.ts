import type { Json } from './field-map';
import { MAGENTO_DEFAULT_GROUPS, magentoCustomerFromRecord, magentoCustomerToRecord } from './magento';
import { medusaCustomerFromRecord, medusaCustomerToRecord } from './medusa';
import type { CustomerRecord, GroupRef } from './record';

/**
 * What import and export need to know of each platform: where the customers
 * sit in its list response, how one maps to a record and back, how its
 * groups are matched, and the response's other keys.
 */
export interface Platform {
  name: PlatformName;
  /** The key of the customers array in the list response. */
  itemsKey: string;
  toRecord(item: Json): CustomerRecord;
  fromRecord(record: CustomerRecord): Json;
  /**
   * How a source group finds its group here: by its id on the source
   * (Magento's group_id) or by name (Medusa).
   */
  groupsMatchBy: 'externalId' | 'name';
  /** A name (and tax class) for a source group the source does not name. */
  defaultGroup(ref: GroupRef): { name: string; taxClassId?: number };
  /** The list response's keys after the customers, given how many there were. */
  trailer(count: number): Json;
}

export type PlatformName = 'magento' | 'medusa';

export const PLATFORMS: Record<PlatformName, Platform> = {
  magento: {
    name: 'magento',
    itemsKey: 'items',
    toRecord: magentoCustomerToRecord,
    fromRecord: magentoCustomerFromRecord,
    groupsMatchBy: 'externalId',
    defaultGroup: (ref) =>
      Object.hasOwn(MAGENTO_DEFAULT_GROUPS, ref.externalId)
        ? MAGENTO_DEFAULT_GROUPS[ref.externalId]
        : { name: `Magento group ${ref.externalId}` },
    trailer: (count) => ({ search_criteria: { filter_groups: [] }, total_count: count }),
  },
  medusa: {
    name: 'medusa',
    itemsKey: 'customers',
    toRecord: medusaCustomerToRecord,
    fromRecord: medusaCustomerFromRecord,
    groupsMatchBy: 'name',
    defaultGroup: (ref) => ({ name: ref.name ?? `Medusa group ${ref.externalId}` }),
    trailer: (count) => ({ count, offset: 0, limit: count }),
  },
};

export function platformNamed(name: string): Platform {
  const platform = PLATFORMS[name as PlatformName];
  if (!platform) throw new Error(`Unknown platform "${name}": use ${Object.keys(PLATFORMS).join(' or ')}`);
  return platform;
}
