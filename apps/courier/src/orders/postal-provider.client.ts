import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ShipmentKind } from '@motcua/contracts';
import type { AppConfig, ProviderConfig } from '../config';
import { isTrackingNumberValid } from '../shipments/tracking-rules';
import { ORDER_REQUEST_TIMEOUT_MS } from './orders.jobs';
import { OrderError, OrderErrorCode } from './orders.errors';

/** One end of a journey as the provider's order names it: a unit and its contact point, or a citizen. */
export interface OrderParty {
  readonly name: string;
  readonly unitCode?: string;
  readonly contactName?: string;
  readonly phone?: string;
  readonly address?: string;
}

/** What courier asks the provider to carry (`POST <url>/orders`). */
export interface ProviderOrder {
  /** The shipment id; also the `Idempotency-Key`, so a repeated order is the same order. */
  readonly reference: string;
  readonly service: string;
  readonly sender: OrderParty;
  readonly recipient: OrderParty;
  readonly package: {
    readonly kind: ShipmentKind;
    readonly dossierCodes: readonly string[];
  };
}

/**
 * The postal provider's order API: places an order and answers the provider's tracking number, or cancels it.
 * The provider keeps one order per idempotency key, so retrying a call whose answer was lost never makes a
 * second order.
 */
@Injectable()
export class PostalProviderClient {
  private readonly provider: ProviderConfig | null;

  constructor(config: ConfigService<AppConfig, true>) {
    this.provider = config.get('courier', { infer: true }).provider;
  }

  async placeOrder(order: ProviderOrder): Promise<string> {
    const response = await this.call('/orders', order.reference, JSON.stringify(order));
    if (!response.ok) {
      throw new OrderError(
        OrderErrorCode.ProviderUnavailable,
        `order ${order.reference}: the provider answered ${response.status}`,
      );
    }
    const answer = (await response.json().catch(() => null)) as { trackingNumber?: unknown } | null;
    const trackingNumber = answer?.trackingNumber;
    if (typeof trackingNumber !== 'string' || !isTrackingNumberValid(trackingNumber)) {
      throw new OrderError(
        OrderErrorCode.ProviderAnswerInvalid,
        `order ${order.reference}: the provider answered no valid tracking number`,
      );
    }
    return trackingNumber;
  }

  /**
   * Cancels the order of `reference` (`POST <url>/orders/<reference>/cancel`). Cancelling twice is the same
   * cancellation, and an order the provider never took (404) has nothing to cancel: both count as done.
   */
  async cancelOrder(reference: string): Promise<void> {
    const response = await this.call(`/orders/${encodeURIComponent(reference)}/cancel`, reference, '{}');
    if (!response.ok && response.status !== 404) {
      throw new OrderError(
        OrderErrorCode.ProviderUnavailable,
        `cancellation of order ${reference}: the provider answered ${response.status}`,
      );
    }
  }

  private async call(path: string, reference: string, body: string): Promise<Response> {
    if (!this.provider) throw new Error('the postal provider order API is not configured');
    return fetch(`${this.provider.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': reference,
        ...(this.provider.apiKey ? { authorization: `Bearer ${this.provider.apiKey}` } : {}),
      },
      body,
      signal: AbortSignal.timeout(ORDER_REQUEST_TIMEOUT_MS),
    }).catch((error: Error) => {
      throw new OrderError(
        OrderErrorCode.ProviderUnavailable,
        `${path} (order ${reference}): ${error.message}`,
      );
    });
  }
}
