import { timeOrderedId } from '../common/ids';
import type { SqlRunner } from '../db/database';
import type { Platform } from '../interop/platforms';
import type { GroupRef } from '../interop/record';

type Sql = Omit<SqlRunner, 'transaction'>;

/**
 * Finds (or creates) the group of each source group an import meets, once
 * per run: Magento's by their id there (its default groups 0-3 created
 * under Magento's names when missing), Medusa's by name, ignoring case. A
 * live group of the same name that no source claims yet is adopted (it gets
 * the source's id); one another source claims is left alone and the new
 * group's name says where it came from.
 */
export class GroupResolver {
  /** Promises, so concurrent lookups of one group share one query (and one insert). */
  private readonly ids = new Map<string, Promise<string>>();

  constructor(
    private readonly sql: Sql,
    private readonly source: string,
    private readonly platform: Platform,
  ) {}

  /** Group ids here for these references, in order. */
  async resolve(refs: GroupRef[]): Promise<string[]> {
    const out: string[] = [];
    for (const ref of refs) out.push(await this.lookup(ref));
    return out;
  }

  /**
   * Starts finding the groups not met before, as the reader meets them: the
   * first batch's groups are then found while the rest of it is read, not
   * after (on a new database that was ~130 ms before its first write). A
   * failure surfaces where resolve awaits the same lookup.
   */
  prefetch(refs: GroupRef[]): void {
    for (const ref of refs) void this.lookup(ref);
  }

  private lookup(ref: GroupRef): Promise<string> {
    const key = this.key(ref);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.find(ref);
      id.catch(() => undefined); // handled: a prefetched lookup may fail before a batch awaits it (that batch gets the error)
      this.ids.set(key, id);
    }
    return id;
  }

  private key(ref: GroupRef): string {
    return this.platform.groupsMatchBy === 'name' && ref.name ? `name:${ref.name.trim().toLowerCase()}` : `id:${ref.externalId}`;
  }

  private async find(ref: GroupRef): Promise<string> {
    const bySourceId = await this.sql.query<{ id: string }>(
      'SELECT "id" FROM "CustomerGroup" WHERE "externalId" = $1 AND "externalSource" = $2',
      [ref.externalId, this.source],
    );
    const name = (ref.name ?? this.platform.defaultGroup(ref).name).trim();
    if (this.platform.groupsMatchBy === 'name' || bySourceId.length === 0) {
      const [byName] = await this.sql.query<{ id: string; externalId: string | null }>(
        'SELECT "id", "externalId" FROM "CustomerGroup" WHERE lower("name") = lower($1) AND "deletedAt" IS NULL',
        [name],
      );
      if (byName && (byName.externalId === null || this.platform.groupsMatchBy === 'name')) {
        if (byName.externalId === null && bySourceId.length === 0) {
          await this.sql.query('UPDATE "CustomerGroup" SET "externalSource" = $2, "externalId" = $3 WHERE "id" = $1', [
            byName.id,
            this.source,
            ref.externalId,
          ]);
        }
        return byName.id;
      }
      if (bySourceId.length === 0) return this.create(ref, byName ? `${name} (${this.source})` : name);
    }
    return bySourceId[0].id;
  }

  private async create(ref: GroupRef, name: string): Promise<string> {
    const defaults = this.platform.defaultGroup(ref);
    const id = timeOrderedId();
    const code = this.platform.name === 'magento' ? name.slice(0, 32) : null;
    await this.sql.query(
      `INSERT INTO "CustomerGroup" ("id", "name", "code", "taxClassId", "metadata", "externalSource", "externalId")
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        name,
        code,
        defaults.taxClassId ?? null,
        JSON.stringify(isObject(ref.metadata) ? ref.metadata : {}),
        this.source,
        ref.externalId,
      ],
    );
    return id;
  }
}

const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
