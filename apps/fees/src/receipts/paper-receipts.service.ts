import { Injectable } from '@nestjs/common';
import { ReceiptIssuer, ReceiptStatus, ReceiptV1, RegisterPaperReceiptV1 } from '@motcua/contracts';
import { IdempotencyService } from '@motcua/messaging';
import { EntityManager, In, QueryFailedError } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Assessment } from '../assessments/assessment.entity';
import { CatalogService } from '../catalog/catalog.service';
import { Payment } from '../payments/payment.entity';
import { vietnamYear } from '../vietnam-day';
import { Receipt } from './receipt.entity';
import { toReceiptDto } from './receipts.dto';
import { ReceiptError, ReceiptErrorCode } from './receipts.errors';
import { ReceiptsService } from './receipts.service';

const UNIQUE_VIOLATION = '23505';

/** Paper receipts of units that may not issue e-receipts (the provincial Police), registered by the cashier. */
@Injectable()
export class PaperReceiptsService {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly catalog: CatalogService,
    private readonly receipts: ReceiptsService,
  ) {}

  /**
   * Registers the paper receipt written for one fee kind of a payment: its amount must be what that kind
   * received, and its series + number must be new for the unit.
   */
  registerPaperReceipt(request: RegisterPaperReceiptV1): Promise<ReceiptV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency
      .run('paper-receipt.register', idempotencyKey, content, async (tx) => {
        const payment = await tx.findOne(Payment, {
          where: { id: request.paymentId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!payment) {
          throw new ReceiptError(ReceiptErrorCode.PaymentNotFound, 'Không tìm thấy khoản thu', {
            paymentId: request.paymentId,
          });
        }
        const unit = await this.catalog.unitOf(tx, payment.unitCode);
        if (unit.canIssueEReceipts) {
          throw new ReceiptError(
            ReceiptErrorCode.PaperNotAllowed,
            `${unit.name} phát hành biên lai điện tử, không đăng ký biên lai giấy`,
          );
        }
        await this.checkAmount(tx, payment, request);
        const assessment = await tx.findOneByOrFail(Assessment, { dossierId: payment.dossierId });
        const issuedAt = new Date();
        const receipt = tx.create(Receipt, {
          id: uuidv7(),
          dossierId: payment.dossierId,
          dossierCode: assessment.dossierCode,
          paymentId: payment.id,
          seriesId: null,
          issuer: ReceiptIssuer.Paper,
          status: ReceiptStatus.Issued,
          kind: request.kind,
          feeName: assessment.items
            .filter((item) => item.kind === request.kind)
            .map((item) => item.name)
            .join('; '),
          amountDong: request.amountDong,
          templateSymbol: request.templateSymbol ?? null,
          seriesSymbol: request.seriesSymbol,
          year: vietnamYear(payment.paidAt),
          number: request.number,
          unitCode: unit.code,
          unitName: unit.name,
          taxCode: unit.taxCode,
          payerName: assessment.payerName,
          method: payment.method,
          day: payment.day,
          counterNumber: payment.counterNumber,
          issuedAt,
          issuedBy: request.actor.id,
          issuedByName: request.actor.displayName ?? request.actor.name,
          correctsReceiptId: null,
        });
        await tx.insert(Receipt, receipt);
        await this.receipts.announceIssued(tx, receipt);
        return toReceiptDto(receipt);
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
        ) {
          throw new ReceiptError(
            ReceiptErrorCode.PaperDuplicate,
            `Biên lai ký hiệu ${request.seriesSymbol} số ${request.number} đã được đăng ký`,
            [{ field: 'number', constraint: 'unique', message: 'Ký hiệu và số biên lai đã được đăng ký' }],
          );
        }
        throw error;
      });
  }

  // What the kind received in this payment, less the paper receipts already registered for it.
  private async checkAmount(
    tx: EntityManager,
    payment: Payment,
    request: RegisterPaperReceiptV1,
  ): Promise<void> {
    const received = payment.allocations
      .filter((a) => a.kind === request.kind)
      .reduce((sum, a) => sum + a.amountDong, 0);
    const registered = await tx.find(Receipt, {
      where: { paymentId: payment.id, kind: request.kind, status: In([ReceiptStatus.Issued]) },
    });
    const left = received - registered.reduce((sum, r) => sum + r.amountDong, 0);
    if (request.amountDong !== left) {
      const message =
        left === 0
          ? 'Khoản thu này đã có đủ biên lai giấy'
          : `Số tiền trên biên lai phải bằng số đã thu (${left.toLocaleString('vi-VN')} đồng)`;
      throw new ReceiptError(ReceiptErrorCode.PaperWrongAmount, message, [
        { field: 'amountDong', constraint: 'equalsCollected', message },
      ]);
    }
  }
}
