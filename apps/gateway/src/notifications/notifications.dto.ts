import { ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { Label, MarkInboxReadV1, SaveTemplateV1, SetInboxPreferencesV1 } from '@motcua/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { derivedContractSchema } from '../http/contract-schemas';

/** What an administrator sends: the save command without the actor (the token) and the key (a header). */
export class SaveTemplateBody extends OmitType(SaveTemplateV1, ['actor', 'idempotencyKey'] as const) {}

export const SAVE_TEMPLATE_BODY_SCHEMA = derivedContractSchema('SaveTemplateBody', 'SaveTemplateV1', [
  'actor',
  'idempotencyKey',
]);

export class LimitQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @Label('Số dòng')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class InboxQuery extends LimitQuery {
  @ApiPropertyOptional({ default: false })
  @Label('Chỉ chưa đọc')
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  unreadOnly?: boolean;
}

/** Items to mark read, or `all`; the owner is the logged-in user. */
export class MarkReadBody extends OmitType(MarkInboxReadV1, ['owner'] as const) {}

export const MARK_READ_BODY_SCHEMA = derivedContractSchema('MarkReadBody', 'MarkInboxReadV1', ['owner']);

/** The logged-in user's choice; the owner is the token's. */
export class InboxPreferencesBody extends PickType(SetInboxPreferencesV1, ['digest'] as const) {}
