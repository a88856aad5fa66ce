import type { Client } from 'pg';

// Work the services asked of PostgreSQL and RabbitMQ during a run, read from the bench database itself:
// transactions and rows from the statistics views, messages from each service's outbox (published) and inbox
// (consumed) rows. The statistics views lag up to a second behind the backends; read them once the system
// is idle.

const DATABASE_SQL = `
  SELECT xact_commit::float8 AS commits, xact_rollback::float8 AS rollbacks,
         tup_inserted::float8 AS inserted, tup_updated::float8 AS updated, tup_deleted::float8 AS deleted,
         tup_returned::float8 AS returned, tup_fetched::float8 AS fetched
  FROM pg_stat_database WHERE datname = current_database()`;
const WRITES_SQL = `
  SELECT schemaname AS schema, sum(n_tup_ins + n_tup_upd + n_tup_del)::float8 AS writes
  FROM pg_stat_user_tables GROUP BY schemaname`;
const MESSAGING_SCHEMAS_SQL = `
  SELECT table_schema AS schema FROM information_schema.tables
  WHERE table_name = 'outbox' AND table_schema IN
        (SELECT table_schema FROM information_schema.tables WHERE table_name = 'inbox')
  ORDER BY table_schema`;

export interface DatabaseCounters {
  readonly at: string;
  readonly database: Readonly<Record<string, number>>;
  readonly writesBySchema: Readonly<Record<string, number>>;
}

export async function readDatabaseCounters(db: Client): Promise<DatabaseCounters> {
  const [{ at }] = (await db.query<{ at: string }>(`SELECT clock_timestamp()::text AS at`)).rows;
  const [database] = (await db.query<Record<string, number>>(DATABASE_SQL)).rows;
  const writes = (await db.query<{ schema: string; writes: number }>(WRITES_SQL)).rows;
  return {
    at,
    database: database ?? {},
    writesBySchema: Object.fromEntries(writes.map((row) => [row.schema, row.writes])),
  };
}

/** Messages each service published (outbox rows) and consumed (inbox rows) since a database time. */
export async function countMessagesSince(
  db: Client,
  since: string,
): Promise<Record<string, { published: number; consumed: number }>> {
  const schemas = (await db.query<{ schema: string }>(MESSAGING_SCHEMAS_SQL)).rows.map((row) => row.schema);
  const counts: Record<string, { published: number; consumed: number }> = {};
  for (const schema of schemas) {
    const quoted = `"${schema.replaceAll('"', '""')}"`;
    const [row] = (
      await db.query<{ published: number; consumed: number }>(
        `SELECT (SELECT count(*) FROM ${quoted}.outbox WHERE created_at >= $1)::int AS published,
                (SELECT count(*) FROM ${quoted}.inbox WHERE received_at >= $1)::int AS consumed`,
        [since],
      )
    ).rows;
    counts[schema] = row;
  }
  return counts;
}

/**
 * Dossiers intake received since a database time: the divisor of every per-dossier figure, since a POST the
 * gateway timed out on may still have been received.
 */
export async function countDossiersReceivedSince(db: Client, since: string): Promise<number> {
  const [row] = (
    await db.query<{ received: number }>(
      `SELECT count(*)::int AS received FROM intake.dossiers WHERE received_at >= $1`,
      [since],
    )
  ).rows;
  return row.received;
}

export interface DatabaseWork {
  /** Dossiers received during the run, accepted or not by the time the gateway answered. */
  readonly dossiersReceived: number;
  /** Per dossier received: transactions committed and rows inserted, updated, deleted, read. */
  readonly perDossier: Readonly<Record<string, number>>;
  /** Rows written (inserted + updated + deleted) per dossier received in each schema. */
  readonly writesPerDossierBySchema: Readonly<Record<string, number>>;
  /** Messages published and consumed per dossier received by each service. */
  readonly messagesPerDossier: Readonly<Record<string, { published: number; consumed: number }>>;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function databaseWork(
  before: DatabaseCounters,
  after: DatabaseCounters,
  messages: Readonly<Record<string, { published: number; consumed: number }>>,
  dossiers: number,
): DatabaseWork | null {
  if (dossiers <= 0) return null;
  const per = (value: number) => round2(value / dossiers);
  const perDossier: Record<string, number> = {};
  for (const [name, value] of Object.entries(after.database)) {
    perDossier[name] = per(value - (before.database[name] ?? 0));
  }
  const writesPerDossierBySchema: Record<string, number> = {};
  for (const [schema, value] of Object.entries(after.writesBySchema)) {
    const written = value - (before.writesBySchema[schema] ?? 0);
    if (written > 0) writesPerDossierBySchema[schema] = per(written);
  }
  const messagesPerDossier: Record<string, { published: number; consumed: number }> = {};
  for (const [schema, count] of Object.entries(messages)) {
    messagesPerDossier[schema] = { published: per(count.published), consumed: per(count.consumed) };
  }
  return { dossiersReceived: dossiers, perDossier, writesPerDossierBySchema, messagesPerDossier };
}
