import { AppError, ErrorKind } from '@motcua/contracts';

export enum ReceiptErrorCode {
  NotFound = 'RECEIPT_NOT_FOUND',
  NoActiveSeries = 'RECEIPT_NO_ACTIVE_SERIES',
  SeriesExhausted = 'RECEIPT_SERIES_EXHAUSTED',
  SeriesNotFound = 'RECEIPT_SERIES_NOT_FOUND',
  SeriesExists = 'RECEIPT_SERIES_EXISTS',
  SeriesCancelled = 'RECEIPT_SERIES_CANCELLED',
}

const KINDS: Record<ReceiptErrorCode, ErrorKind> = {
  [ReceiptErrorCode.NotFound]: ErrorKind.NotFound,
  [ReceiptErrorCode.NoActiveSeries]: ErrorKind.Conflict,
  [ReceiptErrorCode.SeriesExhausted]: ErrorKind.Conflict,
  [ReceiptErrorCode.SeriesNotFound]: ErrorKind.NotFound,
  [ReceiptErrorCode.SeriesExists]: ErrorKind.Conflict,
  [ReceiptErrorCode.SeriesCancelled]: ErrorKind.Conflict,
};

export class ReceiptError extends AppError {
  constructor(code: ReceiptErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
