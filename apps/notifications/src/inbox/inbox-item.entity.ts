import { Role } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An item of the staff inbox, addressed to one user, a unit (all its staff, or only those with `role`), or
 * everyone with `role`. Who the staff are is the gateway's business: it asks with the user's id, unit and roles.
 */
@Entity({ name: 'inbox_items' })
export class InboxItem {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { unique: true })
  messageId: string;

  @Column('uuid', { nullable: true })
  userId: string | null;

  @Column('text', { nullable: true })
  unitCode: string | null;

  @Column('text', { nullable: true })
  role: Role | null;

  @Column('uuid', { nullable: true })
  dossierId: string | null;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('text')
  eventType: string;

  @Column('boolean')
  isUrgent: boolean;

  @Column('timestamptz')
  createdAt: Date;
}
