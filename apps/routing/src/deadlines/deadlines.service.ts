import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Channel,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_OVERDUE_V1,
  DueSoonThreshold,
  Timeliness,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import type { DeadlinesConfig } from '../config';
import { AlertKind, ScheduledAlert, scheduleAlerts } from './alert-schedule';
import { DeadlineWakeups } from './deadline-wakeups';
import { DeadlineError, DeadlineErrorCode } from './deadlines.errors';
import { wakeupHorizonMs } from './deadlines.jobs';
import { ClockStatus, DossierClock } from './dossier-clock.entity';
import { TimeSource } from './time-source';
import { classifyResolution } from './timeliness';

export const DEADLINES_CONFIG = Symbol('DEADLINES_CONFIG');

export interface StartClockInput {
  readonly dossierId: string;
  readonly code: string;
  readonly procedureCode: string;
  readonly sectorCode?: string;
  readonly unitCode: string;
  readonly officerId?: string;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly dueAt: Date | null;
}

type NotifiedColumn = 'threeDaysNotifiedAt' | 'oneDayNotifiedAt' | 'dueDayNotifiedAt' | 'overdueNotifiedAt';

// Which column records that an alert fired; "fired once" = an UPDATE guarded by `<column> IS NULL` changed a row.
const NOTIFIED: Record<AlertKind, NotifiedColumn> = {
  [DueSoonThreshold.ThreeWorkingDays]: 'threeDaysNotifiedAt',
  [DueSoonThreshold.OneWorkingDay]: 'oneDayNotifiedAt',
  [DueSoonThreshold.DueDay]: 'dueDayNotifiedAt',
  overdue: 'overdueNotifiedAt',
};

/** What deciding and announcing a clock's alerts reads. */
type AlertClock = Pick<
  DossierClock,
  'dossierId' | 'dossierCode' | 'unitCode' | 'officerId' | 'dueAt' | 'status' | NotifiedColumn
>;

const NO_ALERTS_FIRED = {
  threeDaysNotifiedAt: null,
  oneDayNotifiedAt: null,
  dueDayNotifiedAt: null,
  overdueNotifiedAt: null,
};

