import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Deadline,
  WorkingCalendar,
  createWorkingCalendar,
  dueAt,
  effectiveReception,
} from '@motcua/calendar';
import { CalendarYearV1, DueDateV1 } from '@motcua/contracts';
import { Between, DataSource } from 'typeorm';
import { CalendarDay } from './calendar-day.entity';
import { CalendarSettings } from './calendar-settings.entity';
import { toCalendarAppError } from './calendar.errors';

// Calendar edits are rare and never move a due date already promised (it is stored with the dossier), so a
// replica may use a calendar up to this old.
const CACHE_MS = 30_000;

@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; loadedAt: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getCalendar(): Promise<WorkingCalendar> {
    if (this.cached && Date.now() - this.cached.loadedAt < CACHE_MS) return this.cached.calendar;
    const settings = await this.dataSource.getRepository(CalendarSettings).findOneByOrFail({ id: 1 });
    const days = await this.dataSource.getRepository(CalendarDay).find({ order: { date: 'ASC' } });
    const calendar = createWorkingCalendar({
      workingHours: settings.workingHours,
      weekendDays: settings.weekendDays,
      saturdayMorningService: settings.saturdayMorningService,
      specialDays: days.map(({ date, kind, name, legalBasis }) => ({ date, kind, name, legalBasis })),
    });
    this.cached = { calendar, loadedAt: Date.now() };
    return calendar;
  }

  /** When a time limit from `from` runs out, and when its clock actually starts. */
  async computeDueDate(from: Date, deadline: Deadline): Promise<{ countedFrom: Date; dueAt: Date }> {
    const calendar = await this.getCalendar();
    try {
      return {
        countedFrom: effectiveReception(calendar, from, { cutoff: deadline.cutoff ?? null }),
        dueAt: dueAt(calendar, from, deadline),
      };
    } catch (error) {
      throw toCalendarAppError(error);
    }
  }

  async previewDueDate(from: string, deadline: Deadline): Promise<DueDateV1> {
    const result = await this.computeDueDate(new Date(from), deadline);
    return { countedFrom: result.countedFrom.toISOString(), dueAt: result.dueAt.toISOString() };
  }

  async getYear(year: number): Promise<CalendarYearV1> {
    const settings = await this.dataSource.getRepository(CalendarSettings).findOneByOrFail({ id: 1 });
    const days = await this.dataSource.getRepository(CalendarDay).find({
      where: { date: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { date: 'ASC' },
    });
    return {
      year,
      workingHours: settings.workingHours,
      weekendDays: settings.weekendDays,
      saturdayMorningService: settings.saturdayMorningService,
      days: days.map(({ date, kind, name, legalBasis }) => ({ date, kind, name, legalBasis })),
    };
  }
}
