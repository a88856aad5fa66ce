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
 * The postal provider's order API: places an order and answers the provider's tracking number. The provider
 * keeps one order per idempotency key, so retrying a call whose answer was lost never makes a second order.
 */
@Injectable()
export class PostalProviderClient {
  private readonly provider: ProviderConfig | null;

  constructor(config: ConfigService<AppConfig, true>) {
    this.provider = config.get('courier', { infer: true }).provider;
  }

  async placeOrder(order: ProviderOrder): Promise<string> {
    if (!this.provider) throw new Error('the postal provider order API is not configured');
    const response = await fetch(`${this.provider.url}/orders`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': order.reference,
        ...(this.provider.apiKey ? { authorization: `Bearer ${this.provider.apiKey}` } : {}),
      },
      body: JSON.stringify(order),
      signal: AbortSignal.timeout(ORDER_REQUEST_TIMEOUT_MS),
    }).catch((error: Error) => {
      throw new OrderError(OrderErrorCode.ProviderUnavailable, `order ${order.reference}: ${error.message}`);
    });
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
}
