import { AppError, ErrorKind } from '@motcua/contracts';

export enum ReceiptErrorCode {
  NotFound = 'RECEIPT_NOT_FOUND',
  NoActiveSeries = 'RECEIPT_NO_ACTIVE_SERIES',
  SeriesExhausted = 'RECEIPT_SERIES_EXHAUSTED',
  SeriesNotFound = 'RECEIPT_SERIES_NOT_FOUND',
  SeriesExists = 'RECEIPT_SERIES_EXISTS',
  SeriesCancelled = 'RECEIPT_SERIES_CANCELLED',
  PaymentNotFound = 'RECEIPT_PAYMENT_NOT_FOUND',
  PaperNotAllowed = 'RECEIPT_PAPER_NOT_ALLOWED',
  PaperDuplicate = 'RECEIPT_PAPER_DUPLICATE',
  PaperWrongAmount = 'RECEIPT_PAPER_WRONG_AMOUNT',
}

const KINDS: Record<ReceiptErrorCode, ErrorKind> = {
  [ReceiptErrorCode.NotFound]: ErrorKind.NotFound,
  [ReceiptErrorCode.NoActiveSeries]: ErrorKind.Conflict,
  [ReceiptErrorCode.SeriesExhausted]: ErrorKind.Conflict,
  [ReceiptErrorCode.SeriesNotFound]: ErrorKind.NotFound,
  [ReceiptErrorCode.SeriesExists]: ErrorKind.Conflict,
  [ReceiptErrorCode.SeriesCancelled]: ErrorKind.Conflict,
  [ReceiptErrorCode.PaymentNotFound]: ErrorKind.NotFound,
  [ReceiptErrorCode.PaperNotAllowed]: ErrorKind.Conflict,
  [ReceiptErrorCode.PaperDuplicate]: ErrorKind.Conflict,
  [ReceiptErrorCode.PaperWrongAmount]: ErrorKind.Invalid,
};

export class ReceiptError extends AppError {
  constructor(code: ReceiptErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
