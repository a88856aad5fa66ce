import { Type } from 'class-transformer';
import {
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
export const RECORD_DELIVERY_REPORT_V1 = 'notifications.delivery-report.record.v1';
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

/** An SMS provider's delivery report (callback); reports may arrive late, twice or out of order. */
export class RecordDeliveryReportV1 {
  @Label('Nhà cung cấp')
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  readonly provider: string;

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

  /** The report token the provider was given (header `X-Report-Token`), checked by notifications. */
  @Label('Mã xác thực')
  @IsString()
  @MaxLength(200)
  readonly token: string;
}

export class DeliveryReportResultV1 {
  /** The message's status after the report (unchanged when the report came too late to matter). */
  @IsEnum(MessageStatus)
  readonly status: MessageStatus;
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
