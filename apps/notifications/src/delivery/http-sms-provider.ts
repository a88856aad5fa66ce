import { Accepted, Outgoing, PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';

interface ProviderAnswer {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly error?: unknown;
}

/**
 * An SMS provider's HTTP API: `POST <url>/messages` with `{ to, text, reference }`. 2xx answers
 * `{ id, status: 'accepted' | 'delivered' }`; 400 or 422 refuses the message for good (`{ error }`, e.g.
 * `invalid_number`); anything else, or no answer within the timeout, is the provider being down or slow.
 */
export class HttpSmsProvider {
  constructor(
    readonly name: string,
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  async send(message: Outgoing): Promise<Accepted> {
    let response: Response;
    try {
      response = await fetch(`${this.url}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: message.recipient, text: message.body, reference: message.messageId }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const isTimeout = (error as Error).name === 'TimeoutError';
      throw new TransientDeliveryError(isTimeout ? 'provider_timeout' : 'provider_unreachable');
    }
    const answer = (await response.json().catch(() => ({}))) as ProviderAnswer;
    if (response.status === 400 || response.status === 422) {
      throw new PermanentDeliveryError(typeof answer.error === 'string' ? answer.error : 'rejected');
    }
    if (!response.ok) throw new TransientDeliveryError(`provider_http_${response.status}`);
    return {
      provider: this.name,
      providerMessageId: typeof answer.id === 'string' ? answer.id : null,
      isDelivered: answer.status === 'delivered',
    };
  }
}
