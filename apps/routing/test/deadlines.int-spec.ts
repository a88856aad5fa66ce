import { atVietnamTime } from '@motcua/calendar';
import {
  Channel,
  DOSSIER_DONE_UNCONFIRMED_V1,
  DOSSIER_DUE_SOON_V1,
  DUE_DIGEST_COMPILED_V1,
  DoneSignal,
  DueDigestCompiledV1,
  DOSSIER_OVERDUE_V1,
  DueSoonThreshold,
  Timeliness,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase } from '@motcua/testing';
import { redisConnection } from '@motcua/bootstrap';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CalendarService } from '../src/calendar/calendar.service';
import { ROUTING_DATABASE } from '../src/database';
import { DeadlineWakeups } from '../src/deadlines/deadline-wakeups';
import { DeadlineErrorCode } from '../src/deadlines/deadlines.errors';
import { DEADLINES_QUEUE } from '../src/deadlines/deadlines.jobs';
import { DeadlinesReconciler } from '../src/deadlines/deadlines.reconciler';
import { DigestsService } from '../src/deadlines/digests.service';
import { DoneSignalsService } from '../src/deadlines/done-signals.service';
import { DeadlinesService, StartClockInput } from '../src/deadlines/deadlines.service';
import { TimeSource } from '../src/deadlines/time-source';

class StoppedTime extends TimeSource {
  at = atVietnamTime('2026-12-01', '08:00');

  override now(): Date {
    return new Date(this.at.getTime());
  }
}

// Thursday 10/12/2026 10:00: three working days before is Monday 7/12, one is Wednesday 9/12.
const DUE = atVietnamTime('2026-12-10', '10:00');

