/** Queue of receipts waiting for the e-receipt provider's number. */
export const RECEIPTS_QUEUE = 'fees.receipts';

export enum ReceiptJobName {
  NumberReceipt = 'number-receipt',
}

export type ReceiptJob = { name: ReceiptJobName.NumberReceipt; data: { receiptId: string } };

export type JobData<Name extends ReceiptJobName> = Extract<ReceiptJob, { name: Name }>['data'];

/** Retries of a provider call: 1 s, 2 s, 4 s … (about 17 minutes over 10 attempts), then the boot sweep. */
export const NUMBER_RECEIPT_ATTEMPTS = 10;
export const NUMBER_RECEIPT_BACKOFF_MS = 1000;

// BullMQ refuses ":" in custom job ids.
export const numberReceiptJobId = (receiptId: string): string => `number-receipt-${receiptId}`;
