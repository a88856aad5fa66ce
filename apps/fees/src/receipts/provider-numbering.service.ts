import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PAYMENT_METHOD_LABELS, ReceiptIssuer } from '@motcua/contracts';
import { amountInWords } from '@motcua/documents';
import { Queue } from 'bullmq';
import { DataSource, IsNull } from 'typeorm';
import { EReceiptProviderClient } from './e-receipt-provider.client';
import { Receipt } from './receipt.entity';
import {
  NUMBER_RECEIPT_ATTEMPTS,
  NUMBER_RECEIPT_BACKOFF_MS,
  RECEIPTS_QUEUE,
  ReceiptJobName,
  numberReceiptJobId,
} from './receipts.jobs';
import { ReceiptsService } from './receipts.service';

/**
 * The provider side of the issuer adapter: receipts of a `provider` series are stored unnumbered in the
 * payment's transaction (no network call holds it open), then numbered by the e-receipt provider, whose numbers
 * are the truth. A failed call is retried from the queue; receipts still unnumbered at boot are queued again.
 */
@Injectable()
export class ProviderNumberingService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ProviderNumberingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(RECEIPTS_QUEUE) private readonly queue: Queue,
    private readonly provider: EReceiptProviderClient,
    private readonly receipts: ReceiptsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const pending = await this.dataSource
      .getRepository(Receipt)
      .find({ select: { id: true }, where: { issuer: ReceiptIssuer.Provider, number: IsNull() } });
    await Promise.all(pending.map((receipt) => this.queueNumbering(receipt.id)));
  }

  /** Right after the payment committed: numbers what it can now and queues the rest. */
  async numberNow(receiptIds: readonly string[]): Promise<Map<string, number>> {
    const numbers = new Map<string, number>();
    for (const receiptId of receiptIds) {
      try {
        const receipt = await this.numberReceipt(receiptId);
        if (receipt.number !== null) numbers.set(receiptId, receipt.number);
      } catch (error) {
        this.logger.warn(`receipt ${receiptId} not numbered yet: ${(error as Error).message}`);
        await this.queueNumbering(receiptId);
      }
    }
    return numbers;
  }

  /** Asks the provider for the receipt's number (idempotent by receipt id) and records it once. */
  async numberReceipt(receiptId: string): Promise<Receipt> {
    const receipt = await this.receipts.getReceipt(receiptId);
    if (receipt.number !== null) return receipt;
    const issued = await this.provider.issue({
      key: receipt.id,
      templateSymbol: receipt.templateSymbol ?? '',
      seriesSymbol: receipt.seriesSymbol,
      taxCode: receipt.taxCode,
      unitName: receipt.unitName,
      payerName: receipt.payerName,
      dossierCode: receipt.dossierCode,
      feeName: receipt.feeName,
      amountDong: receipt.amountDong,
      amountInWords: amountInWords(receipt.amountDong),
      method: PAYMENT_METHOD_LABELS[receipt.method],
      issuedAt: receipt.issuedAt.toISOString(),
    });
    return this.dataSource.transaction(async (tx) => {
      const [rows]: [Receipt[], number] = await tx.query(
        `UPDATE fees.receipts SET number = $2, template_symbol = $3, series_symbol = $4
         WHERE id = $1 AND number IS NULL RETURNING id`,
        [receipt.id, issued.number, issued.templateSymbol, issued.seriesSymbol],
      );
      const numbered = Object.assign(receipt, {
        number: issued.number,
        templateSymbol: issued.templateSymbol,
        seriesSymbol: issued.seriesSymbol,
      });
      if (rows.length > 0) await this.receipts.announceIssued(tx, numbered);
      return numbered;
    });
  }

  private async queueNumbering(receiptId: string): Promise<void> {
    await this.queue.add(
      ReceiptJobName.NumberReceipt,
      { receiptId },
      {
        jobId: numberReceiptJobId(receiptId),
        attempts: NUMBER_RECEIPT_ATTEMPTS,
        backoff: { type: 'exponential', delay: NUMBER_RECEIPT_BACKOFF_MS },
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }
}
