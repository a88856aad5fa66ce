import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DossierMessagesV1,
  DossierReceivedV1,
  EventKey,
  MessageAudience,
  MessageChannel,
  MessageStatus,
  MessageV1,
  OptOutV1,
  Role,
  SetOptOutV1,
  toE164,
} from '@motcua/contracts';
import type { Envelope } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig, DeliveryConfig } from '../config';
import { quietHoursEnd } from '../delivery/quiet-hours';
import { InboxAddress, InboxWriter } from '../inbox/inbox-writer';
import { TemplatesService } from '../templates/templates.service';
import type { TemplateParams } from '../templates/template-text';
import { DossierContact } from './dossier-contact.entity';
import { maskRecipient } from './masking';
import { Message } from './message.entity';
import { ContactNotYetKnownError, MessageError, MessageErrorCode } from './messages.errors';
import { NotificationRule, ruleFor } from './notification-rules';
import { OptOut } from './opt-out.entity';

/** A message about to be stored. */
interface Draft {
  readonly channel: MessageChannel;
  readonly audience: MessageAudience;
  readonly recipient: string;
  readonly sendAfter: Date | null;
}

@Injectable()
export class MessagesService {
  private readonly logger = new Logger(MessagesService.name);
  private readonly publicBaseUrl: string;
  private readonly delivery: DeliveryConfig;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
    private readonly templates: TemplatesService,
    private readonly inbox: InboxWriter,
  ) {
    this.publicBaseUrl = config.get('publicBaseUrl', { infer: true });
    this.delivery = config.get('delivery', { infer: true });
  }

  /** Keeps the applicant's contact for the dossier's later messages, then tells them of the reception. */
  async noteReception(tx: EntityManager, event: DossierReceivedV1, cause: Envelope): Promise<void> {
    await this.keepContact(tx, event);
    await this.notify(tx, cause);
  }

  // The first copy wins: a redelivered reception changes nothing.
  private async keepContact(tx: EntityManager, event: DossierReceivedV1): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(DossierContact)
      .values({
        dossierId: event.dossierId,
        code: event.code,
        fullName: event.applicant.fullName,
        phone: event.applicant.phone,
        email: event.applicant.email ?? null,
        receivedAt: new Date(event.receivedAt),
      })
      .orIgnore()
      .execute();
  }

  /**
   * Stores the messages an event causes, per its rule: one per (event, recipient, channel) however often the
   * event is delivered. Citizen messages wait for delivery; staff inbox items are delivered by being stored.
   */
  async notify<K extends EventKey>(tx: EntityManager, cause: Envelope<K>): Promise<void> {
    const rule = ruleFor(cause.type);
    if (!rule) return;
    const params = rule.params(cause.payload, { publicBaseUrl: this.publicBaseUrl });
    for (const audience of rule.audiences(cause.payload)) {
      if (audience === MessageAudience.Citizen) await this.toCitizen(tx, cause, rule, params);
      else await this.toStaff(tx, cause, rule, audience, params);
    }
  }

  async listForDossier(dossierId: string): Promise<DossierMessagesV1> {
    const messages = await this.dataSource
      .getRepository(Message)
      .find({ where: { dossierId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: messages.map(toMessageDto) };
  }

  /** A citizen proves the dossier with its code and phone, then stops or resumes non-legal messages. */
  async setOptOut(request: SetOptOutV1): Promise<OptOutV1> {
    const phone = toE164(request.phone);
    const contact = await this.dataSource.getRepository(DossierContact).findOneBy({ code: request.code });
    if (!contact || contact.phone !== phone) {
      throw new MessageError(
        MessageErrorCode.DossierNotFound,
        'Không tìm thấy hồ sơ với mã và số điện thoại này',
        {
          code: request.code,
        },
      );
    }
    if (request.optOut) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(OptOut)
        .values({ phone, optedOutAt: new Date() })
        .orIgnore()
        .execute();
    } else {
      await this.dataSource.getRepository(OptOut).delete({ phone });
    }
    return { optOut: request.optOut };
  }

  private async toCitizen<K extends EventKey>(
    tx: EntityManager,
    cause: Envelope<K>,
    rule: NotificationRule<K>,
    params: TemplateParams,
  ): Promise<void> {
    const dossierId = rule.dossierId(cause.payload);
    const contact = dossierId ? await tx.getRepository(DossierContact).findOneBy({ dossierId }) : null;
    if (!contact) throw new ContactNotYetKnownError(dossierId ?? 'unknown');
    if (!rule.isLegalNotice && (await tx.getRepository(OptOut).existsBy({ phone: contact.phone }))) {
      this.logger.debug(`${cause.type} for dossier ${dossierId}: applicant opted out`);
      return;
    }
    const isUrgent = rule.isUrgent(cause.payload);
    const sendAfter = isUrgent ? null : quietHoursEnd(new Date(), this.delivery.quietHours);
    const drafts: Draft[] = [
      { channel: MessageChannel.Sms, audience: MessageAudience.Citizen, recipient: contact.phone, sendAfter },
      ...(contact.email
        ? [
            {
              channel: MessageChannel.Email,
              audience: MessageAudience.Citizen,
              recipient: contact.email,
              sendAfter: null,
            },
          ]
        : []),
    ];
    for (const draft of drafts) {
      if (!this.templates.exists(cause.type, draft.channel, draft.audience)) continue;
      await this.store(tx, cause, rule, draft, params, MessageStatus.Queued);
    }
  }

  private async toStaff<K extends EventKey>(
    tx: EntityManager,
    cause: Envelope<K>,
    rule: NotificationRule<K>,
    audience: MessageAudience,
    params: TemplateParams,
  ): Promise<void> {
    const address = inboxAddress(audience, rule.staff(cause.payload));
    if (!address) return;
    const draft: Draft = {
      channel: MessageChannel.Inbox,
      audience,
      recipient: address.recipient,
      sendAfter: null,
    };
    const message = await this.store(tx, cause, rule, draft, params, MessageStatus.Delivered);
    if (message) await this.inbox.add(tx, message, address);
  }

  // Null when this (event, recipient, channel) was stored before: the event came again.
  private async store<K extends EventKey>(
    tx: EntityManager,
    cause: Envelope<K>,
    rule: NotificationRule<K>,
    draft: Draft,
    params: TemplateParams,
    status: MessageStatus,
  ): Promise<Message | null> {
    const rendered = await this.templates.render(
      tx,
      { eventType: cause.type, channel: draft.channel, audience: draft.audience },
      params,
    );
    const now = new Date();
    const message: Message = {
      id: uuidv7(),
      dossierId: rule.dossierId(cause.payload) ?? null,
      eventId: cause.id,
      eventType: cause.type,
      channel: draft.channel,
      audience: draft.audience,
      recipient: draft.recipient,
      subject: rendered.subject,
      body: rendered.body,
      status,
      isLegalNotice: rule.isLegalNotice,
      isUrgent: rule.isUrgent(cause.payload),
      templateVersion: rendered.templateVersion,
      attempts: 0,
      provider: null,
      providerMessageId: null,
      failureReason: null,
      sendAfter: draft.sendAfter,
      createdAt: now,
      statusChangedAt: now,
      sentAt: null,
      deliveredAt: status === MessageStatus.Delivered ? now : null,
      failedAt: null,
    };
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(Message)
      .values(message)
      .orIgnore()
      .returning('id')
      .execute();
    return result.raw.length > 0 ? message : null;
  }
}

