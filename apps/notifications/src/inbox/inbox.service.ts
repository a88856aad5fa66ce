import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CommonErrorCode,
  ErrorKind,
  InboxItemV1,
  InboxOwnerV1,
  InboxPageV1,
  InboxPreferencesV1,
  InboxUnreadV1,
  ListInboxV1,
  MarkInboxReadV1,
  SetInboxPreferencesV1,
} from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { VISIBLE_TO_OWNER, ownerParams } from './inbox-visibility';
import { StaffPreference } from './staff-preference.entity';

const DEFAULT_LIMIT = 50;

interface ItemRow {
  id: string;
  dossier_id: string | null;
  title: string;
  body: string;
  event_type: string;
  is_urgent: boolean;
  created_at: Date;
  read_at: Date | null;
}

/** The staff inbox: what each user sees (theirs, their unit's, their role's) and what they have read. */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listInbox(request: ListInboxV1): Promise<InboxPageV1> {
    const rows: ItemRow[] = await this.dataSource.query(
      `SELECT i.id, i.dossier_id, i.title, i.body, i.event_type, i.is_urgent, i.created_at, r.read_at
         FROM notifications.inbox_items i
         LEFT JOIN notifications.inbox_reads r ON r.item_id = i.id AND r.user_id = $1
        WHERE ${VISIBLE_TO_OWNER} ${request.unreadOnly ? 'AND r.read_at IS NULL' : ''}
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $4`,
      [...ownerParams(request.owner), request.limit ?? DEFAULT_LIMIT],
    );
    return { items: rows.map(toItemDto), unreadCount: await this.unreadCount(request.owner) };
  }

  /** Marks the given items (or all) read for this user; items they cannot see are ignored. */
  async markRead(request: MarkInboxReadV1): Promise<InboxUnreadV1> {
    if (!request.all && !request.itemIds?.length) {
      throw new AppError(
        CommonErrorCode.ValidationFailed,
        ErrorKind.Invalid,
        'Cần chọn thông báo hoặc đánh dấu tất cả',
        [{ field: 'itemIds', constraint: 'isDefined', message: 'Thông báo là bắt buộc' }],
      );
    }
    await this.dataSource.query(
      `INSERT INTO notifications.inbox_reads (item_id, user_id, read_at)
       SELECT i.id, $1, now() FROM notifications.inbox_items i
        WHERE ${VISIBLE_TO_OWNER} ${request.all ? '' : 'AND i.id = ANY($4)'}
       ON CONFLICT DO NOTHING`,
      [...ownerParams(request.owner), ...(request.all ? [] : [request.itemIds])],
    );
    return { unreadCount: await this.unreadCount(request.owner) };
  }

  async getPreferences(owner: InboxOwnerV1): Promise<InboxPreferencesV1> {
    const preference = await this.dataSource
      .getRepository(StaffPreference)
      .findOneBy({ userId: owner.userId });
    return { digest: preference?.digest ?? false };
  }

  /** Records the choice with the unit and roles the user has now (the digest is made from them). */
  async setPreferences(request: SetInboxPreferencesV1): Promise<InboxPreferencesV1> {
    await this.dataSource.getRepository(StaffPreference).upsert(
      {
        userId: request.owner.userId,
        unitCode: request.owner.unitCode ?? null,
        roles: request.owner.roles,
        digest: request.digest,
        updatedAt: new Date(),
      },
      ['userId'],
    );
    return { digest: request.digest };
  }

  private async unreadCount(owner: InboxOwnerV1): Promise<number> {
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) FROM notifications.inbox_items i
        WHERE ${VISIBLE_TO_OWNER}
          AND NOT EXISTS (SELECT 1 FROM notifications.inbox_reads r WHERE r.item_id = i.id AND r.user_id = $1)`,
      ownerParams(owner),
    );
    return Number(count);
  }
}

function toItemDto(row: ItemRow): InboxItemV1 {
  return {
    id: row.id,
    ...(row.dossier_id ? { dossierId: row.dossier_id } : {}),
    title: row.title,
    body: row.body,
    eventType: row.event_type,
    isUrgent: row.is_urgent,
    createdAt: row.created_at.toISOString(),
    ...(row.read_at ? { readAt: row.read_at.toISOString() } : {}),
  };
}
