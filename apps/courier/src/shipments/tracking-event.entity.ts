import { TrackingStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where tracking news came from: the provider (callback or polling) or a hand-over at a desk. */
export enum TrackingSource {
  Webhook = 'webhook',
  Poll = 'poll',
  HandOver = 'hand_over',
  Receipt = 'receipt',
}

/** Everything heard about a shipment, applied or not; events for unknown tracking numbers are kept too. */
@Entity({ name: 'tracking_events' })
export class TrackingEvent {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  shipmentId: string | null;

  @Column('text')
  trackingNumber: string;

  /** The provider's event id; unique, so a second delivery is ignored. */
  @Column('text', { nullable: true })
  providerEventId: string | null;

  @Column('text')
  status: TrackingStatus;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('timestamptz')
  recordedAt: Date;

  @Column('text')
  source: TrackingSource;

  @Column('boolean')
  applied: boolean;

  @Column('text', { nullable: true })
  location: string | null;

  @Column('text', { nullable: true })
  note: string | null;
}
