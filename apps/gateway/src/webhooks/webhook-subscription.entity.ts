import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department system's endpoint for the events of its unit's dossiers. */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscription {
  @PrimaryColumn('uuid')
  id: string;

  /** The API client that subscribed (its id, not its client id). */
  @Column('uuid')
  clientId: string;

  @Column('text')
  unitCode: string;

  @Column('text')
  url: string;

  /** Shared with the department once, at creation, to check the HMAC signature. Never logged. */
  @Column('text')
  secret: string;

  @Column('text', { array: true })
  eventTypes: string[];

  @Column('boolean')
  isActive: boolean;

  @Column('timestamptz')
  createdAt: Date;
}
