import { atVietnamTime } from '@motcua/calendar';
import { redisConnection } from '@motcua/bootstrap';
import { Channel, DueSoonThreshold, ReportCategory, ReportGrouping } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase } from '@motcua/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CalendarService } from '../src/calendar/calendar.service';
import { ROUTING_DATABASE } from '../src/database';
import { DeadlineWakeups } from '../src/deadlines/deadline-wakeups';
import { DEADLINES_QUEUE } from '../src/deadlines/deadlines.jobs';
import { DeadlinesService } from '../src/deadlines/deadlines.service';
import { TimeSource } from '../src/deadlines/time-source';
import { COUNTED, figuresQuery } from '../src/reports/report-query';
import { ReportsService } from '../src/reports/reports.service';

class StoppedTime extends TimeSource {
  at = atVietnamTime('2027-01-10', '08:00');

  override now(): Date {
    return new Date(this.at.getTime());
  }
}

const at = (day: string, clock = '09:00') => atVietnamTime(day, clock);

describe(ReportsService.name, () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let queue: Queue;
  let time: StoppedTime;
  let deadlines: DeadlinesService;
  let sut: ReportsService;
  const ids: Record<string, string> = {};

  const start = async (name: string, channel: Channel, receivedAt: Date, dueAt: Date): Promise<void> => {
    ids[name] = uuidv7();
    time.at = receivedAt;
    await dataSource.transaction((tx) =>
      deadlines.startClock(tx, {
        dossierId: ids[name],
        code: '000.00.20.H41-261201-0001',
        procedureCode: '2.000488',
        sectorCode: 'Tư pháp',
        unitCode: '000.00.20.H41',
        channel,
        receivedAt,
        dueAt,
      }),
    );
  };

  const resolve = (name: string, resolvedAt: Date, confirmedAt = resolvedAt) =>
    dataSource.transaction((tx) => deadlines.resolveClock(tx, ids[name], { resolvedAt, confirmedAt }));

  // December 2026 seen on 10/01/2027: each dossier stands for one rule of form II.06a.
  beforeAll(async () => {
    database = await createServiceDatabase(ROUTING_DATABASE);
    dataSource = await new DataSource(typeOrmOptions(database.db, ROUTING_DATABASE)).initialize();
    queue = new Queue(DEADLINES_QUEUE, {
      connection: redisConnection(process.env.MOTCUA_REDIS_URL ?? 'redis://127.0.0.1:6379'),
      prefix: database.name,
    });
    time = new StoppedTime();
    const config = { thresholds: Object.values(DueSoonThreshold), reconcileMs: 60_000 };
    deadlines = new DeadlinesService(
      dataSource,
      new OutboxService({ service: 'routing' }),
      new CalendarService(dataSource),
      new DeadlineWakeups(queue),
      time,
      config,
    );
    sut = new ReportsService(dataSource, time);

    await start('carriedOverdue', Channel.Direct, at('2026-11-20'), at('2026-11-27'));
    await start('endedBefore', Channel.Direct, at('2026-11-25'), at('2026-12-02'));
    await resolve('endedBefore', at('2026-11-28'));
    await start('early', Channel.Online, at('2026-12-02'), at('2026-12-10', '10:00'));
    await resolve('early', at('2026-12-09'));
    await start('late', Channel.Direct, at('2026-12-02'), at('2026-12-10', '10:00'));
    await resolve('late', at('2026-12-10', '11:00'));
    await start('confirmedLate', Channel.Postal, at('2026-12-03'), at('2026-12-10', '10:00'));
    await resolve('confirmedLate', at('2026-12-10', '09:00'), at('2026-12-11'));
    await start('stopped', Channel.Direct, at('2026-12-04'), at('2026-12-11'));
    await dataSource.transaction((tx) => deadlines.stopClock(tx, ids.stopped, at('2026-12-05')));
    await start('awaitingSupplement', Channel.Direct, at('2026-12-05'), at('2026-12-15'));
    await dataSource.transaction((tx) => deadlines.pauseClock(tx, ids.awaitingSupplement, at('2026-12-08')));
    await start('withinDeadline', Channel.Direct, at('2026-12-20'), at('2027-01-05'));
    await start('pendingOverdue', Channel.Direct, at('2026-12-28'), at('2026-12-30'));
    await start('afterPeriod', Channel.Online, at('2027-01-02'), at('2027-01-08'));
    time.at = atVietnamTime('2027-01-10', '08:00');
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await dataSource.destroy();
    await database.drop();
  });

  const december = { from: '2026-12-01', to: '2026-12-31', groupBy: ReportGrouping.Sector };

  describe('getProcessingReport', () => {
    it('should classify every dossier of the period by the rules of form II.06a', async () => {
      const report = await sut.getProcessingReport(december);

      expect(report.rows).toEqual([
        {
          key: 'Tư pháp',
          total: 8,
          receivedOnline: 1,
          receivedDirectAndPostal: 6,
          carriedOver: 1,
          resolved: 4,
          resolvedEarly: 1,
          resolvedOnTime: 2,
          resolvedLate: 1,
          confirmedLate: 1,
          pending: 4,
          pendingWithinDeadline: 2,
          pendingOverdue: 2,
          onTimeRate: 0.625,
        },
      ]);
      expect(report.totals).toEqual({ ...report.rows[0], key: undefined, onTimeRate: 0.625 });
    });

    it('should judge the pending dossiers of a period not over yet at the present moment', async () => {
      time.at = atVietnamTime('2026-12-29', '08:00');

      const report = await sut.getProcessingReport(december);

      time.at = atVietnamTime('2027-01-10', '08:00');
      expect(report.totals).toMatchObject({ total: 8, pendingWithinDeadline: 3, pendingOverdue: 1 });
    });

    it.each(Object.values(ReportGrouping))(
      'should count every figure by %s from the report index alone, never reading the dossiers’ rows',
      async (groupBy) => {
        await dataSource.query('VACUUM routing.dossier_clocks');

        const plan: { 'QUERY PLAN': string }[] = await dataSource.transaction(async (manager) => {
          await manager.query('SET LOCAL enable_seqscan = off');
          return manager.query(`EXPLAIN ${figuresQuery(groupBy)}`, [
            at('2026-12-01', '00:00'),
            at('2027-01-01', '00:00'),
            at('2027-01-01', '00:00'),
            null,
          ]);
        });

        const steps = plan.map((row) => row['QUERY PLAN']).join('\n');
        expect(steps).toContain('Index Only Scan using dossier_clocks_report_idx');
        expect(steps).not.toContain('Seq Scan');
        expect(steps).not.toContain('Index Scan using dossier_clocks_report_idx');
      },
    );

    it('should refuse a period longer than a year', async () => {
      await expect(sut.getProcessingReport({ ...december, from: '2025-12-01' })).rejects.toMatchObject({
        code: 'REPORT_PERIOD_TOO_LONG',
      });
    });

    it('should refuse a date that does not exist', async () => {
      await expect(sut.getProcessingReport({ ...december, to: '2026-02-30' })).rejects.toMatchObject({
        code: 'REPORT_INVALID_PERIOD',
      });
    });
  });

  describe('listReportDossiers', () => {
    it.each(Object.values(ReportGrouping))(
      'should list, for every figure of every row by %s, exactly as many dossiers as the figure counts',
      async (groupBy) => {
        const report = await sut.getProcessingReport({ ...december, groupBy });

        expect(report.rows.length).toBeGreaterThan(0);
        for (const row of report.rows) {
          for (const [figure, category] of Object.entries(COUNTED)) {
            const key = row.key ?? undefined;
            const list = await sut.listReportDossiers({ ...december, groupBy, category, key });
            expect({ key, figure, count: list.items.length }).toEqual({
              key,
              figure,
              count: row[figure as keyof typeof COUNTED],
            });
          }
        }
      },
    );

    it.each([
      [ReportCategory.CarriedOver, ['carriedOverdue']],
      [ReportCategory.ResolvedOnTime, ['confirmedLate', 'stopped']],
      [ReportCategory.ConfirmedLate, ['confirmedLate']],
      [ReportCategory.PendingWithinDeadline, ['awaitingSupplement', 'withinDeadline']],
      [ReportCategory.PendingOverdue, ['carriedOverdue', 'pendingOverdue']],
    ])('should list the dossiers counted as %s', async (category, names) => {
      const list = await sut.listReportDossiers({ ...december, category, key: 'Tư pháp' });

      expect(list.items.map((item) => item.dossierId)).toEqual(names.map((name) => ids[name]));
    });
  });
});
