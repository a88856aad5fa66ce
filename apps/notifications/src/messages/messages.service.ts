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
import { NEW_MESSAGE_COLUMNS, newMessagePlaceholders, newMessageValues } from './message-rows';
import { Message } from './message.entity';
import { MessageError, MessageErrorCode } from './messages.errors';
import { NotificationRule, ruleFor } from './notification-rules';
import { OptOut } from './opt-out.entity';

/** A message about to be stored. */
interface Draft {
  readonly channel: MessageChannel;
  readonly audience: MessageAudience;
  readonly recipient: string;
  readonly sendAfter: Date | null;
}

/** Where a citizen message of a dossier goes: the applicant's phone (E.164) and e-mail. */
interface Contact {
  readonly phone: string;
  readonly email: string | null;
}

interface Reception {
  readonly isNew: boolean;
  /** Envelopes of the citizen events that came before the reception, oldest first. */
  readonly waiting: Envelope[];
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

  /**
   * Keeps the applicant's contact for the dossier's later messages, tells them of the reception, then sends
   * the citizen messages of events that came before it (a fee assessed before the reception arrived here).
   */
  async noteReception(tx: EntityManager, event: DossierReceivedV1, cause: Envelope): Promise<void> {
    await lockContact(tx, event.dossierId);
    const reception = await this.keepContact(tx, event);
    // The first copy wins: a reception of a dossier already known uses the contact kept then.
    const contact = reception.isNew
      ? { phone: event.applicant.phone, email: event.applicant.email ?? null }
      : await findContact(tx, event.dossierId);
    await this.notify(tx, cause, contact ?? undefined);
    for (const early of reception.waiting) await this.notifyCitizen(tx, early, contact ?? undefined);
  }

  // One statement keeps the contact and takes the events that waited for it.
  private async keepContact(tx: EntityManager, event: DossierReceivedV1): Promise<Reception> {
    const [row]: { isNew: boolean; waiting: Envelope[] }[] = await tx.query(
      `WITH kept AS (
         INSERT INTO notifications.dossier_contacts (dossier_id, code, full_name, phone, email, received_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING dossier_id
       ), waiting AS (
         DELETE FROM notifications.events_awaiting_contact WHERE dossier_id = $1 RETURNING envelope, received_at
       )
       SELECT EXISTS (SELECT 1 FROM kept) AS "isNew",
              coalesce((SELECT json_agg(envelope ORDER BY received_at) FROM waiting), '[]') AS waiting`,
      [
        event.dossierId,
        event.code,
        event.applicant.fullName,
        event.applicant.phone,
        event.applicant.email ?? null,
        new Date(event.receivedAt),
      ],
    );
    return row;
  }

  /**
   * Stores the messages an event causes, per its rule: one per (event, recipient, channel) however often the
   * event is delivered. Citizen messages wait for delivery; staff inbox items are delivered by being stored.
   */
  async notify<K extends EventKey>(tx: EntityManager, cause: Envelope<K>, contact?: Contact): Promise<void> {
    const rule = ruleFor(cause.type);
    if (!rule) return;
    const params = rule.params(cause.payload, { publicBaseUrl: this.publicBaseUrl });
    for (const audience of rule.audiences(cause.payload)) {
      if (audience === MessageAudience.Citizen) await this.toCitizen(tx, cause, rule, params, contact);
      else await this.toStaff(tx, cause, rule, audience, params);
    }
  }

  // The citizen part of an event that waited for the reception; its staff part was stored when it came.
  private async notifyCitizen(tx: EntityManager, cause: Envelope, contact?: Contact): Promise<void> {
    const rule = ruleFor(cause.type);
    if (!rule) return;
    const params = rule.params(cause.payload, { publicBaseUrl: this.publicBaseUrl });
    await this.toCitizen(tx, cause, rule, params, contact);
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
    known?: Contact,
  ): Promise<void> {
    const dossierId = rule.dossierId(cause.payload);
    if (!dossierId) {
      this.logger.warn(`${cause.type} ${cause.id} names no dossier: no citizen to tell`);
      return;
    }
    const contact = known ?? (await this.contactOrWait(tx, dossierId, cause));
    if (!contact) return;
    if (!rule.isLegalNotice && (await isOptedOut(tx, contact.phone))) {
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
    ].filter((draft) => this.templates.exists(cause.type, draft.channel, draft.audience));
    await this.store(tx, cause, rule, drafts, params, MessageStatus.Queued);
  }

  /**
   * The dossier's contact; null when its reception has not come yet (events of one dossier may arrive out of
   * order): the event is then kept and the reception sends its message. Both take the dossier's lock, so
   * whichever comes second sees the other: the reception finds the kept event, or the event finds the contact.
   */
  private async contactOrWait(
    tx: EntityManager,
    dossierId: string,
    cause: Envelope,
  ): Promise<Contact | null> {
    const contact = await findContact(tx, dossierId);
    if (contact) return contact;
    await lockContact(tx, dossierId);
    const known = await findContact(tx, dossierId);
    if (known) return known;
    await tx.query(
      `INSERT INTO notifications.events_awaiting_contact (event_id, dossier_id, envelope, received_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [cause.id, dossierId, JSON.stringify(cause), new Date()],
    );
    this.logger.log(`${cause.type} ${cause.id} waits for the reception of dossier ${dossierId}`);
    return null;
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
    const [message] = await this.draft(tx, cause, rule, [draft], params, MessageStatus.Delivered);
    await this.inbox.store(tx, message, address);
  }

  // Stored once per (event, recipient, channel): a draft stored before is left out (the event came again).
  private async store<K extends EventKey>(
    tx: EntityManager,
    cause: Envelope<K>,
    rule: NotificationRule<K>,
    drafts: readonly Draft[],
    params: TemplateParams,
    status: MessageStatus,
  ): Promise<void> {
    await insertMessages(tx, await this.draft(tx, cause, rule, drafts, params, status));
  }

  // The messages of the drafts, worded.
  private async draft<K extends EventKey>(
    tx: EntityManager,
    cause: Envelope<K>,
    rule: NotificationRule<K>,
    drafts: readonly Draft[],
    params: TemplateParams,
    status: MessageStatus,
  ): Promise<Message[]> {
    const now = new Date();
    const messages: Message[] = [];
    for (const draft of drafts) {
      const rendered = await this.templates.render(
        tx,
        { eventType: cause.type, channel: draft.channel, audience: draft.audience },
        params,
      );
      messages.push({
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
      });
    }
    return messages;
  }
}

// A reception and an early event of one dossier take turns (see `contactOrWait`).
async function lockContact(tx: EntityManager, dossierId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `notifications.contact:${dossierId}`,
  ]);
}

// One INSERT for all of an event's messages to a recipient.
async function insertMessages(tx: EntityManager, messages: readonly Message[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.query(
    `INSERT INTO notifications.messages (${NEW_MESSAGE_COLUMNS.join(', ')})
     VALUES ${newMessagePlaceholders(messages.length)} ON CONFLICT DO NOTHING`,
    messages.flatMap(newMessageValues),
  );
}

async function findContact(tx: EntityManager, dossierId: string): Promise<Contact | null> {
  const [row]: Contact[] = await tx.query(
    `SELECT phone, email FROM notifications.dossier_contacts WHERE dossier_id = $1`,
    [dossierId],
  );
  return row ?? null;
}

async function isOptedOut(tx: EntityManager, phone: string): Promise<boolean> {
  const rows: unknown[] = await tx.query(`SELECT 1 FROM notifications.opt_outs WHERE phone = $1`, [phone]);
  return rows.length > 0;
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