describe(DeadlinesService.name, () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let queue: Queue;
  let time: StoppedTime;
  let sut: DeadlinesService;
  let reconciler: DeadlinesReconciler;
  let digests: DigestsService;
  let doneSignals: DoneSignalsService;

  beforeAll(async () => {
    database = await createServiceDatabase(ROUTING_DATABASE);
    dataSource = await new DataSource(typeOrmOptions(database.db, ROUTING_DATABASE)).initialize();
    queue = new Queue(DEADLINES_QUEUE, {
      connection: redisConnection(process.env.MOTCUA_REDIS_URL ?? 'redis://127.0.0.1:6379'),
      prefix: database.name,
    });
    const config = { thresholds: Object.values(DueSoonThreshold), reconcileMs: 60_000 };
    const wakeups = new DeadlineWakeups(queue);
    time = new StoppedTime();
    const outbox = new OutboxService({ service: 'routing' });
    const calendar = new CalendarService(dataSource);
    sut = new DeadlinesService(dataSource, outbox, calendar, wakeups, time, config);
    digests = new DigestsService(dataSource, outbox, calendar, time);
    doneSignals = new DoneSignalsService(dataSource, outbox, time);
    reconciler = new DeadlinesReconciler(dataSource, sut, wakeups, digests, time, config);
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await dataSource.destroy();
    await database.drop();
  });

  beforeEach(() => {
    time.at = atVietnamTime('2026-12-01', '08:00');
  });

  const clockInput = (overrides: Partial<StartClockInput> = {}): StartClockInput => ({
    dossierId: uuidv7(),
    code: '000.00.20.H41-261201-0001',
    procedureCode: '2.000488',
    sectorCode: 'Tư pháp',
    unitCode: '000.00.20.H41',
    channel: Channel.Direct,
    receivedAt: atVietnamTime('2026-12-01', '07:30'),
    dueAt: DUE,
    ...overrides,
  });

  const start = async (overrides: Partial<StartClockInput> = {}): Promise<string> => {
    const input = clockInput(overrides);
    await dataSource.transaction((tx) => sut.startClock(tx, input));
    return input.dossierId;
  };

  const alertsOf = async (dossierId: string): Promise<string[]> => {
    const rows: { type: string; threshold: string | null }[] = await dataSource.query(
      `SELECT message_type AS type, envelope->'payload'->>'threshold' AS threshold FROM routing.outbox
       WHERE message_type IN ($1, $2) AND envelope->'payload'->>'dossierId' = $3 ORDER BY created_at, id`,
      [DOSSIER_DUE_SOON_V1, DOSSIER_OVERDUE_V1, dossierId],
    );
    return rows.map((row) => row.threshold ?? 'overdue');
  };

  const checkAt = async (dossierId: string, date: string, clock: string): Promise<void> => {
    time.at = atVietnamTime(date, clock);
    await sut.checkClock(dossierId);
  };

  describe('startClock', () => {
    it('should keep one clock when the same dossier starts twice', async () => {
      const input = clockInput();

      await dataSource.transaction((tx) => sut.startClock(tx, input));
      await dataSource.transaction((tx) => sut.startClock(tx, { ...input, unitCode: '000.00.21.H41' }));

      const rows = await dataSource.query(
        'SELECT unit_code, status FROM routing.dossier_clocks WHERE dossier_id = $1',
        [input.dossierId],
      );
      expect(rows).toEqual([{ unit_code: '000.00.20.H41', status: 'running' }]);
    });

    it('should schedule a wake-up at the first threshold when no alert is due yet and it is near', async () => {
      time.at = atVietnamTime('2026-12-06', '23:30');

      const dossierId = await start();

      const jobs = await queue.getDelayed();
      expect(await alertsOf(dossierId)).toEqual([]);
      const job = jobs.find((candidate) => candidate.data.dossierId === dossierId);
      expect(job?.id).toBe(`check-clock-${dossierId}-${atVietnamTime('2026-12-07').getTime()}`);
    });

    it('should leave a distant first threshold to the reconciler run that comes near it', async () => {
      const dossierId = await start();
      const scheduledAtStart = (await queue.getDelayed()).filter((job) => job.data.dossierId === dossierId);
      time.at = atVietnamTime('2026-12-06', '23:30');

      await reconciler.reconcile();

      const jobs = await queue.getDelayed();
      expect(scheduledAtStart).toEqual([]);
      expect(jobs.find((job) => job.data.dossierId === dossierId)?.id).toBe(
        `check-clock-${dossierId}-${atVietnamTime('2026-12-07').getTime()}`,
      );
    });

    it('should announce only the most urgent alert when a short limit starts past several thresholds', async () => {
      time.at = atVietnamTime('2026-12-09', '08:00');

      const dossierId = await start({ receivedAt: time.at });

      expect(await alertsOf(dossierId)).toEqual([DueSoonThreshold.OneWorkingDay]);
    });
  });

  describe('checkClock', () => {
    it('should fire each threshold and the overdue alert once as time passes', async () => {
      const dossierId = await start();

      await checkAt(dossierId, '2026-12-04', '16:00');
      await checkAt(dossierId, '2026-12-07', '00:00');
      await checkAt(dossierId, '2026-12-07', '09:00');
      await checkAt(dossierId, '2026-12-09', '07:00');
      await checkAt(dossierId, '2026-12-10', '09:59');
      await checkAt(dossierId, '2026-12-10', '10:00');
      await checkAt(dossierId, '2026-12-10', '10:01');
      await checkAt(dossierId, '2026-12-11', '10:01');

      expect(await alertsOf(dossierId)).toEqual([
        DueSoonThreshold.ThreeWorkingDays,
        DueSoonThreshold.OneWorkingDay,
        DueSoonThreshold.DueDay,
        'overdue',
      ]);
    });

    it('should fire once when two checkers wake at the same moment', async () => {
      const dossierId = await start();
      time.at = atVietnamTime('2026-12-10', '11:00');

      await Promise.all([sut.checkClock(dossierId), sut.checkClock(dossierId), sut.checkClock(dossierId)]);

      expect(await alertsOf(dossierId)).toEqual(['overdue']);
    });

    it('should fire nothing while the clock waits for a supplement', async () => {
      const dossierId = await start();
      await dataSource.transaction((tx) =>
        sut.pauseClock(tx, dossierId, atVietnamTime('2026-12-02', '09:00')),
      );

      await checkAt(dossierId, '2026-12-11', '09:00');

      expect(await alertsOf(dossierId)).toEqual([]);
    });
  });

  describe('resumeClock', () => {
    it('should count the waiting time and arm the alerts of the new deadline', async () => {
      const dossierId = await start();
      await checkAt(dossierId, '2026-12-07', '09:00');
      await dataSource.transaction((tx) =>
        sut.pauseClock(tx, dossierId, atVietnamTime('2026-12-07', '10:00')),
      );
      time.at = atVietnamTime('2026-12-08', '10:00');

      await dataSource.transaction((tx) =>
        sut.resumeClock(tx, dossierId, { at: time.at, dueAt: atVietnamTime('2026-12-22', '10:00') }),
      );
      await checkAt(dossierId, '2026-12-17', '08:00');

      const [row] = await dataSource.query(
        'SELECT paused_ms, supplement_count, status FROM routing.dossier_clocks WHERE dossier_id = $1',
        [dossierId],
      );
      expect(row).toEqual({ paused_ms: String(24 * 3600_000), supplement_count: 1, status: 'running' });
      expect(await alertsOf(dossierId)).toEqual([
        DueSoonThreshold.ThreeWorkingDays,
        DueSoonThreshold.ThreeWorkingDays,
      ]);
    });

    it('should refuse to resume a running clock', async () => {
      const dossierId = await start();

      const resumed = dataSource.transaction((tx) =>
        sut.resumeClock(tx, dossierId, { at: time.at, dueAt: DUE }),
      );

      await expect(resumed).rejects.toMatchObject({ code: DeadlineErrorCode.ClockNotPaused });
    });
  });

  describe('extendClock', () => {
    it('should fire the overdue alert again for the new date only once it passes', async () => {
      const dossierId = await start();
      await checkAt(dossierId, '2026-12-10', '11:00');
      time.at = atVietnamTime('2026-12-10', '11:00');

      await dataSource.transaction((tx) =>
        sut.extendClock(tx, dossierId, atVietnamTime('2026-12-15', '10:00')),
      );
      await checkAt(dossierId, '2026-12-15', '11:00');
      await checkAt(dossierId, '2026-12-16', '11:00');

      expect(await alertsOf(dossierId)).toEqual(['overdue', DueSoonThreshold.ThreeWorkingDays, 'overdue']);
    });
  });

  describe('resolveClock', () => {
    it.each([
      ['2026-12-09', '16:00', Timeliness.Early],
      ['2026-12-10', '09:00', Timeliness.OnTime],
      ['2026-12-10', '10:30', Timeliness.Late],
    ])('should count a resolution on %s %s as %s', async (date, clock, expected) => {
      const dossierId = await start();
      const resolvedAt = atVietnamTime(date, clock);

      const timeliness = await dataSource.transaction((tx) =>
        sut.resolveClock(tx, dossierId, { resolvedAt, confirmedAt: atVietnamTime('2026-12-11', '08:00') }),
      );

      expect(timeliness).toBe(expected);
    });

    it('should count a dossier with two supplement requests late', async () => {
      const dossierId = await start();
      for (const day of ['2026-12-02', '2026-12-03']) {
        await dataSource.transaction((tx) => sut.pauseClock(tx, dossierId, atVietnamTime(day, '08:00')));
        await dataSource.transaction((tx) =>
          sut.resumeClock(tx, dossierId, { at: atVietnamTime(day, '09:00'), dueAt: DUE }),
        );
      }

      const timeliness = await dataSource.transaction((tx) =>
        sut.resolveClock(tx, dossierId, {
          resolvedAt: atVietnamTime('2026-12-04', '08:00'),
          confirmedAt: atVietnamTime('2026-12-04', '08:00'),
        }),
      );

      expect(timeliness).toBe(Timeliness.Late);
    });

    it('should refuse a resolution time before the last hand-over', async () => {
      const dossierId = await start();
      time.at = atVietnamTime('2026-12-03', '09:00');
      await dataSource.transaction((tx) => sut.moveClock(tx, dossierId, { unitCode: '000.00.00.H41' }));

      const resolved = dataSource.transaction((tx) =>
        sut.resolveClock(tx, dossierId, {
          resolvedAt: atVietnamTime('2026-12-03', '08:59'),
          confirmedAt: atVietnamTime('2026-12-04', '08:00'),
        }),
      );

      await expect(resolved).rejects.toMatchObject({ code: DeadlineErrorCode.ResolutionBeforeHandOver });
    });

    it('should refuse a resolution time after its confirmation', async () => {
      const dossierId = await start();

      const resolved = dataSource.transaction((tx) =>
        sut.resolveClock(tx, dossierId, {
          resolvedAt: atVietnamTime('2026-12-04', '09:00'),
          confirmedAt: atVietnamTime('2026-12-04', '08:00'),
        }),
      );

      await expect(resolved).rejects.toMatchObject({
        code: DeadlineErrorCode.ResolutionAfterConfirmation,
      });
    });

    it('should refuse to resolve twice and fire nothing after the resolution', async () => {
      const dossierId = await start();
      const resolution = {
        resolvedAt: atVietnamTime('2026-12-04', '09:00'),
        confirmedAt: atVietnamTime('2026-12-04', '09:00'),
      };
      await dataSource.transaction((tx) => sut.resolveClock(tx, dossierId, resolution));

      await expect(
        dataSource.transaction((tx) => sut.resolveClock(tx, dossierId, resolution)),
      ).rejects.toMatchObject({ code: DeadlineErrorCode.ClockEnded });
      await checkAt(dossierId, '2026-12-11', '09:00');

      expect(await alertsOf(dossierId)).toEqual([]);
    });
  });

  describe('stopClock', () => {
    it('should end the clock and refuse later changes', async () => {
      const dossierId = await start();
      await dataSource.transaction((tx) =>
        sut.stopClock(tx, dossierId, atVietnamTime('2026-12-03', '09:00')),
      );

      const moved = dataSource.transaction((tx) =>
        sut.moveClock(tx, dossierId, { unitCode: '000.00.00.H41' }),
      );

      await expect(moved).rejects.toMatchObject({ code: DeadlineErrorCode.ClockEnded });
    });

    it('should refuse an unknown dossier', async () => {
      const stopped = dataSource.transaction((tx) => sut.stopClock(tx, uuidv7(), time.at));

      await expect(stopped).rejects.toMatchObject({ code: DeadlineErrorCode.ClockNotFound });
    });
  });

  describe(DeadlinesReconciler.name, () => {
    it('should fire what is due and rebuild wake-ups after Redis lost them', async () => {
      const dueNow = await start();
      time.at = atVietnamTime('2026-12-09', '23:59');
      const dueLater = await start({ dueAt: atVietnamTime('2026-12-11', '10:00') });
      await queue.obliterate({ force: true });

      await reconciler.reconcile();
      await reconciler.reconcile();

      const delayed = await queue.getDelayed();
      expect(await alertsOf(dueNow)).toEqual([DueSoonThreshold.OneWorkingDay]);
      expect(await alertsOf(dueLater)).toEqual([DueSoonThreshold.ThreeWorkingDays]);
      expect(delayed.map((job) => job.id)).toContain(
        `check-clock-${dueLater}-${atVietnamTime('2026-12-10').getTime()}`,
      );
    });
  });

  describe(DigestsService.name, () => {
    const UNIT = '000.00.99.H41';
    const OFFICER = '01a21ebe-84ad-7178-be29-781f85ee9fd7';

    const digestsOf = async (): Promise<DueDigestCompiledV1[]> => {
      const rows: { payload: DueDigestCompiledV1 }[] = await dataSource.query(
        `SELECT envelope->'payload' AS payload FROM routing.outbox
         WHERE message_type = $1 AND envelope->'payload'->>'unitCode' = $2 ORDER BY created_at, id`,
        [DUE_DIGEST_COMPILED_V1, UNIT],
      );
      return rows.map((row) => row.payload);
    };

    it('should compile one digest per unit lead and officer each working morning, of what is due within 3 working days', async () => {
      const dueSoon = await start({ unitCode: UNIT });
      const dueLater = await start({ unitCode: UNIT, dueAt: atVietnamTime('2026-12-11', '10:00') });
      await dataSource.transaction((tx) =>
        sut.moveClock(tx, dueSoon, { unitCode: UNIT, officerId: OFFICER }),
      );
      await dataSource.transaction((tx) =>
        sut.moveClock(tx, dueLater, { unitCode: UNIT, officerId: OFFICER }),
      );

      time.at = atVietnamTime('2026-12-06', '08:00');
      const onSunday = await digests.compileDigests();
      time.at = atVietnamTime('2026-12-07', '06:59');
      const beforeSeven = await digests.compileDigests();
      time.at = atVietnamTime('2026-12-07', '07:05');
      await digests.compileDigests();
      await digests.compileDigests();

      expect([onSunday, beforeSeven]).toEqual([0, 0]);
      const compiled = await digestsOf();
      expect(compiled.map((digest) => digest.officerId ?? 'unit lead')).toEqual(['unit lead', OFFICER]);
      for (const digest of compiled) {
        expect(digest.day).toBe('2026-12-07');
        expect(digest.items.map((item) => item.dossierId)).toEqual([dueSoon]);
      }
    });
  });

  describe(DoneSignalsService.name, () => {
    const alertsOfSignals = async (dossierId: string): Promise<number> => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS n FROM routing.outbox
         WHERE message_type = $1 AND envelope->'payload'->>'dossierId' = $2`,
        [DOSSIER_DONE_UNCONFIRMED_V1, dossierId],
      );
      return row.n;
    };

    it('should alert once per signal while the dossier is unconfirmed, and not after it is resolved', async () => {
      const dossierId = await start();
      const attached = { signal: DoneSignal.ResultAttached, reference: '12/QĐ-STP' };

      const first = await dataSource.transaction((tx) => doneSignals.recordSignal(tx, dossierId, attached));
      const again = await dataSource.transaction((tx) => doneSignals.recordSignal(tx, dossierId, attached));
      await dataSource.transaction((tx) =>
        sut.resolveClock(tx, dossierId, { resolvedAt: time.at, confirmedAt: time.at }),
      );
      const afterResolution = await dataSource.transaction((tx) =>
        doneSignals.recordSignal(tx, dossierId, { signal: DoneSignal.ResultPackagePickedUp }),
      );

      expect([first, again, afterResolution]).toEqual([true, false, false]);
      expect(await alertsOfSignals(dossierId)).toBe(1);
    });
  });
});
