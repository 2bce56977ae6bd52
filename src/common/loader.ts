import DataLoader from 'dataloader';

/**
 * A DataLoader from keys to lists: one query fetches the rows for every key
 * asked for in this tick, then rows are handed out per key (empty list when
 * none). `cache: true` per request, so a key is fetched once per request.
 */
export function manyLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (keys) => {
    const byKey = new Map<string, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** A DataLoader from ids to one row or null. */
export function oneLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (keys) => {
    const byKey = new Map<string, Row>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
