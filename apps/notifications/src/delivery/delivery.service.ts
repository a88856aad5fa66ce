import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CommonErrorCode,
  DeliveryReportResultV1,
  ErrorKind,
  MessageChannel,
  MessageStatus,
  RecordDeliveryReportV1,
} from '@motcua/contracts';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { Message } from '../messages/message.entity';
import { Accepted, PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';
import { MailSender } from './mail-sender';
import { isFinal, statusesBefore } from './message-status';
import { SmsSender } from './sms-sender';

export enum DeliveryErrorCode {
  ReportForbidden = 'DELIVERY_REPORT_FORBIDDEN',
}

// Compares digests so the time taken says nothing about the token.
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

type StatusChange = Partial<
  Pick<
    Message,
    'attempts' | 'provider' | 'providerMessageId' | 'failureReason' | 'sentAt' | 'deliveredAt' | 'failedAt'
  >
>;

/**
 * Sends stored messages and moves their status forward only: every change is an UPDATE guarded by the
 * statuses it may come from, so a retry, a duplicate job or a late provider report never moves one back.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);
  private readonly reportToken: string | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sms: SmsSender,
    private readonly mail: MailSender,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
  ) {
    this.reportToken = config.get('delivery', { infer: true }).smsReportToken;
  }

  /**
   * One delivery attempt. Throws `TransientDeliveryError` when the attempt failed and another may follow;
   * on the last attempt the message fails permanently instead.
   */
  async deliver(messageId: string, isLastAttempt: boolean): Promise<void> {
    const message = await this.dataSource.getRepository(Message).findOneBy({ id: messageId });
    if (!message || isFinal(message.status) || message.providerMessageId) {
      this.logger.debug(`message ${messageId} needs no attempt`);
      return;
    }
    await this.move(messageId, MessageStatus.Sending, {});
    const attempts = message.attempts + 1;
    let accepted: Accepted;
    try {
      accepted = await this.send(message);
    } catch (error) {
      if (error instanceof PermanentDeliveryError) {
        await this.fail(messageId, MessageStatus.PermanentlyFailed, error.reason, attempts);
        return;
      }
      if (!(error instanceof TransientDeliveryError)) throw error;
      await this.fail(
        messageId,
        isLastAttempt ? MessageStatus.PermanentlyFailed : MessageStatus.Failed,
        error.reason,
        attempts,
      );
      if (isLastAttempt) return;
      throw error;
    }
    const now = new Date();
    const common = {
      attempts,
      provider: accepted.provider,
      providerMessageId: accepted.providerMessageId,
      sentAt: now,
    };
    if (accepted.isDelivered)
      await this.move(messageId, MessageStatus.Delivered, { ...common, deliveredAt: now });
    else await this.recordAcceptance(messageId, common);
  }

  /** A provider's report on a message it accepted; late or repeated reports change nothing. */
  async recordReport(report: RecordDeliveryReportV1): Promise<DeliveryReportResultV1> {
    if (!this.reportToken || !sameSecret(report.token, this.reportToken)) {
      throw new AppError(
        DeliveryErrorCode.ReportForbidden,
        ErrorKind.Forbidden,
        'Báo cáo gửi tin không có mã xác thực hợp lệ',
      );
    }
    const message = await this.dataSource.getRepository(Message).findOneBy({
      provider: report.provider,
      providerMessageId: report.providerMessageId,
    });
    if (!message) {
      throw new AppError(CommonErrorCode.NotFound, ErrorKind.NotFound, 'Không tìm thấy tin nhắn', {
        providerMessageId: report.providerMessageId,
      });
    }
    const now = new Date();
    if (report.status === 'delivered') {
      await this.move(message.id, MessageStatus.Delivered, { deliveredAt: now });
    } else {
      await this.move(message.id, MessageStatus.PermanentlyFailed, {
        failureReason: report.reason ?? 'provider_reported_failure',
        failedAt: now,
      });
    }
    const current = await this.dataSource.getRepository(Message).findOneByOrFail({ id: message.id });
    return { status: current.status };
  }

  private send(message: Message): Promise<Accepted> {
    const outgoing = {
      messageId: message.id,
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
    };
    if (message.channel === MessageChannel.Sms) return this.sms.send(outgoing);
    if (message.channel === MessageChannel.Email) return this.mail.send(outgoing);
    throw new PermanentDeliveryError('channel_not_sent');
  }

  private fail(id: string, status: MessageStatus, reason: string, attempts: number): Promise<boolean> {
    return this.move(id, status, { failureReason: reason, failedAt: new Date(), attempts });
  }

  // The provider took it and will report: the status stays until the report moves it.
  private async recordAcceptance(id: string, change: StatusChange): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(Message)
      .set(change)
      .where('id = :id AND status IN (:...from)', { id, from: [MessageStatus.Sending, MessageStatus.Failed] })
      .execute();
  }

  /** Moves the message to `status` if its current status allows it; false when it did not move. */
  private async move(id: string, status: MessageStatus, change: StatusChange): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Message)
      .set({ ...change, status, statusChangedAt: new Date() })
      .where('id = :id AND status IN (:...from)', { id, from: statusesBefore(status) })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
