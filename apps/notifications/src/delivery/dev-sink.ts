import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MessageChannel, SinkMessagesV1 } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { maskRecipient } from '../messages/masking';
import { Accepted, Outgoing } from './delivery-errors';
import { SinkMessage } from './sink-message.entity';

/** Stands in for the SMS provider and the mail server on a development or demo system: stores what would go out. */
@Injectable()
export class DevSink {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async store(channel: MessageChannel, message: Outgoing): Promise<Accepted> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SinkMessage)
      .values({
        id: uuidv7(),
        messageId: message.messageId,
        channel,
        recipient: message.recipient,
        subject: message.subject,
        body: message.body,
        storedAt: new Date(),
      })
      .orIgnore()
      .execute();
    return { provider: 'sink', providerMessageId: null, isDelivered: true };
  }

  /** What it stored, newest first, recipients masked: the demo's outgoing SMS and e-mail. */
  async listStored(limit: number): Promise<SinkMessagesV1> {
    const rows = await this.dataSource
      .getRepository(SinkMessage)
      .find({ order: { storedAt: 'DESC', id: 'DESC' }, take: limit });
    return {
      items: rows.map((row) => ({
        messageId: row.messageId,
        channel: row.channel,
        recipient: maskRecipient(row.channel, row.recipient),
        ...(row.subject ? { subject: row.subject } : {}),
        body: row.body,
        storedAt: row.storedAt.toISOString(),
      })),
    };
  }
}
