import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One user has read one item (a unit's item is read per user). */
@Entity({ name: 'inbox_reads' })
export class InboxRead {
  @PrimaryColumn('uuid')
  itemId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('timestamptz')
  readAt: Date;
}
