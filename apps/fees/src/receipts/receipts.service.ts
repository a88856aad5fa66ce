import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RECEIPT_ISSUED_V1, ReceiptIssuer, ReceiptStatus } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Assessment } from '../assessments/assessment.entity';
import type { UnitCopy } from '../catalog/unit-copy.entity';
import type { Payment } from '../payments/payment.entity';
import { vietnamYear } from '../vietnam-day';
import { ReceiptSeriesService } from './receipt-series.service';
import { Receipt } from './receipt.entity';
import { ReceiptError, ReceiptErrorCode } from './receipts.errors';

@Injectable()
export class ReceiptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly series: ReceiptSeriesService,
  ) {}

  /**
   * Issues the receipts of a payment in its transaction: one per fee kind paid (phí and lệ phí apart), each
   * with the next number of the unit's active series. A unit that may not issue e-receipts gets none here:
   * its cashier registers the paper receipts.
   */
  async issueForPayment(
    tx: EntityManager,
    assessment: Assessment,
    payment: Payment,
    unit: UnitCopy,
  ): Promise<Receipt[]> {
    if (!unit.canIssueEReceipts) return [];
    const series = await this.series.activeSeries(tx, unit.code, vietnamYear(payment.paidAt));
    const receipts = payment.allocations.map((allocation) =>
      tx.create(Receipt, {
        id: uuidv7(),
        dossierId: assessment.dossierId,
        dossierCode: assessment.dossierCode,
        paymentId: payment.id,
        seriesId: series.id,
        issuer: series.issuer,
        status: ReceiptStatus.Issued,
        kind: allocation.kind,
        feeName: assessment.items
          .filter((item) => item.kind === allocation.kind)
          .map((item) => item.name)
          .join('; '),
        amountDong: allocation.amountDong,
        templateSymbol: series.templateSymbol,
        seriesSymbol: series.seriesSymbol,
        year: series.year,
        number: null,
        unitCode: unit.code,
        unitName: unit.name,
        taxCode: series.taxCode,
        payerName: assessment.payerName,
        method: payment.method,
        day: payment.day,
        counterNumber: payment.counterNumber,
        issuedAt: payment.paidAt,
        issuedBy: payment.recordedBy,
        issuedByName: payment.recordedByName,
        correctsReceiptId: null,
      }),
    );
    // Numbers last: the series row stays locked from the first number to the commit.
    for (const receipt of receipts) {
      if (series.issuer === ReceiptIssuer.Internal)
        receipt.number = await this.series.takeNumber(tx, series.id);
      await tx.insert(Receipt, receipt);
      if (receipt.number !== null) await this.announceIssued(tx, receipt);
    }
    return receipts;
  }

  async getReceipt(id: string): Promise<Receipt> {
    const receipt = await this.dataSource.getRepository(Receipt).findOneBy({ id });
    if (!receipt) throw new ReceiptError(ReceiptErrorCode.NotFound, 'Không tìm thấy biên lai', { id });
    return receipt;
  }

  /** `fees.receipt.issued.v1` for a receipt that has its number, in the transaction that gave it. */
  async announceIssued(tx: EntityManager, receipt: Receipt): Promise<void> {
    await this.outbox.publish(tx, RECEIPT_ISSUED_V1, {
      receiptId: receipt.id,
      dossierId: receipt.dossierId,
      unitCode: receipt.unitCode,
      issuer: receipt.issuer,
      kind: receipt.kind,
      amountDong: receipt.amountDong,
      ...(receipt.templateSymbol ? { templateSymbol: receipt.templateSymbol } : {}),
      seriesSymbol: receipt.seriesSymbol,
      number: receipt.number as number,
      issuedAt: receipt.issuedAt.toISOString(),
      ...(receipt.correctsReceiptId ? { correctsReceiptId: receipt.correctsReceiptId } : {}),
    });
  }
}
