import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PickupStatus {
  Packing = 'packing',
  HandedOver = 'handed_over',
}

/** The post's visit to a unit at one of the day's pickup times: what leaves together, under one record. */
@Entity({ name: 'pickups' })
export class Pickup {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  originUnitCode: string;

  @Column('timestamptz')
  slotAt: Date;

  @Column('text')
  status: PickupStatus;

  @Column('timestamptz')
  createdAt: Date;

  @Column('uuid')
  createdBy: string;

  @Column('text', { nullable: true })
  givenByName: string | null;

  @Column('text', { nullable: true })
  takenByName: string | null;

  @Column('timestamptz', { nullable: true })
  handedOverAt: Date | null;
}
