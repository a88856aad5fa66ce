import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { atVietnamTime, vietnamDay } from '@motcua/calendar';
import {
  INBOX_DIGEST_EVENT_TYPE,
  MessageAudience,
  MessageChannel,
  MessageStatus,
  Role,
} from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../config';
import { Message } from '../messages/message.entity';
import { vietnamDate } from '../messages/notification-rules';
import { VISIBLE_TO_OWNER, ownerParams } from './inbox-visibility';
import { InboxWriter } from './inbox-writer';
import { StaffPreference } from './staff-preference.entity';

const DAY_MS = 24 * 3600 * 1000;
/** Lines listed in one digest; the rest are counted. */
const DIGEST_LINES = 30;
// Digest messages are keyed by user and day, not by an event: uuid v5 of both in this namespace.
const DIGEST_NAMESPACE = '9b4d3c1e-6f0a-4c65-9a43-7c2f1f5e8d21';

/**
 * The morning digest: at the configured hour (Vietnam time) each officer or unit lead who chose it gets one
 * inbox item listing the non-urgent items of the last 24 hours they have not read. Made once per user and
 * day (a row in `digest_runs`), whichever replica gets there first.
 */
@Injectable()
export class DigestService {
  private readonly digestAt: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
    private readonly inbox: InboxWriter,
  ) {
    this.digestAt = config.get('digestAt', { infer: true });
  }

  /** Makes today's digests not made yet, if the digest hour has passed; resolves with how many were sent. */
  async runDue(now: Date): Promise<number> {
    const day = vietnamDay(now);
    const until = atVietnamTime(day, this.digestAt);
    if (now < until) return 0;
    const pending = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT p.user_id FROM notifications.staff_preferences p
        WHERE p.digest AND NOT EXISTS (
          SELECT 1 FROM notifications.digest_runs r WHERE r.user_id = p.user_id AND r.day = $1)`,
      [day],
    );
    let sent = 0;
    for (const { user_id } of pending) {
      if (await this.dataSource.transaction((tx) => this.digestFor(tx, user_id, day, until))) sent += 1;
    }
    return sent;
  }

  private async digestFor(tx: EntityManager, userId: string, day: string, until: Date): Promise<boolean> {
    const preference = await tx.getRepository(StaffPreference).findOneBy({ userId });
    if (!preference?.digest) return false;
    const owner = { userId, unitCode: preference.unitCode ?? undefined, roles: preference.roles };
    const since = new Date(until.getTime() - DAY_MS);
    const items = await tx.query<{ title: string }[]>(
      `SELECT i.title FROM notifications.inbox_items i
        WHERE ${VISIBLE_TO_OWNER} AND NOT i.is_urgent AND i.event_type <> $4
          AND i.created_at >= $5 AND i.created_at < $6
          AND NOT EXISTS (SELECT 1 FROM notifications.inbox_reads r WHERE r.item_id = i.id AND r.user_id = $1)
        ORDER BY i.created_at`,
      [...ownerParams(owner), INBOX_DIGEST_EVENT_TYPE, since, until],
    );
    const run = await tx.query<unknown[]>(
      `INSERT INTO notifications.digest_runs (user_id, day, item_count, ran_at) VALUES ($1, $2, $3, now())
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, day, items.length],
    );
    if (run.length === 0 || items.length === 0) return false;
    const message = digestMessage(
      userId,
      day,
      preference.roles,
      items.map((i) => i.title),
    );
    await tx.insert(Message, message);
    await this.inbox.add(tx, message, { recipient: userId, userId });
    return true;
  }
}

function digestMessage(userId: string, day: string, roles: readonly Role[], titles: string[]): Message {
  const now = new Date();
  const listed = titles.slice(0, DIGEST_LINES).map((title) => `- ${title}`);
  const more = titles.length > DIGEST_LINES ? [`… và ${titles.length - DIGEST_LINES} thông báo khác`] : [];
  return {
    id: uuidv7(),
    dossierId: null,
    eventId: uuidv5(`${userId}|${day}`, DIGEST_NAMESPACE),
    eventType: INBOX_DIGEST_EVENT_TYPE,
    channel: MessageChannel.Inbox,
    audience: roles.includes(Role.UnitLead) ? MessageAudience.UnitLead : MessageAudience.Officer,
    recipient: userId,
    subject: `Tổng hợp thông báo ngày ${vietnamDate(`${day}T12:00:00+07:00`)}`,
    body: [`${titles.length} thông báo chưa đọc trong 24 giờ qua:`, ...listed, ...more].join('\n'),
    status: MessageStatus.Delivered,
    isLegalNotice: false,
    isUrgent: false,
    templateVersion: null,
    attempts: 0,
    provider: null,
    providerMessageId: null,
    failureReason: null,
    sendAfter: null,
    createdAt: now,
    statusChangedAt: now,
    sentAt: null,
    deliveredAt: now,
    failedAt: null,
  };
}
