import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A citizen who asked for legal notices only. */
@Entity({ name: 'opt_outs' })
export class OptOut {
  /** E.164. */
  @PrimaryColumn('text')
  phone: string;

  @Column('timestamptz')
  optedOutAt: Date;
}
