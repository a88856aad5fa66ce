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
