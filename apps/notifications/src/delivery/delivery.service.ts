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
  RecordDeliveryReportV2,
  SmsDeliveryReportV1,
  summariseFieldErrors,
  validateContract,
} from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig, DeliveryConfig } from '../config';
import { Message } from '../messages/message.entity';
import { Accepted, PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';
import { DeliveryReportError, DeliveryReportErrorCode } from './delivery-report.errors';
import { MailSender } from './mail-sender';
import { isFinal, statusesBefore } from './message-status';
import { verifyReport } from './report-signature';
import { SmsSender } from './sms-sender';

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
  private readonly reportSecrets: DeliveryConfig['smsReportSecrets'];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sms: SmsSender,
    private readonly mail: MailSender,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
  ) {
    this.reportSecrets = config.get('delivery', { infer: true }).smsReportSecrets;
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

  /**
   * A provider's signed report on a message it accepted: checked with that provider's own secret, then
   * applied once (the same signed report again is a replay and changes nothing); late reports change nothing.
   */
  async recordReport(request: RecordDeliveryReportV2): Promise<DeliveryReportResultV1> {
    const secret = this.reportSecrets.find((entry) => entry.provider === request.provider)?.secret;
    verifyReport(secret, request, new Date());
    const report = await readReport(request.body);
    const message = await this.dataSource.getRepository(Message).findOneBy({
      provider: request.provider,
      providerMessageId: report.providerMessageId,
    });
    if (!message) {
      throw new AppError(CommonErrorCode.NotFound, ErrorKind.NotFound, 'Không tìm thấy tin nhắn', {
        providerMessageId: report.providerMessageId,
      });
    }
    // The report is recorded and applied in one transaction: of two copies of one signed report arriving at
    // once, the second finds the first's row and is a replay.
    const isReplay = await this.dataSource.transaction(async (tx) => {
      const now = new Date();
      const recorded: unknown[] = await tx.query(
        `INSERT INTO notifications.delivery_reports
           (signature, provider, provider_message_id, status, reason, signed_at, received_at)
         VALUES ($1, $2, $3, $4, $5, to_timestamp($6), $7) ON CONFLICT (signature) DO NOTHING RETURNING signature`,
        [
          request.signature,
          request.provider,
          report.providerMessageId,
          report.status,
          report.reason ?? null,
          Number(request.timestamp),
          now,
        ],
      );
      if (recorded.length === 0) return true;
      if (report.status === 'delivered') {
        await this.move(message.id, MessageStatus.Delivered, { deliveredAt: now }, tx);
      } else {
        const failureReason = report.reason ?? 'provider_reported_failure';
        await this.move(message.id, MessageStatus.PermanentlyFailed, { failureReason, failedAt: now }, tx);
      }
      return false;
    });
    const current = await this.dataSource.getRepository(Message).findOneByOrFail({ id: message.id });
    return { status: current.status, ...(isReplay ? { isReplay } : {}) };
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
  private async move(
    id: string,
    status: MessageStatus,
    change: StatusChange,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Message)
      .set({ ...change, status, statusChangedAt: new Date() })
      .where('id = :id AND status IN (:...from)', { id, from: statusesBefore(status) })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}

async function readReport(body: string): Promise<SmsDeliveryReportV1> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new DeliveryReportError(
      DeliveryReportErrorCode.Malformed,
      'Nội dung báo cáo gửi tin không phải JSON',
    );
  }
  const checked = await validateContract(SmsDeliveryReportV1, parsed);
  if (!checked.ok) {
    throw new AppError(
      CommonErrorCode.ValidationFailed,
      ErrorKind.Invalid,
      summariseFieldErrors(checked.errors),
      checked.errors,
    );
  }
  return checked.value;
}
