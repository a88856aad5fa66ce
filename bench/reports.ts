import { ReportGrouping } from '@motcua/contracts';
import { typeOrmOptions } from '@motcua/persistence';
import { createServiceDatabase } from '@motcua/testing';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { ROUTING_DATABASE } from '../apps/routing/src/database';
import { TimeSource } from '../apps/routing/src/deadlines/time-source';
import { ReportsService } from '../apps/routing/src/reports/reports.service';
import { percentile } from './percentiles';

// How fast the processing report (form II.06a) answers over many dossiers: `npm run bench:reports --
// [--dossiers N] [--runs R]` seeds N dossier clocks (default one million, two years of traffic) into a scratch
// database, times each report R times after a warm-up, prints one JSON line and drops the database.
// Not part of `npm test`.

const USAGE = 'usage: reports [--dossiers N] [--runs R]';

interface ReportBenchArgs {
  readonly dossiers: number;
  readonly runs: number;
}

function parseReportBenchArgs(argv: readonly string[]): ReportBenchArgs {
  let args: ReportBenchArgs = { dossiers: 1_000_000, runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer\n${USAGE}`);
    if (flag === '--dossiers') args = { ...args, dossiers: value };
    else if (flag === '--runs') args = { ...args, runs: value };
    else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return args;
}

// Two years of receptions ending on 30/11/2026, 14 units, 33 procedures in 10 sectors, a third online; most
// resolved within 1–20 days against a 5–14 day limit, one in seven confirmed three days after the work, 2% stopped.
const SEED = `
  INSERT INTO routing.dossier_clocks (dossier_id, dossier_code, procedure_code, sector_code, unit_code, channel,
    received_at, due_at, initial_due_at, status, resolved_at, confirmed_at, timeliness, stopped_at)
  SELECT id, code, procedure_code, sector_code, unit_code, channel, received_at, due_at, due_at,
    CASE WHEN ended_at IS NULL THEN 'running' WHEN n % 50 = 0 THEN 'stopped' ELSE 'resolved' END,
    CASE WHEN ended_at IS NOT NULL AND n % 50 <> 0 THEN ended_at END,
    CASE WHEN ended_at IS NOT NULL AND n % 50 <> 0 THEN ended_at + CASE WHEN n % 7 = 0 THEN interval '3 days' ELSE interval '0' END END,
    CASE WHEN ended_at IS NULL OR n % 50 = 0 THEN NULL
         WHEN ended_at > due_at THEN 'late'
         WHEN (ended_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'early'
         ELSE 'on_time' END,
    CASE WHEN ended_at IS NOT NULL AND n % 50 = 0 THEN ended_at END
  FROM (
    SELECT n, md5(n::text)::uuid AS id,
      '000.00.' || lpad((10 + n % 14)::text, 2, '0') || '.H41-261130-' || lpad((n % 10000)::text, 4, '0') AS code,
      '2.' || lpad((100 + n % 33)::text, 6, '0') AS procedure_code,
      'Lĩnh vực ' || (n % 33 % 10) AS sector_code,
      '000.00.' || lpad((10 + n % 14)::text, 2, '0') || '.H41' AS unit_code,
      (ARRAY['direct', 'online', 'postal', 'online', 'direct', 'direct'])[1 + n % 6] AS channel,
      received_at,
      received_at + ((5 + n % 10) || ' days')::interval AS due_at,
      CASE WHEN received_at + ((1 + (n::bigint * 7919) % 20) || ' days')::interval < timestamptz '2026-11-30 17:00+07'
           THEN received_at + ((1 + (n::bigint * 7919) % 20) || ' days')::interval END AS ended_at
    FROM (
      SELECT n, timestamptz '2024-12-01 07:00+07' + (n::float8 / $1 * 730) * interval '1 day' AS received_at
      FROM generate_series(1, $1) AS n
    ) AS series
  ) AS dossiers`;

const SINCE_LAST_VACUUM = `
  UPDATE routing.dossier_clocks SET handed_over_at = received_at + interval '1 day' WHERE ended_at IS NULL`;

const REPORTS = [
  { from: '2026-10-01', to: '2026-10-31', groupBy: ReportGrouping.Sector },
  { from: '2026-10-01', to: '2026-10-31', groupBy: ReportGrouping.Unit },
  { from: '2026-10-01', to: '2026-10-31', groupBy: ReportGrouping.Procedure },
  { from: '2026-07-01', to: '2026-09-30', groupBy: ReportGrouping.Sector },
  { from: '2025-12-01', to: '2026-11-30', groupBy: ReportGrouping.Sector },
  { from: '2025-12-01', to: '2026-11-30', groupBy: ReportGrouping.Unit },
  { from: '2025-12-01', to: '2026-11-30', groupBy: ReportGrouping.Procedure },
];

async function main(): Promise<void> {
  const args = parseReportBenchArgs(process.argv.slice(2));
  const database = await createServiceDatabase(ROUTING_DATABASE);
  const dataSource = await new DataSource(typeOrmOptions(database.db, ROUTING_DATABASE)).initialize();
  try {
    const seedStarted = performance.now();
    await dataSource.query(SEED, [args.dossiers]);
    // Autovacuum keeps the table's visibility map current in service (the table's own settings); what changed
    // since it last ran is read from the table. Here: the last vacuum, then a day's work on every open dossier.
    await dataSource.query('VACUUM (ANALYZE) routing.dossier_clocks');
    await dataSource.query(SINCE_LAST_VACUUM);
    const seedMs = Math.round(performance.now() - seedStarted);
    const reports = new ReportsService(dataSource, new TimeSource());
    const timings = [];
    for (const query of REPORTS) {
      const report = await reports.getProcessingReport(query);
      const durationsMs: number[] = [];
      for (let run = 0; run < args.runs; run++) {
        const started = performance.now();
        await reports.getProcessingReport(query);
        durationsMs.push(performance.now() - started);
      }
      const sorted = durationsMs.sort((a, b) => a - b);
      timings.push({
        ...query,
        rows: report.rows.length,
        handled: report.totals.total,
        p50Ms: Math.round(percentile(sorted, 50) ?? 0),
        maxMs: Math.round(sorted[sorted.length - 1]),
      });
    }
    process.stdout.write(
      `${JSON.stringify({ bench: 'reports', dossiers: args.dossiers, seedMs, reports: timings })}\n`,
    );
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
