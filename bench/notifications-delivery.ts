// How fast reception SMS get out: starts its own system (`npm run build` first) with two simulated SMS
// providers, receives dossiers through the gateway and prints one JSON line: SMS delivered per second and the
// stored → delivered latency, with the primary provider answering, then with it too slow (failover). With the
// primary answering it also prints the CPU ms per dossier of notifications and of its PostgreSQL backends, how
// its tables were scanned and written per dossier, and the CPU they spend per second once idle (polls, timers).
// Usage: npm run bench:notifications -- [dossiers=200] [concurrency=20]. Not part of `npm test`.
import { DOSSIER_RECEIVED_V1 } from '@motcua/contracts';
import { ReceptionBody, SmsProviderSimulator, TestSystem, receptionFor } from '@motcua/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LatencySummary, summarize } from './percentiles';
import {
  CpuPerDossier,
  clockTicksPerSec,
  cpuPerDossier,
  cpuTicksBetween,
  waitForIdleServices,
} from './process-cpu';
import { readTableCounters, tableCountersPerDossier } from './schema-scans';
import { takeSystemCpuSnapshot } from './system-cpu';

const DEFAULT_DOSSIERS = 200;
const DEFAULT_CONCURRENCY = 20;
const POLL_MS = 250;
const DELIVERY_TIMEOUT_MS = 300_000;
const PROVIDER_TIMEOUT_MS = 500;
// PostgreSQL backends report their statistics at most once a second.
const STATISTICS_FLUSH_MS = 1500;
const NOTIFICATIONS_ROLE = 'postgres:motcua_notifications';
const IDLE_SAMPLE_MS = 10_000;
const RECEPTION_ATTEMPTS = 5;
const RETRIED_STATUSES = new Set([503, 504]);

interface PhaseFigures {
  readonly dossiers: number;
  readonly delivered: number;
  readonly smsPerSecond: number;
  readonly storedToDeliveredMs: LatencySummary;
  readonly byProvider: Record<string, number>;
}

interface SmsRow {
  readonly provider: string | null;
  readonly status: string;
  readonly created_ms: number;
  readonly delivered_ms: number | null;
}

// A POST the gateway timed out on (a busy machine) is sent again with its key: received once either way.
async function receiveOne(system: TestSystem, token: string, body: ReceptionBody): Promise<string> {
  const headers = { 'idempotency-key': `bench-${randomUUID()}` };
  for (let attempt = 1; ; attempt += 1) {
    const response = await system.request<{ id: string }>('POST', '/api/v1/dossiers', {
      token,
      body,
      headers,
    });
    if (response.status === 201) return response.body.id;
    if (!RETRIED_STATUSES.has(response.status) || attempt === RECEPTION_ATTEMPTS) {
      throw new Error(`reception failed: ${response.status}`);
    }
  }
}

