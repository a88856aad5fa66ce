import { ShipmentFailureReason, ShipmentKind, ShipmentStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A postal item (bưu gửi) carrying one or more dossiers or results, with its tracking number. */
@Entity({ name: 'shipments' })
export class Shipment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: ShipmentKind;

  @Column('text')
  status: ShipmentStatus;

  /** Null while the postal provider has not taken the order (`awaiting_order`). */
  @Column('text', { nullable: true })
  trackingNumber: string | null;

  @Column('text', { nullable: true })
  originUnitCode: string | null;

  @Column('text', { nullable: true })
  destinationUnitCode: string | null;

  @Column('text', { nullable: true })
  recipientName: string | null;

  @Column('text', { nullable: true })
  recipientPhone: string | null;

  @Column('text', { nullable: true })
  recipientAddress: string | null;

  /** `<kind>:<dossier id>` for shipments made from events: one journey of each kind per dossier. */
  @Column('text', { nullable: true })
  dedupeKey: string | null;

  @Column('uuid', { nullable: true })
  packageId: string | null;

  @Column('text', { nullable: true })
  failureReason: ShipmentFailureReason | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { nullable: true })
  pickedUpAt: Date | null;

  @Column('timestamptz', { nullable: true })
  deliveredAt: Date | null;

  /** Time of the latest applied tracking event: an older one never changes the state. */
  @Column('timestamptz', { nullable: true })
  lastEventAt: Date | null;
}
