import { EntityManager } from 'typeorm';

/** Fewer changed rows than this never make a partition's statistics stale enough to re-analyze. */
export const MIN_CHANGES_TO_ANALYZE = 1000;

/**
 * Analyzes the partitions of `parent` that changed at least as many rows as they held at their last
 * ANALYZE (and at least `minChanges`); returns their names. Autovacuum visits a database once a
 * minute and re-analyzes a table after 10% of it changed, so a partition filled within seconds (a
 * backfill of history) is planned meanwhile from the statistics of when it was nearly empty: a
 * partial index counted empty costs nothing to read whole, and a per-row lookup can pick it over the
 * index that finds the row. After a backfill this runs once per doubling of a partition, else never.
 */
export async function analyzeChangedPartitions(manager: EntityManager, parent: string, minChanges = MIN_CHANGES_TO_ANALYZE): Promise<string[]> {
  const stale: { partition: string }[] = await manager.query(
    `SELECT c.oid::regclass::text AS partition
     FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_stat_user_tables s ON s.relid = c.oid
     WHERE i.inhparent = $1::regclass AND s.n_mod_since_analyze >= greatest($2::float8, c.reltuples)
     ORDER BY 1`,
    [parent, minChanges],
  );
  for (const { partition } of stale) await manager.query(`ANALYZE ${partition}`);
  return stale.map(({ partition }) => partition);
}
