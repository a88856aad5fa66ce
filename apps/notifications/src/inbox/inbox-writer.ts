import { Injectable } from '@nestjs/common';
import { INBOX_ITEM_ADDED_V1, Role } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Message } from '../messages/message.entity';
import { NEW_MESSAGE_COLUMNS, newMessagePlaceholders, newMessageValues } from '../messages/message-rows';
import { InboxItem } from './inbox-item.entity';

/** Where an inbox item goes: a user, a unit (optionally only its users with a role), or a role. */
export interface InboxAddress {
  readonly recipient: string;
  readonly userId?: string;
  readonly unitCode?: string;
  readonly role?: Role;
}

/** Puts inbox messages in the inbox and announces them (the gateway pushes them live). */
@Injectable()
export class InboxWriter {
  constructor(private readonly outbox: OutboxService) {}

  /** Puts a message already stored in the inbox. */
  async add(tx: EntityManager, message: Message, address: InboxAddress): Promise<void> {
    const item = itemOf(message, address);
    await tx.query(
      `INSERT INTO notifications.inbox_items (${ITEM_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [item.id, item.messageId, ...itemValues(item)],
    );
    await this.announce(tx, item);
  }

  /**
   * Stores a new inbox message and its item in one statement, then announces it. A message stored before for
   * the same (event, recipient) stores and announces nothing: the event came again.
   */
  async store(tx: EntityManager, message: Message, address: InboxAddress): Promise<void> {
    const item = itemOf(message, address);
    const first = NEW_MESSAGE_COLUMNS.length + 1;
    // Typed: the values of an INSERT … SELECT are not typed by the target columns.
    const itemParams = ['uuid', 'text', 'text', 'uuid', 'text', 'text', 'text', 'boolean', 'timestamptz'].map(
      (type, index) => `$${first + 1 + index}::${type}`,
    );
    const stored: unknown[] = await tx.query(
      `WITH message AS (
         INSERT INTO notifications.messages (${NEW_MESSAGE_COLUMNS.join(', ')}) VALUES ${newMessagePlaceholders(1)}
         ON CONFLICT DO NOTHING RETURNING id
       )
       INSERT INTO notifications.inbox_items (${ITEM_COLUMNS})
       SELECT $${first}::uuid, message.id, ${itemParams.join(', ')} FROM message RETURNING id`,
      [...newMessageValues(message), item.id, ...itemValues(item)],
    );
    if (stored.length > 0) await this.announce(tx, item);
  }

  private async announce(tx: EntityManager, item: InboxItem): Promise<void> {
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

const ITEM_COLUMNS =
  'id, message_id, user_id, unit_code, role, dossier_id, title, body, event_type, is_urgent, created_at';

// The values of ITEM_COLUMNS after id and message_id.
const itemValues = (item: InboxItem): unknown[] => [
  item.userId,
  item.unitCode,
  item.role,
  item.dossierId,
  item.title,
  item.body,
  item.eventType,
  item.isUrgent,
  item.createdAt,
];

function itemOf(message: Message, address: InboxAddress): InboxItem {
  return {
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
}
