import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SpecialDay, WorkingCalendar, createWorkingCalendar, defaultCenterCalendar } from '@motcua/calendar';
import { CalendarChangedV1 } from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarYear } from './calendar-year.entity';

// Calendar edits are rare and never move a due date already set, so a replica may use a copy up to this old.
const CACHE_MS = 30_000;

/**
 * Routing's copy of the Center's working calendar, fed by `intake.calendar.changed.v1`. Years intake never
 * announced keep the official schedule of libs/calendar (2025 and 2026), so a fresh system still skips the
 * holidays before intake's first announcement arrives.
 */
@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; loadedAt: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getCalendar(): Promise<WorkingCalendar> {
    if (this.cached && Date.now() - this.cached.loadedAt < CACHE_MS) return this.cached.calendar;
    const years = await this.dataSource.getRepository(CalendarYear).find({ order: { changedAt: 'ASC' } });
    const calendar = mergeCalendar(years);
    this.cached = { calendar, loadedAt: Date.now() };
    return calendar;
  }

  /** Keeps the announced year unless the copy already holds a later announcement of it. */
  async replaceYear(tx: EntityManager, change: CalendarChangedV1): Promise<void> {
    await tx.query(
      `INSERT INTO routing.calendar_years (year, calendar, changed_at) VALUES ($1, $2, $3)
       ON CONFLICT (year) DO UPDATE SET calendar = excluded.calendar, changed_at = excluded.changed_at
       WHERE routing.calendar_years.changed_at < excluded.changed_at`,
      [change.calendar.year, JSON.stringify(change.calendar), change.changedAt],
    );
    this.cached = null;
  }
}

/** The calendar from the announced years (the weekly pattern of the latest), official days for the others. */
export function mergeCalendar(years: readonly CalendarYear[]): WorkingCalendar {
  const official = defaultCenterCalendar();
  if (years.length === 0) return official;
  const announced = new Set(years.map((row) => row.year));
  const latest = years.reduce((a, b) => (a.changedAt.getTime() >= b.changedAt.getTime() ? a : b)).calendar;
  const specialDays: SpecialDay[] = [
    ...official.specialDays.filter((day) => !announced.has(Number(day.date.slice(0, 4)))),
    ...years.flatMap((row) => row.calendar.days),
  ];
  return createWorkingCalendar({
    workingHours: latest.workingHours,
    weekendDays: latest.weekendDays as WorkingCalendar['weekendDays'],
    saturdayMorningService: latest.saturdayMorningService,
    specialDays,
  });
}
