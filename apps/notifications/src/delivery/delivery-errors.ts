/** The recipient or content can never be delivered (invalid number, address refused): no retry. */
export class PermanentDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PermanentDeliveryError';
  }
}

/** Worth another attempt later (provider down or slow, mail server unreachable). */
export class TransientDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TransientDeliveryError';
  }
}

/** Every provider is at its rate limit: try again after `retryAfterMs` without spending an attempt. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('rate_limited');
    this.name = 'RateLimitedError';
  }
}

/** What a channel answers when it took the message. */
export interface Accepted {
  readonly provider: string;
  readonly providerMessageId: string | null;
  /** False when the provider will report delivery later (callback). */
  readonly isDelivered: boolean;
}

/** One outgoing message as a channel adapter sees it. */
export interface Outgoing {
  readonly messageId: string;
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
}
