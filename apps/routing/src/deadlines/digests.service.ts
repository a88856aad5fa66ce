import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { atVietnamTime, isWorkingDay, vietnamDay } from '@motcua/calendar';
import { DUE_DIGEST_COMPILED_V1, DigestItemV1 } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { TimeSource } from './time-source';

/** Digests go out from this local time on working days. */
export const DIGEST_TIME = '07:00';
/** A digest lists the dossiers due within this many working days (overdue ones included). */
export const DIGEST_WORKING_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

interface OpenClock {
  dossier_id: string;
  dossier_code: string;
  unit_code: string;
  officer_id: string | null;
  due_at: Date;
  status: string;
}

/**
 * The morning digest per unit lead (the whole unit) and per officer (their dossiers): what is unresolved and due
 * within three working days. Compiled once per recipient and working day — a `digest_runs` row guards it — by
 * whoever asks first after 07:00 (the reconciler asks on every pass).
 */
@Injectable()
export class DigestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly calendar: CalendarService,
    private readonly time: TimeSource,
  ) {}

  /** Compiles today's digests not compiled yet; returns how many went out. */
  async compileDigests(): Promise<number> {
    const now = this.time.now();
    const day = vietnamDay(now);
    const calendar = await this.calendar.getCalendar();
    if (!isWorkingDay(calendar, day) || now.getTime() < atVietnamTime(day, DIGEST_TIME).getTime()) return 0;
    let boundary = atVietnamTime(day);
    for (let counted = 0; counted < DIGEST_WORKING_DAYS;) {
      boundary = new Date(boundary.getTime() + DAY_MS);
      if (isWorkingDay(calendar, vietnamDay(boundary))) counted += 1;
    }
    const dueBefore = new Date(boundary.getTime() + DAY_MS);
    return this.dataSource.transaction(async (tx) => {
      const clocks: OpenClock[] = await tx.query(
        `SELECT dossier_id, dossier_code, unit_code, officer_id, due_at, status FROM routing.dossier_clocks
         WHERE status IN ('running', 'paused') AND due_at < $1 ORDER BY due_at, dossier_id`,
        [dueBefore],
      );
      let compiled = 0;
      for (const [recipient, items] of byRecipient(clocks)) {
        const [unitCode, officerKey] = recipient.split('|');
        const claimed: unknown[] = await tx.query(
          `INSERT INTO routing.digest_runs (day, unit_code, officer_key, compiled_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING day`,
          [day, unitCode, officerKey, now],
        );
        if (claimed.length === 0) continue;
        await this.outbox.publish(tx, DUE_DIGEST_COMPILED_V1, {
          unitCode,
          ...(officerKey ? { officerId: officerKey } : {}),
          day,
          items: items.map((clock) => toItem(clock, now)),
          compiledAt: now.toISOString(),
        });
        compiled += 1;
      }
      return compiled;
    });
  }
}

// `<unit>|` for the unit lead's digest, `<unit>|<officer>` for an officer's.
function byRecipient(clocks: readonly OpenClock[]): Map<string, OpenClock[]> {
  const recipients = new Map<string, OpenClock[]>();
  const add = (key: string, clock: OpenClock) => recipients.set(key, [...(recipients.get(key) ?? []), clock]);
  for (const clock of clocks) {
    add(`${clock.unit_code}|`, clock);
    if (clock.officer_id) add(`${clock.unit_code}|${clock.officer_id}`, clock);
  }
  return recipients;
}

function toItem(clock: OpenClock, now: Date): DigestItemV1 {
  return {
    dossierId: clock.dossier_id,
    code: clock.dossier_code,
    dueAt: clock.due_at.toISOString(),
    isOverdue: clock.due_at.getTime() < now.getTime(),
    isAwaitingSupplement: clock.status === 'paused',
  };
}
