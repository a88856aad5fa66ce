import { AppError, ErrorKind } from '@motcua/contracts';

export enum DeliveryReportErrorCode {
  SignatureInvalid = 'DELIVERY_REPORT_SIGNATURE_INVALID',
  Stale = 'DELIVERY_REPORT_STALE',
  Malformed = 'DELIVERY_REPORT_MALFORMED',
}

const KINDS: Record<DeliveryReportErrorCode, ErrorKind> = {
  [DeliveryReportErrorCode.SignatureInvalid]: ErrorKind.Unauthenticated,
  [DeliveryReportErrorCode.Stale]: ErrorKind.Unauthenticated,
  [DeliveryReportErrorCode.Malformed]: ErrorKind.Invalid,
};

export class DeliveryReportError extends AppError {
  constructor(code: DeliveryReportErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
