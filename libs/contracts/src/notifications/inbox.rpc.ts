import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Role } from '../shared/role';
import { IsUnitCode } from '../shared/validators';
import { Label } from '../validation';

export const LIST_INBOX_V1 = 'notifications.inbox.list.v1';
export const MARK_INBOX_READ_V1 = 'notifications.inbox.mark-read.v1';
export const GET_INBOX_PREFERENCES_V1 = 'notifications.inbox-preferences.get.v1';
export const SET_INBOX_PREFERENCES_V1 = 'notifications.inbox-preferences.set.v1';

/** Event type of the morning digest items (not an integration event: notifications makes them itself). */
export const INBOX_DIGEST_EVENT_TYPE = 'notifications.inbox.digest';

/** The staff member whose inbox it is, as the gateway authenticated them. */
export class InboxOwnerV1 {
  @IsUUID()
  readonly userId: string;

  /** The user's unit: items addressed to the unit (or to its leads) are theirs too. */
  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;

  @IsArray()
  @IsEnum(Role, { each: true })
  readonly roles: Role[];
}

/** Query: the newest items of one staff member's inbox and how many are unread. */
export class ListInboxV1 {
  @ValidateNested()
  @Type(() => InboxOwnerV1)
  readonly owner: InboxOwnerV1;

  @IsOptional()
  @IsBoolean()
  readonly unreadOnly?: boolean;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  readonly limit?: number;
}

export class InboxItemV1 {
  @IsUUID()
  readonly id: string;

  @IsOptional()
  @IsUUID()
  readonly dossierId?: string;

  @IsString()
  readonly title: string;

  @IsString()
  readonly body: string;

  /** The event it tells of. */
  @IsString()
  readonly eventType: string;

  /** Due day, overdue: shown first and never held for the digest. */
  @IsBoolean()
  readonly isUrgent: boolean;

  @IsISO8601()
  readonly createdAt: string;

  /** When this user read it; absent while unread. */
  @IsOptional()
  @IsISO8601()
  readonly readAt?: string;
}

export class InboxPageV1 {
  @ValidateNested({ each: true })
  @Type(() => InboxItemV1)
  readonly items: InboxItemV1[];

  @IsInt()
  readonly unreadCount: number;
}

/** Command: mark some items (or all) read for this user; marking twice changes nothing. */
export class MarkInboxReadV1 {
  @ValidateNested()
  @Type(() => InboxOwnerV1)
  readonly owner: InboxOwnerV1;

  @Label('Thông báo')
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  readonly itemIds?: string[];

  /** Everything currently in the inbox. */
  @Label('Tất cả')
  @IsOptional()
  @IsBoolean()
  readonly all?: boolean;
}

export class InboxUnreadV1 {
  @IsInt()
  readonly unreadCount: number;
}

/** Query: the user's inbox preferences. */
export class GetInboxPreferencesV1 {
  @ValidateNested()
  @Type(() => InboxOwnerV1)
  readonly owner: InboxOwnerV1;
}

/**
 * Command: an officer or unit lead chooses a morning digest instead of a live stream of non-urgent items
 * (urgent ones — due day, overdue — always come at once). Setting the same value twice changes nothing.
 */
export class SetInboxPreferencesV1 {
  @ValidateNested()
  @Type(() => InboxOwnerV1)
  readonly owner: InboxOwnerV1;

  @Label('Nhận bản tổng hợp buổi sáng')
  @IsBoolean()
  readonly digest: boolean;
}

export class InboxPreferencesV1 {
  @IsBoolean()
  readonly digest: boolean;
}
