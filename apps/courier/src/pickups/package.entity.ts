import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PackageStatus {
  Packing = 'packing',
  Sealed = 'sealed',
  InTransit = 'in_transit',
  Received = 'received',
  Incident = 'incident',
}

/** A sealed bag of one pickup for one destination (or one citizen's address). */
@Entity({ name: 'packages' })
export class Package {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  pickupId: string;

  /** Null for a package to a citizen's address. */
  @Column('text', { nullable: true })
  destinationUnitCode: string | null;

  @Column('text')
  status: PackageStatus;

  @Column('text', { nullable: true })
  sealNumber: string | null;

  @Column('timestamptz', { nullable: true })
  sealedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  receivedAt: Date | null;

  @Column('text', { nullable: true })
  receivedByName: string | null;

  @Column('text', { nullable: true })
  givenByName: string | null;

  @Column('text', { nullable: true })
  incident: string | null;
}
