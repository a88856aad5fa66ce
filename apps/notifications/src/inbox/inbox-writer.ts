import { Injectable } from '@nestjs/common';
import { INBOX_ITEM_ADDED_V1, Role } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Message } from '../messages/message.entity';
import { InboxItem } from './inbox-item.entity';

/** Where an inbox item goes: a user, a unit (optionally only its users with a role), or a role. */
export interface InboxAddress {
  readonly recipient: string;
  readonly userId?: string;
  readonly unitCode?: string;
  readonly role?: Role;
}

/** Puts a stored inbox message in the inbox and announces it (the gateway pushes it live). */
@Injectable()
export class InboxWriter {
  constructor(private readonly outbox: OutboxService) {}

  async add(tx: EntityManager, message: Message, address: InboxAddress): Promise<void> {
    const item: InboxItem = {
      id: uuidv7(),
      messageId: message.id,
      userId: address.userId ?? null,
      unitCode: address.unitCode ?? null,
      role: address.role ?? null,
      dossierId: message.dossierId,
      title: message.subject ?? '',
      body: message.body,
      eventType: message.eventType,
      isUrgent: message.isUrgent,
      createdAt: message.createdAt,
    };
    await tx.query(
      `INSERT INTO notifications.inbox_items
         (id, message_id, user_id, unit_code, role, dossier_id, title, body, event_type, is_urgent, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        item.id,
        item.messageId,
        item.userId,
        item.unitCode,
        item.role,
        item.dossierId,
        item.title,
        item.body,
        item.eventType,
        item.isUrgent,
        item.createdAt,
      ],
    );
    await this.outbox.publish(tx, INBOX_ITEM_ADDED_V1, {
      itemId: item.id,
      ...(item.userId ? { userId: item.userId } : {}),
      ...(item.unitCode ? { unitCode: item.unitCode } : {}),
      ...(item.role ? { role: item.role } : {}),
      ...(item.dossierId ? { dossierId: item.dossierId } : {}),
      title: item.title,
      body: item.body,
      eventType: item.eventType,
      isUrgent: item.isUrgent,
      createdAt: item.createdAt.toISOString(),
    });
  }
}
