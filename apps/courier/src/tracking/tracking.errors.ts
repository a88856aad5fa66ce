import { AppError, ErrorKind } from '@motcua/contracts';

export enum TrackingErrorCode {
  NotConfigured = 'COURIER_WEBHOOK_NOT_CONFIGURED',
  Stale = 'COURIER_WEBHOOK_STALE',
  BadSignature = 'COURIER_WEBHOOK_SIGNATURE_INVALID',
  Malformed = 'COURIER_WEBHOOK_MALFORMED',
}

const KINDS: Record<TrackingErrorCode, ErrorKind> = {
  [TrackingErrorCode.NotConfigured]: ErrorKind.Unavailable,
  [TrackingErrorCode.Stale]: ErrorKind.Unauthenticated,
  [TrackingErrorCode.BadSignature]: ErrorKind.Unauthenticated,
  [TrackingErrorCode.Malformed]: ErrorKind.Invalid,
};

export class TrackingError extends AppError {
  constructor(code: TrackingErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
