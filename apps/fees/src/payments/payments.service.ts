import { Injectable } from '@nestjs/common';
import { PAYMENT_RECORDED_V1, PaymentMethod, PaymentV1, RecordPaymentV1 } from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Assessment } from '../assessments/assessment.entity';
import { allocate, checkPayable, statusAfterPayment } from '../assessments/assessment-rules';
import { AssessmentsService } from '../assessments/assessments.service';
import { CatalogService } from '../catalog/catalog.service';
import { ProviderNumberingService } from '../receipts/provider-numbering.service';
import { ReceiptsService } from '../receipts/receipts.service';
import { vietnamDay } from '../vietnam-day';
import { Payment } from './payment.entity';
import { toPaymentDto } from './payments.dto';

/** What a payment is, wherever it was made (counter or online). */
export interface PaymentFacts {
  readonly dossierId: string;
  readonly method: PaymentMethod;
  readonly amountDong: number;
  readonly counterNumber: number | null;
  readonly transferReference: string | null;
  readonly recordedBy: string;
  readonly recordedByName: string;
}

@Injectable()
export class PaymentsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly assessments: AssessmentsService,
    private readonly catalog: CatalogService,
    private readonly receipts: ReceiptsService,
    private readonly numbering: ProviderNumberingService,
  ) {}

  /** A cashier records a cash or transfer payment; retries with the same key return the first answer. */
  async recordCounterPayment(request: RecordPaymentV1): Promise<PaymentV1> {
    const { idempotencyKey, ...content } = request;
    const payment = await this.idempotency.run('payment.record', idempotencyKey, content, (tx) =>
      this.recordPayment(tx, {
        dossierId: request.dossierId,
        method: request.method,
        amountDong: request.amountDong,
        counterNumber: request.counterNumber,
        transferReference: request.transferReference ?? null,
        recordedBy: request.actor.id,
        recordedByName: request.actor.displayName ?? request.actor.name,
      }),
    );
    return this.withProviderNumbers(payment);
  }

  /** After the commit: receipts of a provider series get the provider's numbers (or are queued for them). */
  async withProviderNumbers(payment: PaymentV1): Promise<PaymentV1> {
    const pending = payment.receipts.filter((receipt) => receipt.number === undefined).map((r) => r.id);
    if (pending.length === 0) return payment;
    const numbers = await this.numbering.numberNow(pending);
    return {
      ...payment,
      receipts: payment.receipts.map((receipt) => {
        const number = numbers.get(receipt.id);
        return number === undefined ? receipt : { ...receipt, number };
      }),
    };
  }

  /**
   * Records a payment in the caller's transaction: checks it against what is owed, splits it over the fee
   * kinds, issues the receipts and announces both. Any refusal leaves nothing behind.
   */
  async recordPayment(tx: EntityManager, facts: PaymentFacts): Promise<PaymentV1> {
    const assessment = await this.assessments.lockAssessment(tx, facts.dossierId);
    checkPayable(assessment, facts.amountDong);
    const paidBefore = await tx.find(Payment, { where: { dossierId: facts.dossierId } });
    const paidAt = new Date();
    const payment = tx.create(Payment, {
      id: uuidv7(),
      dossierId: facts.dossierId,
      unitCode: assessment.unitCode,
      method: facts.method,
      amountDong: facts.amountDong,
      allocations: allocate(
        assessment.items,
        paidBefore.flatMap((p) => p.allocations),
        facts.amountDong,
      ),
      counterNumber: facts.counterNumber,
      day: vietnamDay(paidAt),
      transferReference: facts.transferReference,
      paidAt,
      recordedBy: facts.recordedBy,
      recordedByName: facts.recordedByName,
    });
    await tx.insert(Payment, payment);
    assessment.paidDong += facts.amountDong;
    assessment.status = statusAfterPayment(assessment.totalDong, assessment.paidDong);
    await tx.update(
      Assessment,
      { dossierId: assessment.dossierId },
      { paidDong: assessment.paidDong, status: assessment.status },
    );
    const outstandingDong = assessment.totalDong - assessment.paidDong;
    await this.outbox.publish(tx, PAYMENT_RECORDED_V1, {
      paymentId: payment.id,
      dossierId: assessment.dossierId,
      code: assessment.dossierCode,
      unitCode: assessment.unitCode,
      method: payment.method,
      amountDong: payment.amountDong,
      outstandingDong,
      isFullyPaid: outstandingDong === 0,
      paidAt: paidAt.toISOString(),
    });
    const unit = await this.catalog.unitOf(tx, assessment.unitCode);
    const receipts = await this.receipts.issueForPayment(tx, assessment, payment, unit);
    return toPaymentDto(payment, receipts);
  }
}
