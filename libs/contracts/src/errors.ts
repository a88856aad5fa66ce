/**
 * What kind of failure an error code is; the gateway maps kinds to HTTP statuses, consumers map them to
 * dead-lettering (`invalid`, `not_found`, `conflict`, `forbidden` are permanent) or retrying (`unavailable`).
 */
export enum ErrorKind {
  Invalid = 'invalid',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  TooMany = 'too_many',
  Unavailable = 'unavailable',
  Internal = 'internal',
}

/** One invalid field: `field` is a dotted path (`applicant.phone`), `constraint` a stable validator name. */
export interface FieldError {
  readonly field: string;
  readonly constraint: string;
  readonly message: string;
}

/** The stable error shape carried by request/reply and returned by the gateway (plus `correlationId`). */
export interface ErrorBody {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly message: string;
  readonly details?: unknown;
}

/** Error codes shared by every service; features add their own enums. */
export enum CommonErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  NotFound = 'NOT_FOUND',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  ServiceTimeout = 'SERVICE_TIMEOUT',
  Internal = 'INTERNAL_ERROR',
}

/**
 * A failure with a stable code. Services throw it (never HTTP exceptions); it crosses request/reply intact.
 * `message` is Vietnamese, for people; `code` is for machines.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return { code: this.code, kind: this.kind, message: this.message, details: this.details };
  }

  static fromBody(body: ErrorBody): AppError {
    return new AppError(body.code, body.kind, body.message, body.details);
  }

  static isBody(value: unknown): value is ErrorBody {
    if (typeof value !== 'object' || value === null) return false;
    const candidate = value as Record<string, unknown>;
    return (
      typeof candidate.code === 'string' &&
      typeof candidate.message === 'string' &&
      Object.values(ErrorKind).includes(candidate.kind as ErrorKind)
    );
  }
}
