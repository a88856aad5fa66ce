import { AppError, ErrorKind } from '@motcua/contracts';
import { isTransientDatabaseError } from '@motcua/persistence';

/**
 * What to do with a message whose handling threw:
 * - `outage`: the database or broker was unreachable; hold the message and retry without spending
 *   deliveries, because the message is fine and the outage may last longer than the delivery limit.
 * - `permanent`: the message can never succeed (a domain refusal); dead-letter it now with the reason.
 * - `retry`: unknown failure; requeue after a backoff and let the delivery limit decide.
 */
export type FailureClass = 'outage' | 'permanent' | 'retry';

const PERMANENT_KINDS = new Set([
  ErrorKind.Invalid,
  ErrorKind.NotFound,
  ErrorKind.Conflict,
  ErrorKind.Forbidden,
]);

export function classifyFailure(error: unknown): FailureClass {
  if (isTransientDatabaseError(error)) return 'outage';
  if (error instanceof AppError) {
    if (PERMANENT_KINDS.has(error.kind)) return 'permanent';
    if (error.kind === ErrorKind.Unavailable) return 'outage';
  }
  return 'retry';
}

/** Capped exponential backoff before the `attempt`-th retry (1-based). */
export function backoffMs(attempt: number, baseMs: number, capMs = 5000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

export function describeError(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
