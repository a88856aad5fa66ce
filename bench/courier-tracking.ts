// Drives the postal provider's side of a running system: makes shipments at the postal desk, then posts signed
// tracking callbacks (three events per shipment, shuffled across callbacks) and prints one JSON line of figures.
// Usage: node dist/bench/courier-tracking.js [shipments] [events per callback] [concurrency] [gateway URL]
// The secret is MOTCUA_COURIER_WEBHOOK_SECRET (the .env.example value by default).
import { TRACKING_SIGNATURE_HEADER, TRACKING_TIMESTAMP_HEADER, TrackingStatus } from '@motcua/contracts';
import { createHmac, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { summarize } from './percentiles';

const DEV_SECRET = 'dev-only-postal-webhook-secret';
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

function trackingNumber(serial: number): string {
  const digits = String(serial).padStart(8, '0');
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * S10_WEIGHTS[index], 0);
  const check = 11 - (sum % 11);
  return `EZ${digits}${check === 10 ? 0 : check === 11 ? 5 : check}VN`;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function main(): Promise<void> {
  const [shipments = 300, perCallback = 20, concurrency = 10] = process.argv.slice(2, 5).map(Number);
  const gateway = process.argv[5] ?? 'http://localhost:3000';
  const secret = process.env.MOTCUA_COURIER_WEBHOOK_SECRET ?? DEV_SECRET;
  const login = await post(`${gateway}/api/v1/auth/login`, {
    username: 'postal',
    password: process.env.MOTCUA_DEMO_PASSWORD ?? 'motcua-demo',
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const base = Math.floor(Math.random() * 90_000_000);
  const numbers = Array.from({ length: shipments }, (_, i) => trackingNumber(base + i));

  const createStart = performance.now();
  await inParallel(numbers, concurrency, async (number) => {
    const response = await post(
      `${gateway}/api/v1/courier/shipments`,
      { kind: 'dossier_from_citizen', dossiers: [], trackingNumber: number },
      { authorization: `Bearer ${accessToken}` },
    );
    if (response.status !== 201) throw new Error(`shipment ${number}: ${response.status}`);
  });
  const createSeconds = (performance.now() - createStart) / 1000;

  const start = Date.now() - 3_600_000;
  const events = numbers
    .flatMap((number, i) =>
      [TrackingStatus.PickedUp, TrackingStatus.InTransit, TrackingStatus.Delivered].map((status, step) => ({
        eventId: randomUUID(),
        trackingNumber: number,
        status,
        occurredAt: new Date(start + i + step * 60_000).toISOString(),
      })),
    )
    .sort(() => Math.random() - 0.5);
  const callbacks = Array.from({ length: Math.ceil(events.length / perCallback) }, (_, i) =>
    events.slice(i * perCallback, (i + 1) * perCallback),
  );
  const latencies: number[] = [];
  let applied = 0;
  const trackStart = performance.now();
  await inParallel(callbacks, concurrency, async (batch) => {
    const body = JSON.stringify({ events: batch });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
    const sent = performance.now();
    const response = await post(`${gateway}/api/v1/courier/webhooks/tracking`, body, {
      [TRACKING_TIMESTAMP_HEADER]: timestamp,
      [TRACKING_SIGNATURE_HEADER]: signature,
    });
    latencies.push(performance.now() - sent);
    if (response.status !== 200) throw new Error(`callback: ${response.status} ${await response.text()}`);
    applied += ((await response.json()) as { applied: number }).applied;
  });
  const trackSeconds = (performance.now() - trackStart) / 1000;

  process.stdout.write(
    `${JSON.stringify({
      shipments,
      shipmentsPerSecond: Math.round(shipments / createSeconds),
      callbacks: callbacks.length,
      eventsPerCallback: perCallback,
      concurrency,
      events: events.length,
      eventsApplied: applied,
      eventsPerSecond: Math.round(events.length / trackSeconds),
      callbackLatencyMs: summarize(latencies),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `courier-tracking failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
