import { ShipmentFailureReason } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Something that went wrong with paper on the way: a seal, a loss, a failed delivery, an unknown item. */
export enum IncidentKind {
  SealMismatch = 'seal_mismatch',
  SealBroken = 'seal_broken',
  Undeliverable = 'undeliverable',
  Returned = 'returned',
  Lost = 'lost',
  Damaged = 'damaged',
  UnknownTrackingNumber = 'unknown_tracking_number',
}

/** The incident a failed shipment records. */
export const INCIDENT_OF_FAILURE: Record<ShipmentFailureReason, IncidentKind> = {
  [ShipmentFailureReason.Undeliverable]: IncidentKind.Undeliverable,
  [ShipmentFailureReason.Returned]: IncidentKind.Returned,
  [ShipmentFailureReason.Lost]: IncidentKind.Lost,
  [ShipmentFailureReason.Damaged]: IncidentKind.Damaged,
  [ShipmentFailureReason.SealMismatch]: IncidentKind.SealMismatch,
  [ShipmentFailureReason.SealBroken]: IncidentKind.SealBroken,
};

@Entity({ name: 'incidents' })
export class Incident {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: IncidentKind;

  @Column('uuid', { nullable: true })
  shipmentId: string | null;

  @Column('uuid', { nullable: true })
  packageId: string | null;

  @Column('text', { nullable: true })
  trackingNumber: string | null;

  @Column('text', { nullable: true })
  sealNumber: string | null;

  @Column('text')
  detail: string;

  @Column('timestamptz')
  occurredAt: Date;
}
