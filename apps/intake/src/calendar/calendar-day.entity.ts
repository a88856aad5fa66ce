import type { SpecialDayKind } from '@motcua/calendar';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day that breaks the weekly pattern: holiday, compensatory or swapped day, with its legal basis. */
@Entity({ name: 'calendar_days' })
export class CalendarDay {
  @PrimaryColumn('date')
  date: string;

  @Column('text')
  kind: SpecialDayKind;

  @Column('text')
  name: string;

  @Column('text')
  legalBasis: string;
}
