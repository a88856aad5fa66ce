// Drives the running system through its gateway and prints one JSON line of throughput and latency figures.
// Usage: node dist/bench/e2e-intake.js [--dossiers N] [--concurrency C] [--rate R] [--gateway URL] [--timeout-s S] [--skip-baselines]
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { waitForArrivals } from './arrivals';
import { measureBaselines } from './baselines';
import { BenchArgs, parseBenchArgs, USAGE } from './bench-args';
import { benchEnv } from './bench-env';
import { nameMissingContactPoints } from './contact-points';
import {
  countDossiersReceivedSince,
  countMessagesSince,
  databaseWork,
  readDatabaseCounters,
} from './database-work';
import { runIntakeLoad } from './intake-load';
import { buildReport } from './intake-report';
import {
  clockTicksPerSec,
  cpuPerDossier,
  cpuTicksBetween,
  takeCpuSnapshot,
  waitForIdleServices,
} from './process-cpu';
import { readServicePeakRssMiB } from './service-memory';

const USAGE_EXIT_CODE = 2;
// PostgreSQL backends report their statistics at most once a second.
const STATISTICS_FLUSH_MS = 1500;

function argsOrExit(): BenchArgs {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(USAGE_EXIT_CODE);
  }
}

async function main(): Promise<void> {
  const args = argsOrExit();
  const env = benchEnv();
  const runId = randomUUID();

  const baselines = args.isBaselinesSkipped ? null : await measureBaselines(env.databaseUrl, env.amqpUrl);
  const contactPointsNamed = await nameMissingContactPoints(args.gatewayUrl, env.demoPassword);
  process.stderr.write(
    `load: ${args.dossiers} dossiers, ${args.concurrency} workers${args.ratePerSec ? ` offering ${args.ratePerSec}/s` : ''} against ${args.gatewayUrl}\n`,
  );
  const database = new URL(env.databaseUrl).pathname.slice(1);
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  try {
    // Held shipments released by the contact points just named settle before anything is counted.
    await waitForIdleServices(database);
    // As autovacuum would on a system in service: where it is off, each run otherwise reads the dead rows of the
    // runs before it, and the figures of two runs taken one after the other cannot be compared.
    await db.query('VACUUM (ANALYZE)');
    const countersBefore = await readDatabaseCounters(db);
    const cpuBefore = takeCpuSnapshot(database);
    const load = await runIntakeLoad({ ...args, password: env.demoPassword, runId });

    const dossierIds = load.accepted.map((post) => post.dossierId);
    const arrivals = await waitForArrivals(db, dossierIds, args.arrivalTimeoutMs);
    await waitForIdleServices(database);
    const cpuAfter = takeCpuSnapshot(database);
    await sleep(STATISTICS_FLUSH_MS);
    const countersAfter = await readDatabaseCounters(db);
    const messages = await countMessagesSince(db, countersBefore.at);

    const received = await countDossiersReceivedSince(db, countersBefore.at);
    const report = buildReport({
      args,
      runId,
      load,
      arrivals,
      baselines,
      contactPointsNamed,
      peakRssMiB: readServicePeakRssMiB(database),
      cpu: cpuPerDossier(cpuTicksBetween(cpuBefore, cpuAfter), clockTicksPerSec(), received),
      work: databaseWork(countersBefore, countersAfter, messages, received),
    });
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `e2e-intake failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
