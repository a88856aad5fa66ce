import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { Role } from '../shared/role';
import { IsUnitCode } from '../shared/validators';

export const INBOX_ITEM_ADDED_V1 = 'notifications.inbox.item-added.v1';

/**
 * An item reached the staff inbox. Addressed to one user (`userId`), or to a unit (`unitCode`, optionally only
 * its users with `role`), or to every user with `role` (administrators). The gateway pushes it live to the
 * staff it is for.
 */
export class InboxItemAddedV1 {
  @IsUUID(7)
  readonly itemId: string;

  @IsOptional()
  @IsUUID()
  readonly userId?: string;

  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;

  @IsOptional()
  @IsEnum(Role)
  readonly role?: Role;

  @IsOptional()
  @IsUUID()
  readonly dossierId?: string;

  @IsString()
  readonly title: string;

  @IsString()
  readonly body: string;

  @IsString()
  readonly eventType: string;

  @IsBoolean()
  readonly isUrgent: boolean;

  @IsISO8601({ strict: true })
  readonly createdAt: string;
}
