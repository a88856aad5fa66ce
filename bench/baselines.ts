import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { connect, ConfirmChannel } from 'amqplib';
import { Client } from 'pg';

// Raw platform rates measured just before the load, so the dossier rate can be read as a fraction of them.

const PROBE_DURATION_MS = 3000;
const PG_CLIENTS = 8;
const CONFIRMS_IN_FLIGHT = 100;
const MESSAGE_BYTES = 1024;
const PROBE_SCHEMA = 'bench';

export interface Baselines {
  /** Single-row INSERT commits per second, 8 clients in autocommit, into a logged table. */
  readonly pgCommitsPerSec: number;
  readonly pgSynchronousCommit: string;
  /** Persistent 1 KiB publishes confirmed per second into a durable classic queue, 100 in flight. */
  readonly amqpConfirmsPerSec: number;
}

/** Runs `lanes` loops of `step(lane)` for the probe duration; returns completed steps per second. */
async function ratePerSec(lanes: number, step: (lane: number) => Promise<void>): Promise<number> {
  let completed = 0;
  const startedAt = performance.now();
  const deadline = startedAt + PROBE_DURATION_MS;
  const runLane = async (lane: number): Promise<void> => {
    while (performance.now() < deadline) {
      await step(lane);
      completed++;
    }
  };
  await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane)));
  return Math.round(completed / ((performance.now() - startedAt) / 1000));
}

async function connectClients(databaseUrl: string, count: number): Promise<Client[]> {
  const clients = Array.from({ length: count }, () => new Client({ connectionString: databaseUrl }));
  await Promise.all(clients.map((client) => client.connect()));
  return clients;
}

async function createProbeTable(admin: Client): Promise<void> {
  // A regular (logged) table, so each commit waits for its WAL flush as the services' commits do.
  await admin.query(`CREATE SCHEMA IF NOT EXISTS ${PROBE_SCHEMA}`);
  await admin.query(`
    CREATE TABLE IF NOT EXISTS ${PROBE_SCHEMA}.commit_probe (
      id uuid PRIMARY KEY,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
}

async function measurePgCommits(
  databaseUrl: string,
): Promise<{ commitsPerSec: number; synchronousCommit: string }> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  let clients: Client[] = [];
  try {
    await createProbeTable(admin);
    const { rows } = await admin.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
    clients = await connectClients(databaseUrl, PG_CLIENTS);
    const commitsPerSec = await ratePerSec(PG_CLIENTS, async (lane) => {
      await clients[lane].query(`INSERT INTO ${PROBE_SCHEMA}.commit_probe (id, body) VALUES ($1, $2)`, [
        randomUUID(),
        'probe',
      ]);
    });
    return { commitsPerSec, synchronousCommit: rows[0]?.synchronous_commit ?? 'unknown' };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
    await admin.query(`DROP SCHEMA IF EXISTS ${PROBE_SCHEMA} CASCADE`).finally(() => admin.end());
  }
}

function publishConfirmed(channel: ConfirmChannel, queue: string, content: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.sendToQueue(queue, content, { persistent: true }, (error: unknown) =>
      error ? reject(new Error(`publish was nacked: ${String(error)}`)) : resolve(),
    );
  });
}

async function measureAmqpConfirms(amqpUrl: string): Promise<number> {
  const connection = await connect(amqpUrl, { clientProperties: { connection_name: 'bench-confirm-probe' } });
  const queue = `bench.confirm-probe.${randomUUID()}`;
  try {
    const channel = await connection.createConfirmChannel();
    await channel.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'classic' } });
    const content = Buffer.alloc(MESSAGE_BYTES, 'x');
    try {
      // One lane per message in flight: each publishes its next message once the last one is confirmed.
      return await ratePerSec(CONFIRMS_IN_FLIGHT, () => publishConfirmed(channel, queue, content));
    } finally {
      await channel.deleteQueue(queue);
    }
  } finally {
    await connection.close();
  }
}

/** PostgreSQL commit rate, then RabbitMQ confirm rate, one after the other so they do not compete. */
export async function measureBaselines(databaseUrl: string, amqpUrl: string): Promise<Baselines> {
  process.stderr.write(`baseline: PostgreSQL commits (${PG_CLIENTS} clients, ${PROBE_DURATION_MS} ms)\n`);
  const pg = await measurePgCommits(databaseUrl);
  process.stderr.write(
    `baseline: RabbitMQ confirms (${CONFIRMS_IN_FLIGHT} in flight, ${PROBE_DURATION_MS} ms)\n`,
  );
  const amqpConfirmsPerSec = await measureAmqpConfirms(amqpUrl);
  return { pgCommitsPerSec: pg.commitsPerSec, pgSynchronousCommit: pg.synchronousCommit, amqpConfirmsPerSec };
}
