import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DossierAssignedV1,
  DossierMessagesV1,
  DossierReceivedV1,
  MessageChannel,
  MessageStatus,
} from '@motcua/contracts';
import type { Envelope } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../config';
import { maskRecipient } from './masking';
import { Message } from './message.entity';
import { assignmentInboxNote, receptionSms } from './templates';

interface Draft {
  readonly dossierId: string;
  readonly channel: MessageChannel;
  readonly recipient: string;
  readonly body: string;
}

@Injectable()
export class MessagesService {
  private readonly publicBaseUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
  ) {
    this.publicBaseUrl = config.get('publicBaseUrl', { infer: true });
  }

  /** The applicant hears that the dossier was received, with its code and a lookup link. */
  async noteReception(tx: EntityManager, cause: Envelope, event: DossierReceivedV1): Promise<void> {
    await this.store(tx, cause, {
      dossierId: event.dossierId,
      channel: MessageChannel.Sms,
      recipient: event.applicant.phone,
      body: receptionSms(event, this.publicBaseUrl),
    });
  }

  /** The unit's staff inbox hears that a dossier is now theirs. */
  async noteAssignment(tx: EntityManager, cause: Envelope, event: DossierAssignedV1): Promise<void> {
    await this.store(tx, cause, {
      dossierId: event.dossierId,
      channel: MessageChannel.Inbox,
      recipient: event.unitCode,
      body: assignmentInboxNote(event),
    });
  }

  async listForDossier(dossierId: string): Promise<DossierMessagesV1> {
    const messages = await this.dataSource
      .getRepository(Message)
      .find({ where: { dossierId }, order: { createdAt: 'ASC' } });
    return {
      items: messages.map((m) => ({
        id: m.id,
        channel: m.channel,
        recipient: maskRecipient(m.channel, m.recipient),
        body: m.body,
        status: m.status,
        eventType: m.eventType,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  }

  // One message per (event, recipient, channel), however often the event arrives.
  private async store(tx: EntityManager, cause: Envelope, draft: Draft): Promise<void> {
    const now = new Date();
    await tx
      .createQueryBuilder()
      .insert()
      .into(Message)
      .values({
        id: uuidv7(),
        ...draft,
        eventId: cause.id,
        eventType: cause.type,
        status: MessageStatus.Queued,
        createdAt: now,
        statusChangedAt: now,
      })
      .orIgnore()
      .execute();
  }
}
