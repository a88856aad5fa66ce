import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

const POLL_INTERVAL_MS = 500;
const PROGRESS_INTERVAL_MS = 2000;
const RECEIVED_EVENT_TYPE = 'intake.dossier.received.v1';
const SMS_CHANNEL = 'sms';

// First step's assignment and the applicant's reception SMS, as epoch ms with the microseconds kept.
const ASSIGNED_SQL = `
  SELECT dossier_id, (extract(epoch FROM min(assigned_at)) * 1000)::float8 AS at_ms
  FROM routing.assignments WHERE dossier_id = ANY($1::uuid[]) GROUP BY dossier_id`;
const NOTIFIED_SQL = `
  SELECT dossier_id, (extract(epoch FROM min(created_at)) * 1000)::float8 AS at_ms
  FROM notifications.messages
  WHERE dossier_id = ANY($1::uuid[]) AND event_type = $2 AND channel = $3 GROUP BY dossier_id`;

export interface Arrivals {
  /** Dossier id → epoch ms of its first assignment. */
  readonly assignedAtMs: ReadonlyMap<string, number>;
  /** Dossier id → epoch ms of the applicant's reception SMS. */
  readonly notifiedAtMs: ReadonlyMap<string, number>;
  readonly waitedMs: number;
}

interface ArrivalRow {
  readonly dossier_id: string;
  readonly at_ms: number;
}

async function collect(
  db: Client,
  sql: string,
  params: readonly unknown[],
  pending: Set<string>,
  found: Map<string, number>,
): Promise<void> {
  if (pending.size === 0) return;
  const { rows } = await db.query<ArrivalRow>(sql, [[...pending], ...params]);
  for (const row of rows) {
    found.set(row.dossier_id, row.at_ms);
    pending.delete(row.dossier_id);
  }
}

/** Polls routing and notifications tables (read only) until every dossier has both rows or the timeout passes. */
export async function waitForArrivals(
  db: Client,
  dossierIds: readonly string[],
  timeoutMs: number,
): Promise<Arrivals> {
  const startedAtMs = Date.now();
  const pendingAssigned = new Set(dossierIds);
  const pendingNotified = new Set(dossierIds);
  const assignedAtMs = new Map<string, number>();
  const notifiedAtMs = new Map<string, number>();
  let reportedAtMs = startedAtMs;
  for (;;) {
    await collect(db, ASSIGNED_SQL, [], pendingAssigned, assignedAtMs);
    await collect(db, NOTIFIED_SQL, [RECEIVED_EVENT_TYPE, SMS_CHANNEL], pendingNotified, notifiedAtMs);
    const isDone = pendingAssigned.size === 0 && pendingNotified.size === 0;
    if (isDone || Date.now() - startedAtMs >= timeoutMs) break;
    if (Date.now() - reportedAtMs >= PROGRESS_INTERVAL_MS) {
      process.stderr.write(
        `waiting: ${pendingAssigned.size} assignments, ${pendingNotified.size} SMS still missing\n`,
      );
      reportedAtMs = Date.now();
    }
    await sleep(POLL_INTERVAL_MS);
  }
  return { assignedAtMs, notifiedAtMs, waitedMs: Date.now() - startedAtMs };
}
