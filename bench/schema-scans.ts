import type { Client } from 'pg';

// How one schema's tables were read and written, from pg_stat_user_tables: a poll or lookup that scans a
// growing table shows as sequential reads, a missing or unused index as index scans fetching many rows.

const TABLE_COUNTERS_SQL = `
  SELECT relname AS table, seq_scan::float8 AS "seqScans", seq_tup_read::float8 AS "seqRowsRead",
         coalesce(idx_scan, 0)::float8 AS "indexScans", coalesce(idx_tup_fetch, 0)::float8 AS "indexRowsFetched",
         n_tup_ins::float8 AS inserted, n_tup_upd::float8 AS updated, n_tup_hot_upd::float8 AS "hotUpdated",
         n_tup_del::float8 AS deleted
  FROM pg_stat_user_tables WHERE schemaname = $1`;

export type TableCounters = Readonly<Record<string, Readonly<Record<string, number>>>>;

export async function readTableCounters(db: Client, schema: string): Promise<TableCounters> {
  const { rows } = await db.query<{ table: string } & Record<string, number>>(TABLE_COUNTERS_SQL, [schema]);
  return Object.fromEntries(rows.map(({ table, ...counters }) => [table, counters]));
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Per table, each counter that moved, divided by `dossiers`. */
export function tableCountersPerDossier(
  before: TableCounters,
  after: TableCounters,
  dossiers: number,
): Record<string, Record<string, number>> {
  const perDossier: Record<string, Record<string, number>> = {};
  for (const [table, counters] of Object.entries(after)) {
    const moved: Record<string, number> = {};
    for (const [name, value] of Object.entries(counters)) {
      const delta = value - (before[table]?.[name] ?? 0);
      if (delta > 0) moved[name] = round2(delta / dossiers);
    }
    if (Object.keys(moved).length > 0) perDossier[table] = moved;
  }
  return perDossier;
}