async function receiveMany(
  system: TestSystem,
  token: string,
  base: ReceptionBody,
  count: number,
  concurrency: number,
  firstPhone: number,
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const phone = `0912${String(firstPhone + index).padStart(6, '0')}`;
      ids.push(await receiveOne(system, token, { ...base, applicant: { ...base.applicant, phone } }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
}

async function settledSms(system: TestSystem, dossierIds: string[]): Promise<SmsRow[]> {
  const db = await system.db();
  try {
    const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
    for (;;) {
      const { rows } = await db.query<SmsRow>(
        `SELECT provider, status, (extract(epoch FROM created_at) * 1000)::float8 AS created_ms,
                (extract(epoch FROM delivered_at) * 1000)::float8 AS delivered_ms
           FROM notifications.messages
          WHERE dossier_id = ANY($1::uuid[]) AND channel = 'sms' AND event_type = $2
            AND status IN ('delivered', 'permanently_failed')`,
        [dossierIds, DOSSIER_RECEIVED_V1],
      );
      if (rows.length === dossierIds.length || Date.now() > deadline) return rows;
      await sleep(POLL_MS);
    }
  } finally {
    await db.end();
  }
}

function figures(dossiers: number, rows: SmsRow[]): PhaseFigures {
  const delivered = rows.filter((row) => row.delivered_ms !== null);
  const first = Math.min(...rows.map((row) => row.created_ms));
  const last = Math.max(...delivered.map((row) => row.delivered_ms as number));
  const byProvider: Record<string, number> = {};
  for (const row of delivered)
    byProvider[row.provider ?? 'none'] = (byProvider[row.provider ?? 'none'] ?? 0) + 1;
  return {
    dossiers,
    delivered: delivered.length,
    smsPerSecond: Math.round((delivered.length / Math.max(1, last - first)) * 1000 * 10) / 10,
    storedToDeliveredMs: summarize(delivered.map((row) => (row.delivered_ms as number) - row.created_ms)),
    byProvider,
  };
}

interface NotificationsCpu {
  readonly notifications: number;
  readonly postgres: number;
}

interface NotificationsWork {
  /** CPU ms per dossier: the notifications process and its PostgreSQL backends. */
  readonly cpuMsPerDossier: NotificationsCpu;
  readonly tablesPerDossier: Record<string, Record<string, number>>;
  /** Citizen events that came before their reception and still wait for it once all is done: should be 0. */
  readonly stillAwaitingContact: number;
  /** CPU ms per second with nothing to do, over 10 s after the dossiers. */
  readonly idleCpuMsPerSecond: NotificationsCpu;
}

function notificationsCpu(cpu: CpuPerDossier): NotificationsCpu {
  return {
    notifications: cpu.msPerDossier.notifications,
    postgres: cpu.msPerDossier[NOTIFICATIONS_ROLE] ?? 0,
  };
}

async function idleCpu(database: string): Promise<NotificationsCpu> {
  const before = takeSystemCpuSnapshot(database);
  await sleep(IDLE_SAMPLE_MS);
  const spent = cpuTicksBetween(before, takeSystemCpuSnapshot(database));
  return notificationsCpu(cpuPerDossier(spent, clockTicksPerSec(), IDLE_SAMPLE_MS / 1000) as CpuPerDossier);
}

/** Receives `count` dossiers and waits for their SMS, measuring what notifications spent on them. */
async function measuredPhase(
  system: TestSystem,
  receive: () => Promise<string[]>,
): Promise<{ ids: string[]; rows: SmsRow[]; work: NotificationsWork }> {
  const db = await system.db();
  try {
    const tablesBefore = await readTableCounters(db, 'notifications');
    const cpuBefore = takeSystemCpuSnapshot(system.database);
    const ids = await receive();
    const rows = await settledSms(system, ids);
    await waitForIdleServices(system.database, takeSystemCpuSnapshot);
    const cpu = cpuPerDossier(
      cpuTicksBetween(cpuBefore, takeSystemCpuSnapshot(system.database)),
      clockTicksPerSec(),
      ids.length,
    ) as CpuPerDossier;
    await sleep(STATISTICS_FLUSH_MS);
    const tablesAfter = await readTableCounters(db, 'notifications');
    const [{ waiting }] = (
      await db.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM notifications.events_awaiting_contact`,
      )
    ).rows;
    return {
      ids,
      rows,
      work: {
        cpuMsPerDossier: notificationsCpu(cpu),
        tablesPerDossier: tableCountersPerDossier(tablesBefore, tablesAfter, ids.length),
        stillAwaitingContact: waiting,
        idleCpuMsPerSecond: await idleCpu(system.database),
      },
    };
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const dossiers = Number(process.argv[2] ?? DEFAULT_DOSSIERS);
  const concurrency = Number(process.argv[3] ?? DEFAULT_CONCURRENCY);
  const primary = await SmsProviderSimulator.start('primary');
  const backup = await SmsProviderSimulator.start('backup');
  const system = await TestSystem.start('bench-notifications', {
    env: {
      MOTCUA_SMS_PROVIDERS: `primary=${primary.url},backup=${backup.url}`,
      MOTCUA_SMS_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS),
      MOTCUA_SMS_PROVIDER_COOLDOWN_MS: '0',
      MOTCUA_SMS_RATE_PER_SECOND: '1000',
      MOTCUA_QUIET_HOURS: '',
      MOTCUA_DELIVERY_POLL_MS: '100',
      MOTCUA_LOGIN_RATE_LIMIT: '1000',
    },
  });
  try {
    const token = await system.login('reception');
    const base = await receptionFor(system, token, '2.000488');
    const measured = await measuredPhase(system, () =>
      receiveMany(system, token, base, dossiers, concurrency, 0),
    );
    const up = { ...figures(dossiers, measured.rows), notificationsWork: measured.work };
    primary.mode = 'slow';
    const slowIds = await receiveMany(system, token, base, dossiers, concurrency, dossiers);
    const slowPrimary = figures(dossiers, await settledSms(system, slowIds));
    process.stdout.write(
      `${JSON.stringify({ concurrency, providerTimeoutMs: PROVIDER_TIMEOUT_MS, primaryUp: up, primaryTooSlow: slowPrimary })}\n`,
    );
  } finally {
    await system.stop();
    await primary.stop();
    await backup.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `notifications bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
