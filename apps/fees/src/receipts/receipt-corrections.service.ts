import { Injectable } from '@nestjs/common';
import {
  AssessmentStatus,
  CorrectReceiptV1,
  CorrectionAction,
  RECEIPT_CANCELLED_V1,
  RECEIPT_REPLACED_V1,
  ReceiptCorrectionV1,
  ReceiptIssuer,
  ReceiptStatus,
  Role,
} from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Assessment } from '../assessments/assessment.entity';
import { ReconciliationService } from '../reconciliation/reconciliation.service';
import { vietnamDay, vietnamYear } from '../vietnam-day';
import { ProviderNumberingService } from './provider-numbering.service';
import { ReceiptCorrection } from './receipt-correction.entity';
import { ReceiptSeriesService } from './receipt-series.service';
import { Receipt } from './receipt.entity';
import { toReceiptDto } from './receipts.dto';
import { ReceiptError, ReceiptErrorCode } from './receipts.errors';
import { ReceiptsService } from './receipts.service';

const STATUS_AFTER: Record<CorrectionAction, ReceiptStatus> = {
  [CorrectionAction.Cancel]: ReceiptStatus.Cancelled,
  [CorrectionAction.Replace]: ReceiptStatus.Replaced,
  [CorrectionAction.Adjust]: ReceiptStatus.Adjusted,
};

