// How fast reception SMS get out: starts its own system (`npm run build` first) with two simulated SMS
// providers, receives dossiers through the gateway and prints one JSON line: SMS delivered per second and the
// stored → delivered latency, with the primary provider answering, then with it too slow (failover).
// Usage: npm run bench:notifications -- [dossiers=200] [concurrency=20]. Not part of `npm test`.
import { ReceptionBody, SmsProviderSimulator, TestSystem, receptionFor } from '@motcua/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LatencySummary, summarize } from './percentiles';

const DEFAULT_DOSSIERS = 200;
const DEFAULT_CONCURRENCY = 20;
const POLL_MS = 250;
const DELIVERY_TIMEOUT_MS = 300_000;
const PROVIDER_TIMEOUT_MS = 500;

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
      const response = await system.request<{ id: string }>('POST', '/api/v1/dossiers', {
        token,
        body: { ...base, applicant: { ...base.applicant, phone } },
        headers: { 'idempotency-key': `bench-${randomUUID()}` },
      });
      if (response.status !== 201) throw new Error(`reception failed: ${response.status}`);
      ids.push(response.body.id);
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
          WHERE dossier_id = ANY($1::uuid[]) AND channel = 'sms'
            AND status IN ('delivered', 'permanently_failed')`,
        [dossierIds],
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
    const upIds = await receiveMany(system, token, base, dossiers, concurrency, 0);
    const up = figures(dossiers, await settledSms(system, upIds));
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