/** The inbox an audience of a staff event means; null when the event names nobody for it. */
export function inboxAddress(
  audience: MessageAudience,
  staff: { userId?: string; unitCode?: string },
): InboxAddress | null {
  switch (audience) {
    case MessageAudience.Officer:
      return staff.userId ? { recipient: staff.userId, userId: staff.userId } : null;
    case MessageAudience.Unit:
      return staff.unitCode ? { recipient: staff.unitCode, unitCode: staff.unitCode } : null;
    case MessageAudience.UnitLead:
      return staff.unitCode
        ? { recipient: `${staff.unitCode}#${Role.UnitLead}`, unitCode: staff.unitCode, role: Role.UnitLead }
        : null;
    case MessageAudience.Manager:
      return { recipient: `#${Role.Manager}`, role: Role.Manager };
    case MessageAudience.Admin:
      return { recipient: `#${Role.Admin}`, role: Role.Admin };
    case MessageAudience.Citizen:
      return null;
  }
}

const optionalTime = (name: string, date: Date | null) => (date ? { [name]: date.toISOString() } : {});

export function toMessageDto(m: Message): MessageV1 {
  return {
    id: m.id,
    channel: m.channel,
    audience: m.audience,
    recipient: maskRecipient(m.channel, m.recipient),
    body: m.body,
    status: m.status,
    eventType: m.eventType,
    createdAt: m.createdAt.toISOString(),
    statusChangedAt: m.statusChangedAt.toISOString(),
    attempts: m.attempts,
    ...optionalTime('sendAfter', m.sendAfter),
    ...optionalTime('sentAt', m.sentAt),
    ...optionalTime('deliveredAt', m.deliveredAt),
    ...optionalTime('failedAt', m.failedAt),
    ...(m.failureReason ? { failureReason: m.failureReason } : {}),
    ...(m.provider ? { provider: m.provider } : {}),
  };
}