/** Issued receipts are never deleted or edited: they are cancelled, replaced or adjusted, approved, linked. */
@Injectable()
export class ReceiptCorrectionsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly series: ReceiptSeriesService,
    private readonly receipts: ReceiptsService,
    private readonly numbering: ProviderNumberingService,
    private readonly reconciliation: ReconciliationService,
  ) {}

  async correctReceipt(request: CorrectReceiptV1): Promise<ReceiptCorrectionV1> {
    const { idempotencyKey, ...content } = request;
    const correction = await this.idempotency.run('receipt.correct', idempotencyKey, content, (tx) =>
      this.correct(tx, request),
    );
    await this.numbering.cancelNow(correction.id);
    const pending = correction.newReceipt && correction.newReceipt.number === undefined;
    if (!pending || !correction.newReceipt) return correction;
    const numbers = await this.numbering.numberNow([correction.newReceipt.id]);
    const number = numbers.get(correction.newReceipt.id);
    return number === undefined
      ? correction
      : { ...correction, newReceipt: { ...correction.newReceipt, number } };
  }

  private async correct(tx: EntityManager, request: CorrectReceiptV1): Promise<ReceiptCorrectionV1> {
    const original = await tx.findOne(Receipt, {
      where: { id: request.receiptId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!original) {
      throw new ReceiptError(ReceiptErrorCode.NotFound, 'Không tìm thấy biên lai', { id: request.receiptId });
    }
    checkCorrectable(original, request);
    const correctedAt = new Date();
    // The correction counts in its own day at the receipt's counter, which must still be open.
    if (original.counterNumber !== null) {
      await this.reconciliation.holdOpenDay(tx, vietnamDay(correctedAt), original.counterNumber);
    }
    const replacement =
      request.action === CorrectionAction.Cancel
        ? null
        : await this.issueReplacement(tx, original, request, correctedAt);
    await tx.update(Receipt, { id: original.id }, { status: STATUS_AFTER[request.action] });
    const correction = tx.create(ReceiptCorrection, {
      id: uuidv7(),
      receiptId: original.id,
      action: request.action,
      reason: request.reason,
      approvedBy: request.actor.id,
      approvedByName: request.actor.displayName ?? request.actor.name,
      newReceiptId: replacement?.id ?? null,
      unitCode: original.unitCode,
      templateSymbol: original.templateSymbol,
      seriesSymbol: original.seriesSymbol,
      number: original.number,
      issuedOn: vietnamDay(original.issuedAt),
      day: vietnamDay(correctedAt),
      counterNumber: original.counterNumber,
      amountDong: original.amountDong,
      method: original.method,
      correctedAt,
    });
    await tx.insert(ReceiptCorrection, correction);
    if (request.action === CorrectionAction.Cancel) await this.giveBack(tx, original, request, correctedAt);
    else await this.announceReplacement(tx, original, replacement as Receipt, request, correctedAt);
    return toCorrectionDto(correction, replacement);
  }

  // A new receipt with the next number of the unit's active series, pointing to the one it corrects.
  private async issueReplacement(
    tx: EntityManager,
    original: Receipt,
    request: CorrectReceiptV1,
    issuedAt: Date,
  ): Promise<Receipt> {
    const series = await this.series.activeSeries(tx, original.unitCode, vietnamYear(issuedAt));
    const replacement = tx.create(Receipt, {
      ...original,
      id: uuidv7(),
      seriesId: series.id,
      issuer: series.issuer,
      status: ReceiptStatus.Issued,
      templateSymbol: series.templateSymbol,
      seriesSymbol: series.seriesSymbol,
      year: series.year,
      number: null,
      taxCode: series.taxCode ?? original.taxCode,
      payerName: request.changes?.payerName ?? original.payerName,
      feeName: request.changes?.feeName ?? original.feeName,
      day: vietnamDay(issuedAt),
      issuedAt,
      issuedBy: request.actor.id,
      issuedByName: request.actor.displayName ?? request.actor.name,
      correctsReceiptId: original.id,
    });
    if (series.issuer === ReceiptIssuer.Internal)
      replacement.number = await this.series.takeNumber(tx, series.id);
    await tx.insert(Receipt, replacement);
    if (replacement.number !== null) await this.receipts.announceIssued(tx, replacement);
    return replacement;
  }

  // A cancelled receipt's money is given back: the dossier owes that amount again.
  private async giveBack(
    tx: EntityManager,
    original: Receipt,
    request: CorrectReceiptV1,
    cancelledAt: Date,
  ): Promise<void> {
    const assessment = await tx.findOne(Assessment, {
      where: { dossierId: original.dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (assessment) {
      const paidDong = assessment.paidDong - original.amountDong;
      await tx.update(
        Assessment,
        { dossierId: assessment.dossierId },
        { paidDong, status: paidDong > 0 ? AssessmentStatus.PartlyPaid : AssessmentStatus.Due },
      );
    }
    await this.outbox.publish(tx, RECEIPT_CANCELLED_V1, {
      receiptId: original.id,
      dossierId: original.dossierId,
      unitCode: original.unitCode,
      amountDong: original.amountDong,
      reason: request.reason,
      approvedBy: request.actor.id,
      cancelledAt: cancelledAt.toISOString(),
    });
  }

  private async announceReplacement(
    tx: EntityManager,
    original: Receipt,
    replacement: Receipt,
    request: CorrectReceiptV1,
    replacedAt: Date,
  ): Promise<void> {
    await this.outbox.publish(tx, RECEIPT_REPLACED_V1, {
      receiptId: original.id,
      replacementId: replacement.id,
      dossierId: original.dossierId,
      unitCode: original.unitCode,
      action: request.action,
      reason: request.reason,
      approvedBy: request.actor.id,
      replacedAt: replacedAt.toISOString(),
    });
  }
}

/** Only a receipt in force, numbered, may be corrected, by a lead of its unit or the Center's manager. */
function checkCorrectable(receipt: Receipt, request: CorrectReceiptV1): void {
  const isCenterApprover = request.actor.roles.some((role) => role === Role.Manager || role === Role.Admin);
  if (!isCenterApprover && request.actor.unitCode !== receipt.unitCode) {
    throw new ReceiptError(
      ReceiptErrorCode.ApproverForbidden,
      'Chỉ lãnh đạo đơn vị thu hoặc lãnh đạo Trung tâm được duyệt xử lý biên lai',
    );
  }
  if (receipt.status !== ReceiptStatus.Issued) {
    throw new ReceiptError(
      ReceiptErrorCode.CorrectionNotAllowed,
      'Biên lai đã được hủy, thay thế hoặc điều chỉnh; hãy xử lý biên lai mới nhất',
      { status: receipt.status },
    );
  }
  if (receipt.number === null) {
    throw new ReceiptError(
      ReceiptErrorCode.CorrectionNotAllowed,
      'Biên lai chưa được nhà cung cấp cấp số, chưa xử lý được',
    );
  }
  if (receipt.issuer === ReceiptIssuer.Paper && request.action !== CorrectionAction.Cancel) {
    throw new ReceiptError(
      ReceiptErrorCode.CorrectionNotAllowed,
      'Biên lai giấy chỉ được hủy; biên lai thay thế được đăng ký như một biên lai giấy mới',
    );
  }
}

function toCorrectionDto(correction: ReceiptCorrection, replacement: Receipt | null): ReceiptCorrectionV1 {
  return {
    id: correction.id,
    receiptId: correction.receiptId,
    action: correction.action,
    reason: correction.reason,
    approvedBy: correction.approvedBy,
    approvedByName: correction.approvedByName,
    correctedAt: correction.correctedAt.toISOString(),
    errorNotice: {
      ...(correction.templateSymbol ? { templateSymbol: correction.templateSymbol } : {}),
      seriesSymbol: correction.seriesSymbol,
      ...(correction.number === null ? {} : { number: correction.number }),
      issuedOn: correction.issuedOn,
      action: correction.action,
      reason: correction.reason,
    },
    ...(replacement ? { newReceipt: toReceiptDto(replacement) } : {}),
  };
}
