import { AsyncLocalStorage } from 'node:async_hooks';

/** What ties one citizen action together across HTTP, request/reply and events. */
export interface CorrelationScope {
  readonly correlationId: string;
  /** Id of the message being handled, when the work was caused by one. */
  readonly causationId?: string;
}

const storage = new AsyncLocalStorage<CorrelationScope>();

export const CORRELATION_HEADER = 'x-correlation-id';

/** Correlation carried implicitly through async work, so logs and published events pick it up. */
export const Correlation = {
  run<T>(scope: CorrelationScope, work: () => T): T {
    return storage.run(scope, work);
  },
  current(): CorrelationScope | undefined {
    return storage.getStore();
  },
  id(): string | undefined {
    return storage.getStore()?.correlationId;
  },
};

const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Accepts a caller's correlation id only if it is short and harmless in logs. */
export function sanitiseCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && ACCEPTED_ID.test(value) ? value : undefined;
}
