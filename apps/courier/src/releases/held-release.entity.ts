import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The release of a unit's held shipments is due: its contact point was named and some are still held. The
 * row goes in the transaction that releases the last of them, or when the unit's contact points are removed.
 */
@Entity({ name: 'held_releases' })
export class HeldRelease {
  @PrimaryColumn('text')
  unitCode: string;

  /** When the latest naming of a contact point asked for the release. */
  @Column('timestamptz')
  requestedAt: Date;

  @Column('uuid')
  requestedBy: string;
}
