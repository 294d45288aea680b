import type { Database } from '@cloudstd/db/tables';
import type { Kysely } from 'kysely';
import { currentDataVersion } from './dashboard.repository.ts';

/**
 * Dashboard answers keyed by the data's version (the audit log's newest id, which every write
 * advances in its own transaction): a repeated view costs one indexed lookup, and no answer can
 * outlive the data it was computed from, whichever app process wrote.
 */
export function createVersionedCache(db: Kysely<Database>, maxEntries = 500) {
  const entries = new Map<string, { version: number; value: Promise<unknown> }>();
  return async function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await currentDataVersion(db);
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      // Refresh its place: the map's order is least recently used first.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    entries.set(key, { version, value });
    value.catch(() => entries.delete(key));
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
    return value;
  };
}
