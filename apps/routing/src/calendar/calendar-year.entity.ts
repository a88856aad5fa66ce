import type { CalendarYearV1 } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Routing's copy of one year of the Center's working calendar, as intake last announced it. */
@Entity({ name: 'calendar_years' })
export class CalendarYear {
  @PrimaryColumn('integer')
  year: number;

  @Column('jsonb')
  calendar: CalendarYearV1;

  @Column('timestamptz')
  changedAt: Date;
}
