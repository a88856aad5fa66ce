import { Injectable } from '@nestjs/common';
import {
  CallbackOutcome,
  CallbackResultV1,
  ConfirmOnlinePaymentV1,
  PaymentMethod,
  PaymentRequestStatus,
  PaymentRequestV1,
  RequestOnlinePaymentV1,
} from '@motcua/contracts';
import { IdempotencyService } from '@motcua/messaging';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { checkPayable } from '../assessments/assessment-rules';
import { AssessmentsService } from '../assessments/assessments.service';
import { OnlinePaymentError, OnlinePaymentErrorCode } from './online-payments.errors';
import { PaymentRequest } from './payment-request.entity';
import { SimulatorPaymentProvider } from './payment-provider';
import { PaymentsService } from './payments.service';

/** Who records online payments in the audit trail: the provider's callback, not a person. */
export const ONLINE_PAYMENT_RECORDER = {
  id: '01a21e00-0000-7000-8000-0000000000f1',
  name: 'Cổng thanh toán trực tuyến',
};

function toRequestDto(request: PaymentRequest): PaymentRequestV1 {
  return {
    reference: request.reference,
    dossierId: request.dossierId,
    amountDong: request.amountDong,
    payUrl: request.payUrl,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    ...(request.paymentId ? { paymentId: request.paymentId } : {}),
  };
}

@Injectable()
export class OnlinePaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly assessments: AssessmentsService,
    private readonly payments: PaymentsService,
    private readonly provider: SimulatorPaymentProvider,
  ) {}

  /** Opens an online payment of everything the dossier still owes, with a reference the provider sends back. */
  requestPayment(request: RequestOnlinePaymentV1): Promise<PaymentRequestV1> {
    if (!this.provider.isConfigured) {
      return Promise.reject(
        new OnlinePaymentError(OnlinePaymentErrorCode.NotConfigured, 'Chưa cấu hình thanh toán trực tuyến'),
      );
    }
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('online-payment.request', idempotencyKey, content, async (tx) => {
      const assessment = await this.assessments.lockAssessment(tx, request.dossierId);
      const amountDong = assessment.totalDong - assessment.paidDong;
      checkPayable(assessment, amountDong);
      const reference = uuidv7();
      const row = tx.create(PaymentRequest, {
        reference,
        dossierId: assessment.dossierId,
        amountDong,
        status: PaymentRequestStatus.Pending,
        payUrl: this.provider.payUrl(reference, amountDong),
        requestedBy: request.actor.id,
        createdAt: new Date(),
        paymentId: null,
      });
      await tx.insert(PaymentRequest, row);
      return toRequestDto(row);
    });
  }

  /**
   * The provider's callback: refused unless signed with the shared secret, for a known reference and its exact
   * amount. A success records the payment and issues its receipts; a replayed callback (same transaction id)
   * changes nothing and gets the first outcome.
   */
  async confirmPayment(callback: ConfirmOnlinePaymentV1): Promise<CallbackResultV1> {
    if (!this.provider.isAuthentic(callback)) {
      throw new OnlinePaymentError(
        OnlinePaymentErrorCode.SignatureInvalid,
        'Chữ ký của thông báo thanh toán không hợp lệ',
        [{ field: 'signature', constraint: 'hmac', message: 'Chữ ký không hợp lệ' }],
      );
    }
    const result = await this.dataSource.transaction(async (tx) => {
      const replay = await this.previousOutcome(tx, callback.transactionId);
      if (replay) return { result: replay, payment: null };
      const request = await tx.findOne(PaymentRequest, {
        where: { reference: callback.reference },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) {
        throw new OnlinePaymentError(
          OnlinePaymentErrorCode.UnknownReference,
          'Không tìm thấy yêu cầu thanh toán',
          [{ field: 'reference', constraint: 'exists', message: 'Mã tham chiếu không tồn tại' }],
        );
      }
      if (callback.amountDong !== request.amountDong) {
        throw new OnlinePaymentError(
          OnlinePaymentErrorCode.AmountMismatch,
          'Số tiền thanh toán không khớp với yêu cầu thanh toán',
          [{ field: 'amountDong', constraint: 'equalsRequested', message: 'Số tiền không khớp' }],
        );
      }
      if (request.status === PaymentRequestStatus.Paid) {
        throw new OnlinePaymentError(
          OnlinePaymentErrorCode.AlreadyPaid,
          'Yêu cầu thanh toán này đã được thanh toán bằng một giao dịch khác',
        );
      }
      if (callback.status === 'failed') {
        await this.recordCallback(tx, callback, CallbackOutcome.Failed, null);
        return { result: { reference: request.reference, outcome: CallbackOutcome.Failed }, payment: null };
      }
      const payment = await this.payments.recordPayment(tx, {
        dossierId: request.dossierId,
        method: PaymentMethod.Online,
        amountDong: callback.amountDong,
        counterNumber: null,
        transferReference: callback.transactionId,
        recordedBy: ONLINE_PAYMENT_RECORDER.id,
        recordedByName: ONLINE_PAYMENT_RECORDER.name,
      });
      await tx.update(
        PaymentRequest,
        { reference: request.reference },
        { status: PaymentRequestStatus.Paid, paymentId: payment.id },
      );
      await this.recordCallback(tx, callback, CallbackOutcome.Recorded, payment.id);
      return {
        result: { reference: request.reference, outcome: CallbackOutcome.Recorded, paymentId: payment.id },
        payment,
      };
    });
    if (result.payment) await this.payments.withProviderNumbers(result.payment);
    return result.result;
  }

  private async previousOutcome(tx: EntityManager, transactionId: string): Promise<CallbackResultV1 | null> {
    const [row]: { reference: string; payment_id: string | null }[] = await tx.query(
      `SELECT reference, payment_id FROM fees.provider_callbacks WHERE transaction_id = $1`,
      [transactionId],
    );
    if (!row) return null;
    return {
      reference: row.reference,
      outcome: CallbackOutcome.Duplicate,
      ...(row.payment_id ? { paymentId: row.payment_id } : {}),
    };
  }

  // The transaction id's primary key makes a concurrent replay wait for this one and then fail: the provider
  // retries, and the retry finds the row.
  private async recordCallback(
    tx: EntityManager,
    callback: ConfirmOnlinePaymentV1,
    outcome: CallbackOutcome,
    paymentId: string | null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO fees.provider_callbacks (transaction_id, reference, outcome, payment_id, received_at)
       VALUES ($1, $2, $3, $4, now())`,
      [callback.transactionId, callback.reference, outcome, paymentId],
    );
  }
}
