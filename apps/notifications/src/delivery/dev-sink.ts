import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MessageChannel } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
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
}
