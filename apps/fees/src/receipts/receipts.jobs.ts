/** Queue of receipts waiting for the e-receipt provider: their number, or the voiding of a corrected one. */
export const RECEIPTS_QUEUE = 'fees.receipts';

export enum ReceiptJobName {
  NumberReceipt = 'number-receipt',
  CancelAtProvider = 'cancel-at-provider',
}

export type ReceiptJob =
  | { name: ReceiptJobName.NumberReceipt; data: { receiptId: string } }
  | { name: ReceiptJobName.CancelAtProvider; data: { correctionId: string } };

export type JobData<Name extends ReceiptJobName> = Extract<ReceiptJob, { name: Name }>['data'];

/** Retries of a provider call: 1 s, 2 s, 4 s … (about 17 minutes over 10 attempts), then the boot sweep. */
export const NUMBER_RECEIPT_ATTEMPTS = 10;
export const NUMBER_RECEIPT_BACKOFF_MS = 1000;

// BullMQ refuses ":" in custom job ids.
export const numberReceiptJobId = (receiptId: string): string => `number-receipt-${receiptId}`;

export const cancelAtProviderJobId = (correctionId: string): string => `cancel-at-provider-${correctionId}`;
