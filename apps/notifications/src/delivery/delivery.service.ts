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
import { Accepted, Outgoing, PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';
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

/** A message taken for an attempt. */
interface Attempt {
  readonly channel: MessageChannel;
  readonly attempts: number;
  readonly outgoing: Outgoing;
}

interface AttemptRow {
  readonly id: string;
  readonly channel: MessageChannel;
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly attempts: number;
}

// The columns a delivery may change.
const COLUMNS = {
  status: 'status',
  statusChangedAt: 'status_changed_at',
  attempts: 'attempts',
  provider: 'provider',
  providerMessageId: 'provider_message_id',
  failureReason: 'failure_reason',
  sentAt: 'sent_at',
  deliveredAt: 'delivered_at',
  failedAt: 'failed_at',
} as const satisfies Record<keyof StatusChange | 'status' | 'statusChangedAt', string>;

const FINAL_STATUSES = Object.values(MessageStatus).filter(isFinal);

const toOutgoing = (row: AttemptRow): Outgoing => ({
  messageId: row.id,
  recipient: row.recipient,
  subject: row.subject,
  body: row.body,
});

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
    const message = await this.claim(messageId);
    if (!message) {
      this.logger.debug(`message ${messageId} needs no attempt`);
      return;
    }
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

  /**
   * Takes a message for an attempt in one statement: a queued one becomes sending, a failed or sending one (a
   * retry, or an attempt cut short) keeps its status. Null when it needs none: final, or taken by a provider.
   */
  private async claim(id: string): Promise<Attempt | null> {
    const [rows]: [AttemptRow[], number] = await this.dataSource.query(
      `UPDATE notifications.messages
          SET status = CASE WHEN status = $2 THEN $3 ELSE status END,
              status_changed_at = CASE WHEN status = $2 THEN $4 ELSE status_changed_at END
        WHERE id = $1 AND status <> ALL($5) AND provider_message_id IS NULL
        RETURNING id, channel, recipient, subject, body, attempts`,
      [id, MessageStatus.Queued, MessageStatus.Sending, new Date(), FINAL_STATUSES],
    );
    const [row] = rows;
    return row ? { channel: row.channel, attempts: row.attempts, outgoing: toOutgoing(row) } : null;
  }

  private send(message: Attempt): Promise<Accepted> {
    if (message.channel === MessageChannel.Sms) return this.sms.send(message.outgoing);
    if (message.channel === MessageChannel.Email) return this.mail.send(message.outgoing);
    throw new PermanentDeliveryError('channel_not_sent');
  }

  private fail(id: string, status: MessageStatus, reason: string, attempts: number): Promise<boolean> {
    return this.move(id, status, { failureReason: reason, failedAt: new Date(), attempts });
  }

  // The provider took it and will report: the status stays until the report moves it.
  private async recordAcceptance(id: string, change: StatusChange): Promise<void> {
    await this.update(this.dataSource.manager, id, change, [MessageStatus.Sending, MessageStatus.Failed]);
  }

  /** Moves the message to `status` if its current status allows it; false when it did not move. */
  private move(
    id: string,
    status: MessageStatus,
    change: StatusChange,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return this.update(
      manager,
      id,
      { ...change, status, statusChangedAt: new Date() },
      statusesBefore(status),
    );
  }

  private async update(
    manager: EntityManager,
    id: string,
    change: StatusChange & Partial<Pick<Message, 'status' | 'statusChangedAt'>>,
    from: readonly MessageStatus[],
  ): Promise<boolean> {
    const fields = Object.entries(change) as [keyof typeof COLUMNS, unknown][];
    const assignments = fields.map(([field], index) => `${COLUMNS[field]} = $${index + 3}`);
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE notifications.messages SET ${assignments.join(', ')} WHERE id = $1 AND status = ANY($2)`,
      [id, from, ...fields.map(([, value]) => value)],
    );
    return affected > 0;
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
