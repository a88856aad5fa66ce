import type { CounterKind } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A counter (quầy) of the Center and the units whose dossiers it receives. */
@Entity({ name: 'counters' })
export class Counter {
  @PrimaryColumn('integer')
  number: number;

  @Column('text')
  name: string;

  @Column('text')
  kind: CounterKind;

  @Column('text', { array: true })
  unitCodes: string[];
}
