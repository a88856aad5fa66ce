import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { Label } from '../validation';
import { MessageAudience } from './audience';
import { MessageChannel } from './message.rpc';

export const LIST_TEMPLATES_V1 = 'notifications.templates.list.v1';
export const SAVE_TEMPLATE_V1 = 'notifications.template.save.v1';
export const PREVIEW_TEMPLATE_V1 = 'notifications.template.preview.v1';
export const LIST_TEMPLATE_VERSIONS_V1 = 'notifications.template.versions.list.v1';

/** How long an SMS is: GSM 7-bit (unaccented) 160 characters, UCS-2 (Vietnamese diacritics) 70 a segment. */
export class SmsLengthV1 {
  @IsIn(['gsm7', 'ucs2'])
  readonly encoding: 'gsm7' | 'ucs2';

  @IsInt()
  readonly characters: number;

  @IsInt()
  readonly segments: number;
}

/** Which template: one per event type × channel × audience. */
export class TemplateKeyV1 {
  /** The event that causes the message, e.g. `routing.dossier.extended.v1`. */
  @Label('Sự kiện')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly eventType: string;

  @Label('Kênh')
  @IsEnum(MessageChannel)
  readonly channel: MessageChannel;

  @Label('Người nhận')
  @IsEnum(MessageAudience)
  readonly audience: MessageAudience;
}

/** What an administrator writes: Vietnamese text with `{{placeholder}}` and `{{#if x}}…{{else}}…{{/if}}`. */
export class TemplateContentV1 extends TemplateKeyV1 {
  /** E-mail subject (or inbox title); placeholders allowed. */
  @Label('Tiêu đề')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly subject?: string;

  @Label('Nội dung')
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  readonly body: string;

  /** Send the SMS without diacritics (GSM 7-bit, 160 characters a segment instead of 70). */
  @Label('Gửi không dấu')
  @IsOptional()
  @IsBoolean()
  readonly smsUnaccented?: boolean;
}

export class TemplateV1 extends TemplateKeyV1 {
  /** 1 for the built-in wording; each save adds one. */
  @IsInt()
  readonly version: number;

  @IsOptional()
  @IsString()
  readonly subject?: string;

  @IsString()
  readonly body: string;

  @IsBoolean()
  readonly smsUnaccented: boolean;

  /** Whether a citizen may opt out of it (legal notices cannot be refused). */
  @IsBoolean()
  readonly isLegalNotice: boolean;

  /** The placeholders this event offers. */
  @IsString({ each: true })
  readonly placeholders: string[];

  /** Length of the built-in sample as an SMS (SMS templates only). */
  @IsOptional()
  @ValidateNested()
  @Type(() => SmsLengthV1)
  readonly sms?: SmsLengthV1;

  @IsOptional()
  @IsISO8601()
  readonly updatedAt?: string;

  @IsOptional()
  @IsString()
  readonly updatedBy?: string;
}

/** Query: every template in force, with its version. */
export class ListTemplatesV1 {}

export class TemplateListV1 {
  @ValidateNested({ each: true })
  @Type(() => TemplateV1)
  readonly items: TemplateV1[];
}

/** Command: a new version of one template; refused when a placeholder is unknown or someone saved meanwhile. */
export class SaveTemplateV1 extends TemplateContentV1 {
  /** The version the administrator edited (optimistic concurrency). */
  @Label('Phiên bản')
  @IsInt()
  @Min(1)
  readonly expectedVersion: number;

  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;

  /** A retry with the same key returns the first answer instead of a version conflict. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;
}

/** Query: the text a draft produces for a sample dossier, and its SMS length. */
export class PreviewTemplateV1 extends TemplateContentV1 {}

export class TemplatePreviewV1 {
  @IsOptional()
  @IsString()
  readonly subject?: string;

  @IsString()
  readonly text: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => SmsLengthV1)
  readonly sms?: SmsLengthV1;
}

/** Query (admin): every version of one template, newest first, down to the built-in wording (version 1). */
export class ListTemplateVersionsV1 extends TemplateKeyV1 {}

export class TemplateVersionV1 {
  @IsInt()
  readonly version: number;

  @IsOptional()
  @IsString()
  readonly subject?: string;

  @IsString()
  readonly body: string;

  @IsBoolean()
  readonly smsUnaccented: boolean;

  /** When an administrator saved it; absent for the built-in wording. */
  @IsOptional()
  @IsISO8601()
  readonly savedAt?: string;

  /** Login name of that administrator. */
  @IsOptional()
  @IsString()
  readonly savedBy?: string;
}

export class TemplateVersionListV1 {
  @ValidateNested({ each: true })
  @Type(() => TemplateVersionV1)
  readonly items: TemplateVersionV1[];
}
