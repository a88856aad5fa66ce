import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { MessageAudience, MessageChannel, MessageStatus } from '@motcua/contracts';
import type { ArrivedDeadLetter } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig, DeadLetterAlertsConfig } from '../config';
import { InboxWriter } from '../inbox/inbox-writer';
import { Message } from '../messages/message.entity';
import { inboxAddress } from '../messages/messages.service';
import { DEAD_LETTER_ALERT_TYPE, UnalertedLetter, deadLetterAlert } from './dead-letter-alert';

interface UnalertedRow {
  id: string;
  service: string;
  message_key: string;
  event_type: string;
  reason: string;
  detail: string | null;
  dead_at: Date | null;
  received_at: Date;
}

/**
 * Tells administrators of dead letters: each letter once per (service, message), however often its copy
 * arrives; a service's first letter at once, and the ones that follow within the window as one digest when
 * the window is over. Postgres holds the letters and each service's last alert, so nothing waits in memory.
 */
@Injectable()
export class DeadLetterAlertsService {
  private readonly settings: DeadLetterAlertsConfig;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
    private readonly inbox: InboxWriter,
  ) {
    this.settings = config.get('deadLetterAlerts', { infer: true });
  }

  /** Records a dead letter and alerts now if its service's window allows; a copy seen before only counts. */
  recordDeadLetter(letter: ArrivedDeadLetter): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      await this.openWindow(tx, letter.service);
      const [row]: { inserted: boolean }[] = await tx.query(
        `INSERT INTO notifications.dead_letters
           (id, service, message_key, event_type, reason, detail, dead_at, copies, received_at, alert_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, now(), NULL)
         ON CONFLICT (service, message_key) DO UPDATE SET copies = dead_letters.copies + 1
         RETURNING (xmax = 0) AS inserted`,
        [
          uuidv7(),
          letter.service,
          letter.key,
          letter.type,
          letter.reason,
          letter.detail,
          letter.deadAt ? new Date(letter.deadAt) : null,
        ],
      );
      if (row.inserted) await this.alertUnalerted(tx, letter.service);
    });
  }

  /** Sends the digests whose window is over; resolves with how many alerts it made. */
  async alertDue(): Promise<number> {
    const services: { service: string }[] = await this.dataSource.query(
      `SELECT DISTINCT service FROM notifications.dead_letters WHERE alert_id IS NULL`,
    );
    let alerts = 0;
    for (const { service } of services) {
      const alerted = await this.dataSource.transaction(async (tx) => {
        await this.openWindow(tx, service);
        return this.alertUnalerted(tx, service);
      });
      if (alerted) alerts += 1;
    }
    return alerts;
  }

  // First statement of each transaction, before any letter is locked, so two transactions never wait on
  // each other in opposite orders.
  private async openWindow(tx: EntityManager, service: string): Promise<void> {
    await tx.query(
      `INSERT INTO notifications.dead_letter_alert_windows (service, last_alert_at)
       VALUES ($1, '-infinity') ON CONFLICT (service) DO NOTHING`,
      [service],
    );
  }

  // The alert fires only if the UPDATE of the service's window changed its row: one alert per window,
  // across replicas.
  private async alertUnalerted(tx: EntityManager, service: string): Promise<boolean> {
    const rows: UnalertedRow[] = await tx.query(
      `SELECT id, service, message_key, event_type, reason, detail, dead_at, received_at
         FROM notifications.dead_letters
        WHERE service = $1 AND alert_id IS NULL
        ORDER BY received_at, id
        FOR UPDATE`,
      [service],
    );
    if (rows.length === 0) return false;
    const [, opened]: [unknown, number] = await tx.query(
      `UPDATE notifications.dead_letter_alert_windows SET last_alert_at = now()
        WHERE service = $1 AND last_alert_at <= now() - make_interval(secs => $2::double precision / 1000)`,
      [service, this.settings.windowMs],
    );
    if (opened === 0) return false;
    const alertId = uuidv7();
    await this.storeAlert(tx, alertId, deadLetterAlert(service, rows.map(toLetter)));
    await tx.query(`UPDATE notifications.dead_letters SET alert_id = $1 WHERE id = ANY($2::uuid[])`, [
      alertId,
      rows.map((row) => row.id),
    ]);
    return true;
  }

  // In every administrator's inbox, and by e-mail to the configured addresses (delivered like any e-mail).
  private async storeAlert(
    tx: EntityManager,
    alertId: string,
    alert: { title: string; body: string },
  ): Promise<void> {
    const address = inboxAddress(MessageAudience.Admin, {});
    if (!address) return;
    const toInbox = alertMessage(alertId, MessageChannel.Inbox, address.recipient, alert);
    await tx.insert(Message, toInbox);
    await this.inbox.add(tx, toInbox, address);
    for (const email of this.settings.emails) {
      await tx.insert(Message, alertMessage(alertId, MessageChannel.Email, email, alert));
    }
  }
}

function toLetter(row: UnalertedRow): UnalertedLetter {
  return {
    service: row.service,
    messageKey: row.message_key,
    eventType: row.event_type,
    reason: row.reason,
    detail: row.detail,
    deadAt: row.dead_at,
    receivedAt: row.received_at,
  };
}

function alertMessage(
  alertId: string,
  channel: MessageChannel,
  recipient: string,
  alert: { title: string; body: string },
): Message {
  const now = new Date();
  const isInbox = channel === MessageChannel.Inbox;
  return {
    id: uuidv7(),
    dossierId: null,
    eventId: alertId,
    eventType: DEAD_LETTER_ALERT_TYPE,
    channel,
    audience: MessageAudience.Admin,
    recipient,
    subject: alert.title,
    body: alert.body,
    // An inbox item is delivered by being stored; an e-mail waits for the dispatcher.
    status: isInbox ? MessageStatus.Delivered : MessageStatus.Queued,
    isLegalNotice: false,
    isUrgent: true,
    templateVersion: null,
    attempts: 0,
    provider: null,
    providerMessageId: null,
    failureReason: null,
    sendAfter: null,
    createdAt: now,
    statusChangedAt: now,
    sentAt: null,
    deliveredAt: isInbox ? now : null,
    failedAt: null,
  };
}
