import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DONG } from '../money';

/** A counter's cash day: open until the cashier closes it with the cash counted; closed days take no payments. */
@Entity({ name: 'counter_days' })
export class CounterDay {
  @PrimaryColumn('date')
  day: string;

  @PrimaryColumn('integer')
  counterNumber: number;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Column('uuid', { nullable: true })
  closedBy: string | null;

  @Column('text', { nullable: true })
  closedByName: string | null;

  @Column('bigint', { nullable: true, transformer: DONG })
  expectedCashDong: number | null;

  @Column('bigint', { nullable: true, transformer: DONG })
  countedCashDong: number | null;

  @Column('text', { nullable: true })
  note: string | null;
}
