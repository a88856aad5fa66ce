/** One field the gateway refused, as its error body names it (`applicant.phone`). */
export interface FieldError {
  readonly field: string;
  readonly constraint?: string;
  readonly message: string;
}

/** An error answer of the gateway: `{ code, message (Vietnamese), details }`, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The refused fields when the gateway listed them (validation failures). */
  get fieldErrors(): FieldError[] {
    return Array.isArray(this.details)
      ? this.details.filter(
          (detail): detail is FieldError =>
            typeof detail === 'object' &&
            detail !== null &&
            typeof (detail as FieldError).field === 'string' &&
            typeof (detail as FieldError).message === 'string',
        )
      : [];
  }
}

/** Builds the error from a non-2xx answer; a body that is not the gateway's shape keeps the HTTP status. */
export function toApiError(status: number, body: unknown): ApiError {
  const shaped = body as { code?: unknown; message?: unknown; details?: unknown } | null;
  if (shaped && typeof shaped.code === 'string' && typeof shaped.message === 'string') {
    return new ApiError(status, shaped.code, shaped.message, shaped.details);
  }
  return new ApiError(status, `HTTP_${status}`, `Lỗi ${status} từ máy chủ`);
}

/** Field errors keyed by form path, ready for a form to show under its inputs. */
export type FormFieldErrors = { name: (string | number)[]; errors: string[] }[];

/**
 * Groups field errors by form path: `applicant.phone` → `['applicant', 'phone']`, `documents[0].count` →
 * `['documents', 0, 'count']`, keeping every message of a field.
 */
export function fieldErrorsByPath(errors: readonly FieldError[]): FormFieldErrors {
  const byField = new Map<string, string[]>();
  for (const error of errors) byField.set(error.field, [...(byField.get(error.field) ?? []), error.message]);
  return [...byField].map(([field, messages]) => ({
    name: field
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter((part) => part !== '')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: messages,
  }));
}
