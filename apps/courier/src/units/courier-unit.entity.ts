import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Courier's copy of a unit of intake's directory (from `intake.unit.published.v1`). */
@Entity({ name: 'units' })
export class CourierUnit {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  shortName: string;

  @Column('text')
  kind: string;

  @Column('timestamptz')
  updatedAt: Date;
}
