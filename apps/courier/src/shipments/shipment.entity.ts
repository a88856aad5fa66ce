import { ShipmentFailureReason, ShipmentKind, ShipmentStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where the shipment's order with the postal provider stands, once one may exist. */
export enum ProviderOrderState {
  /** The provider took the order and gave the tracking number. */
  Placed = 'placed',
  /** The dossier was withdrawn: the order must be cancelled with the provider. */
  CancelPending = 'cancel_pending',
  /** The provider confirmed the cancellation (or never had the order). */
  Cancelled = 'cancelled',
}

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

  /** Null for a shipment never ordered from the provider (numbered by courier or typed at the desk). */
  @Column('text', { nullable: true })
  orderState: ProviderOrderState | null;

  /** When the managers were told the provider did not take the order: they are told once. */
  @Column('timestamptz', { nullable: true })
  orderStalledAt: Date | null;

  /** Time of the latest applied tracking event: an older one never changes the state. */
  @Column('timestamptz', { nullable: true })
  lastEventAt: Date | null;
}
