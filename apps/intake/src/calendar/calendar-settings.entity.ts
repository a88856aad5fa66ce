import type { Weekday, WorkingInterval } from '@motcua/calendar';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The Center's weekly pattern (one row). */
@Entity({ name: 'calendar_settings' })
export class CalendarSettings {
  @PrimaryColumn('smallint')
  id: number;

  @Column('jsonb')
  workingHours: WorkingInterval[];

  @Column('text', { array: true })
  weekendDays: Weekday[];

  @Column('boolean')
  saturdayMorningService: boolean;

  @Column('timestamptz')
  updatedAt: Date;
}
