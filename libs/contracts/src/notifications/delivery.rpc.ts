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
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Label } from '../validation';
import { IsVietnameseMobile, DOSSIER_CODE_PATTERN } from '../shared/validators';
import { MessageChannel, MessageStatus } from './message.rpc';

export const GET_DELIVERY_STATS_V1 = 'notifications.delivery-stats.get.v1';
export const SET_OPT_OUT_V1 = 'notifications.opt-out.set.v1';
export const RECORD_DELIVERY_REPORT_V2 = 'notifications.delivery-report.record.v2';

/**
 * Signed delivery reports: each SMS provider posts to `/public/v1/notifications/sms-reports/<provider>` with
 * `X-Motcua-Timestamp` (Unix seconds) and `X-Motcua-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw
 * body>" with that provider's own secret>`.
 */
export const SMS_REPORT_TIMESTAMP_HEADER = 'x-motcua-timestamp';
export const SMS_REPORT_SIGNATURE_HEADER = 'x-motcua-signature';

/** A report signed longer ago (or further ahead) than this is refused as stale or replayed. */
export const SMS_REPORT_TOLERANCE_SECONDS = 300;
export const LIST_SINK_MESSAGES_V1 = 'notifications.sink-messages.list.v1';

/** Query: one day's messages (Vietnam time) counted by channel and status, and the failures by reason. */
export class GetDeliveryStatsV1 {
  @Label('Ngày')
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly day: string;
}

export class ChannelStatusCountV1 {
  @IsEnum(MessageChannel)
  readonly channel: MessageChannel;

  @IsEnum(MessageStatus)
  readonly status: MessageStatus;

  @IsInt()
  readonly count: number;
}

export class FailureReasonCountV1 {
  @IsEnum(MessageChannel)
  readonly channel: MessageChannel;

  @IsString()
  readonly reason: string;

  @IsInt()
  readonly count: number;
}

export class DeliveryStatsV1 {
  @IsString()
  readonly day: string;

  @ValidateNested({ each: true })
  @Type(() => ChannelStatusCountV1)
  readonly byChannelAndStatus: ChannelStatusCountV1[];

  @ValidateNested({ each: true })
  @Type(() => FailureReasonCountV1)
  readonly failuresByReason: FailureReasonCountV1[];
}

/**
 * Command from a citizen (no login): stop or resume the messages that are not legal notices, proven by the
 * dossier code and the phone it was received with. Legal notices (reception, supplement, extension, stop)
 * are always sent.
 */
export class SetOptOutV1 {
  @Label('Mã hồ sơ')
  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @Label('Số điện thoại')
  @IsVietnameseMobile()
  readonly phone: string;

  @Label('Từ chối nhận tin')
  @IsIn([true, false])
  readonly optOut: boolean;
}

export class OptOutV1 {
  @IsIn([true, false])
  readonly optOut: boolean;
}

/** The body of an SMS provider's delivery report; reports may arrive late, twice or out of order. */
export class SmsDeliveryReportV1 {
  /** The id the provider gave when it accepted the message. */
  @Label('Mã tin nhắn')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly providerMessageId: string;

  @Label('Trạng thái')
  @IsIn(['delivered', 'failed'])
  readonly status: 'delivered' | 'failed';

  @Label('Lý do')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly reason?: string;
}

/**
 * Command: a provider's delivery report as it arrived; notifications checks its signature with that
 * provider's secret and its age before reading the body (`SmsDeliveryReportV1`).
 */
export class RecordDeliveryReportV2 {
  /** The provider's name in `MOTCUA_SMS_PROVIDERS`, from the path. */
  @Label('Nhà cung cấp')
  @Matches(/^[a-z0-9-]{1,50}$/)
  readonly provider: string;

  /** Unix seconds from the `X-Motcua-Timestamp` header. */
  @Label('X-Motcua-Timestamp')
  @IsString()
  @MaxLength(20)
  readonly timestamp: string;

  /** `sha256=<hex>` from the `X-Motcua-Signature` header. */
  @Label('X-Motcua-Signature')
  @IsString()
  @MaxLength(200)
  readonly signature: string;

  /** The raw body, exactly as signed. */
  @IsString()
  @MaxLength(10_000)
  readonly body: string;
}

export class DeliveryReportResultV1 {
  /** The message's status after the report (unchanged when the report came too late to matter). */
  @IsEnum(MessageStatus)
  readonly status: MessageStatus;

  /** The same signed report came before (a replay): it changed nothing. */
  @IsOptional()
  @IsBoolean()
  readonly isReplay?: boolean;
}

/** Query: what the development sink "sent" (no SMS provider or mail server configured), newest first. */
export class ListSinkMessagesV1 {
  @Label('Số dòng')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  readonly limit?: number;
}

export class SinkMessageV1 {
  @IsUUID()
  readonly messageId: string;

  @IsEnum(MessageChannel)
  readonly channel: MessageChannel;

  /** Masked like everywhere else. */
  @IsString()
  readonly recipient: string;

  @IsOptional()
  @IsString()
  readonly subject?: string;

  @IsString()
  readonly body: string;

  @IsISO8601()
  readonly storedAt: string;
}

export class SinkMessagesV1 {
  @ValidateNested({ each: true })
  @Type(() => SinkMessageV1)
  readonly items: SinkMessageV1[];
}
