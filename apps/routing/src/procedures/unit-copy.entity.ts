import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Routing's copy of a unit of the directory, from `intake.unit.published.v1`: names for the control slip. */
@Entity({ name: 'units' })
export class UnitCopy {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  shortName: string;

  @Column('timestamptz')
  updatedAt: Date;
}