/**
 * The SLA clock of each dossier. Every method runs in the caller's transaction, so the clock changes with the
 * routing change that moved it. Alerts (due soon, overdue) are fired by whoever notices them first — the
 * change itself, a BullMQ wake-up or the reconciler — each exactly once per deadline.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly calendar: CalendarService,
    private readonly wakeups: DeadlineWakeups,
    private readonly time: TimeSource,
    @Inject(DEADLINES_CONFIG) private readonly config: DeadlinesConfig,
  ) {}

  /** Starts the clock of a received dossier; a second start of the same dossier changes nothing. */
  async startClock(tx: EntityManager, input: StartClockInput): Promise<void> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO routing.dossier_clocks (dossier_id, dossier_code, procedure_code, sector_code, unit_code,
         officer_id, channel, received_at, due_at, initial_due_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
       ON CONFLICT (dossier_id) DO NOTHING RETURNING dossier_id`,
      [
        input.dossierId,
        input.code,
        input.procedureCode,
        input.sectorCode ?? null,
        input.unitCode,
        input.officerId ?? null,
        input.channel,
        input.receivedAt,
        input.dueAt,
        ClockStatus.Running,
      ],
    );
    if (inserted.length === 0) return;
    // The row just inserted, locked by this transaction: no need to read it back.
    await this.fireAlertsOf(tx, {
      dossierId: input.dossierId,
      dossierCode: input.code,
      unitCode: input.unitCode,
      officerId: input.officerId ?? null,
      dueAt: input.dueAt,
      status: ClockStatus.Running,
      ...NO_ALERTS_FIRED,
    });
  }

  /** The dossier moved to another unit (hand-over) or officer (reassignment); alerts go to them from now. */
  async moveClock(
    tx: EntityManager,
    dossierId: string,
    to: { unitCode: string; officerId?: string },
  ): Promise<void> {
    await this.lockOpenClock(tx, dossierId);
    await tx.update(
      DossierClock,
      { dossierId },
      { unitCode: to.unitCode, officerId: to.officerId ?? null, handedOverAt: this.time.now() },
    );
  }

  /** A supplement was requested: no alert fires until it arrives. */
  async pauseClock(tx: EntityManager, dossierId: string, at: Date): Promise<void> {
    const clock = await this.lockOpenClock(tx, dossierId);
    if (clock.status === ClockStatus.Paused) return;
    await tx.update(
      DossierClock,
      { dossierId },
      { status: ClockStatus.Paused, pausedAt: at, supplementCount: clock.supplementCount + 1 },
    );
  }

  /** The supplement arrived: the clock runs again towards `dueAt` (computed by the caller per the procedure's rule). */
  async resumeClock(tx: EntityManager, dossierId: string, resume: { at: Date; dueAt: Date }): Promise<void> {
    const clock = await this.lockOpenClock(tx, dossierId);
    if (clock.status !== ClockStatus.Paused || clock.pausedAt === null) {
      throw new DeadlineError(DeadlineErrorCode.ClockNotPaused, { dossierId });
    }
    const waitedMs = Math.max(0, resume.at.getTime() - clock.pausedAt.getTime());
    await tx.update(
      DossierClock,
      { dossierId },
      {
        status: ClockStatus.Running,
        pausedAt: null,
        pausedMs: clock.pausedMs + waitedMs,
        dueAt: resume.dueAt,
        ...NO_ALERTS_FIRED,
      },
    );
    await this.fireCrossedAlerts(tx, dossierId);
  }

  /** The return date was reset (form 04): a new deadline, whose alerts fire afresh. */
  async extendClock(tx: EntityManager, dossierId: string, newDueAt: Date): Promise<void> {
    await this.lockOpenClock(tx, dossierId);
    await tx.update(
      DossierClock,
      { dossierId },
      { dueAt: newDueAt, extendedAt: this.time.now(), ...NO_ALERTS_FIRED },
    );
    await this.fireCrossedAlerts(tx, dossierId);
  }

  /**
   * The dossier is resolved (status 9): the clock ends at `resolvedAt`, the moment the work was actually done,
   * which can be neither before the last hand-over nor after `confirmedAt`. Returns how it counts.
   */
  async resolveClock(
    tx: EntityManager,
    dossierId: string,
    resolution: { resolvedAt: Date; confirmedAt: Date },
  ): Promise<Timeliness> {
    const clock = await this.lockOpenClock(tx, dossierId);
    const { resolvedAt, confirmedAt } = resolution;
    const earliest = clock.handedOverAt ?? clock.receivedAt;
    if (resolvedAt.getTime() < earliest.getTime()) {
      throw new DeadlineError(DeadlineErrorCode.ResolutionBeforeHandOver, {
        field: 'resolvedAt',
        earliest: earliest.toISOString(),
      });
    }
    if (resolvedAt.getTime() > confirmedAt.getTime()) {
      throw new DeadlineError(DeadlineErrorCode.ResolutionAfterConfirmation, { field: 'resolvedAt' });
    }
    const timeliness = classifyResolution(clock.dueAt, resolvedAt, clock.supplementCount);
    await tx.update(
      DossierClock,
      { dossierId },
      {
        status: ClockStatus.Resolved,
        pausedAt: null,
        pausedMs: clock.pausedMs + this.pausedUntil(clock, resolvedAt),
        resolvedAt,
        confirmedAt,
        timeliness,
      },
    );
    return timeliness;
  }

  /** Processing stopped (status 8, a withdrawal, or an expired supplement): no more alerts. */
  async stopClock(tx: EntityManager, dossierId: string, at: Date): Promise<void> {
    const clock = await this.lockOpenClock(tx, dossierId);
    await tx.update(
      DossierClock,
      { dossierId },
      {
        status: ClockStatus.Stopped,
        pausedAt: null,
        pausedMs: clock.pausedMs + this.pausedUntil(clock, at),
        stoppedAt: at,
      },
    );
  }

  /** What a wake-up does: fires the alerts the clock has crossed by now, in a transaction of its own. */
  checkClock(dossierId: string): Promise<void> {
    return this.dataSource.transaction((tx) => this.fireCrossedAlerts(tx, dossierId));
  }

  /** Fires the alerts of the dossier's clock that are due by now (see `fireAlertsOf`). */
  async fireCrossedAlerts(tx: EntityManager, dossierId: string): Promise<void> {
    const clock = await tx.findOne(DossierClock, {
      where: { dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (clock) await this.fireAlertsOf(tx, clock);
  }

  /** The alerts of a running clock not fired yet, earliest first. */
  async pendingAlerts(clock: AlertClock): Promise<ScheduledAlert[]> {
    if (clock.dueAt === null) return [];
    const calendar = await this.calendar.getCalendar();
    return scheduleAlerts(calendar, clock.dueAt, this.config.thresholds).filter(
      (alert) => clock[NOTIFIED[alert.kind]] === null,
    );
  }

  /**
   * Fires the alerts of a running clock (locked by the transaction) that are due by now and not yet fired,
   * then asks for a wake-up at the next one if it falls within the reconciler's horizon; a later one is
   * scheduled by the reconciler run that brings it within, so most clocks cost Redis nothing when they start.
   * When several are due at once (a short time limit, a wake-up lost with Redis), only the most urgent is
   * announced and the others are recorded as passed: nobody needs "3 days left" when 1 is.
   */
  private async fireAlertsOf(tx: EntityManager, clock: AlertClock): Promise<void> {
    if (clock.status !== ClockStatus.Running || clock.dueAt === null) return;
    const { dossierId } = clock;
    const now = this.time.now();
    const pending = await this.pendingAlerts(clock);
    const crossed = pending.filter((alert) => alert.at.getTime() <= now.getTime());
    const next = pending.find((alert) => alert.at.getTime() > now.getTime());
    const horizon = now.getTime() + wakeupHorizonMs(this.config.reconcileMs);
    if (next && next.at.getTime() <= horizon) this.wakeups.wakeAt({ dossierId, at: next.at });
    if (crossed.length === 0) return;
    const urgent = crossed[crossed.length - 1];
    const fired = await tx
      .createQueryBuilder()
      .update(DossierClock)
      .set(Object.fromEntries(crossed.map((alert) => [NOTIFIED[alert.kind], now])))
      .where('dossier_id = :dossierId AND status = :status', { dossierId, status: ClockStatus.Running })
      .andWhere(`${snake(NOTIFIED[urgent.kind])} IS NULL`)
      .execute();
    if (fired.affected !== 1) return;
    await this.announce(tx, clock, urgent.kind, now);
  }

  private async announce(tx: EntityManager, clock: AlertClock, kind: AlertKind, now: Date): Promise<void> {
    const common = {
      dossierId: clock.dossierId,
      code: clock.dossierCode,
      unitCode: clock.unitCode,
      ...(clock.officerId ? { officerId: clock.officerId } : {}),
      dueAt: (clock.dueAt as Date).toISOString(),
      firedAt: now.toISOString(),
    };
    if (kind === 'overdue') await this.outbox.publish(tx, DOSSIER_OVERDUE_V1, common);
    else await this.outbox.publish(tx, DOSSIER_DUE_SOON_V1, { ...common, threshold: kind });
  }

  private async lockOpenClock(tx: EntityManager, dossierId: string): Promise<DossierClock> {
    const clock = await tx.findOne(DossierClock, {
      where: { dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!clock) throw new DeadlineError(DeadlineErrorCode.ClockNotFound, { dossierId });
    if (clock.status === ClockStatus.Resolved || clock.status === ClockStatus.Stopped) {
      throw new DeadlineError(DeadlineErrorCode.ClockEnded, { dossierId, status: clock.status });
    }
    return clock;
  }

  private pausedUntil(clock: DossierClock, at: Date): number {
    return clock.pausedAt ? Math.max(0, at.getTime() - clock.pausedAt.getTime()) : 0;
  }
}

function snake(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
