import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CalendarError as WorkingCalendarError,
  Deadline,
  WorkingCalendar,
  createWorkingCalendar,
  dueAt,
  effectiveReception,
  vietnamDay,
} from '@motcua/calendar';
import {
  AppError,
  CALENDAR_CHANGED_V1,
  CalendarDayV1,
  CalendarYearV1,
  CommonErrorCode,
  DueDateV1,
  ErrorKind,
  FieldError,
  summariseFieldErrors,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { Between, DataSource, EntityManager, Not, Repository } from 'typeorm';
import { CalendarDay } from './calendar-day.entity';
import { CalendarSettings } from './calendar-settings.entity';
import { toCalendarAppError } from './calendar.errors';

// Calendar edits are rare and never move a due date already promised (it is stored with the dossier), so a
// replica may use a calendar up to this old.
const CACHE_MS = 30_000;

@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; loadedAt: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

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

  getYear(year: number): Promise<CalendarYearV1> {
    return this.yearIn(
      this.dataSource.getRepository(CalendarSettings),
      this.dataSource.getRepository(CalendarDay),
      year,
    );
  }

  private async yearIn(
    settingsRepository: Repository<CalendarSettings>,
    daysRepository: Repository<CalendarDay>,
    year: number,
  ): Promise<CalendarYearV1> {
    const settings = await settingsRepository.findOneByOrFail({ id: 1 });
    const days = await daysRepository.find({
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

  /**
   * Replaces the special days of one year (admin). Checked as a whole calendar before anything is written;
   * due dates already promised are stored with their dossiers and do not move. Other replicas see the change
   * within the cache time.
   */
  async replaceYear(year: number, days: CalendarDayV1[]): Promise<CalendarYearV1> {
    const problems: FieldError[] = days.flatMap((day, i) =>
      day.date.startsWith(`${year}-`)
        ? []
        : [
            {
              field: `days.${i}.date`,
              constraint: 'inYear',
              message: `Ngày ${day.date} không thuộc năm ${year}`,
            },
          ],
    );
    if (problems.length === 0) problems.push(...(await this.calendarProblems(year, days)));
    if (problems.length > 0) {
      throw new AppError(
        CommonErrorCode.ValidationFailed,
        ErrorKind.Invalid,
        summariseFieldErrors(problems),
        problems,
      );
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.delete(CalendarDay, { date: Between(`${year}-01-01`, `${year}-12-31`) });
      if (days.length > 0)
        await tx.insert(
          CalendarDay,
          days.map(({ date, kind, name, legalBasis }) => ({ date, kind, name, legalBasis })),
        );
      const calendar = await this.yearIn(
        tx.getRepository(CalendarSettings),
        tx.getRepository(CalendarDay),
        year,
      );
      await this.outbox.publish(tx, CALENDAR_CHANGED_V1, { calendar, changedAt: new Date().toISOString() });
    });
    this.cached = null;
    return this.getYear(year);
  }

  /** Announces every year the calendar holds days for, and the current one; returns how many. */
  async announceAllYears(tx: EntityManager): Promise<number> {
    const rows: { year: number }[] = await tx.query(
      'SELECT DISTINCT extract(year FROM date)::int AS year FROM intake.calendar_days',
    );
    const now = new Date();
    const years = [...new Set([...rows.map((row) => row.year), Number(vietnamDay(now).slice(0, 4))])].sort();
    const changedAt = now.toISOString();
    for (const year of years) {
      const calendar = await this.yearIn(
        tx.getRepository(CalendarSettings),
        tx.getRepository(CalendarDay),
        year,
      );
      await this.outbox.publish(tx, CALENDAR_CHANGED_V1, { calendar, changedAt });
    }
    return years.length;
  }

  // The year's new days together with every other year's, as the calendar library would take them.
  private async calendarProblems(year: number, days: CalendarDayV1[]): Promise<FieldError[]> {
    const settings = await this.dataSource.getRepository(CalendarSettings).findOneByOrFail({ id: 1 });
    const others = await this.dataSource.getRepository(CalendarDay).find({
      where: { date: Not(Between(`${year}-01-01`, `${year}-12-31`)) },
    });
    try {
      createWorkingCalendar({
        workingHours: settings.workingHours,
        weekendDays: settings.weekendDays,
        saturdayMorningService: settings.saturdayMorningService,
        specialDays: [
          ...days,
          ...others.map(({ date, kind, name, legalBasis }) => ({ date, kind, name, legalBasis })),
        ],
      });
      return [];
    } catch (error) {
      if (!(error instanceof WorkingCalendarError)) throw error;
      return error.issues.map((issue) => ({
        field: issue.path.replace(/^specialDays\[(\d+)\]/, 'days.$1'),
        constraint: issue.problem,
        message: issue.message,
      }));
    }
  }
}
