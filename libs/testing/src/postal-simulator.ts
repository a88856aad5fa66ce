import {
  ShipmentFailureReason,
  TRACKING_SIGNATURE_HEADER,
  TRACKING_TIMESTAMP_HEADER,
  TrackingStatus,
} from '@motcua/contracts';
import { createHmac, randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One tracking event as a postal provider reports it. */
export interface SimulatedEvent {
  readonly eventId: string;
  readonly trackingNumber: string;
  readonly status: TrackingStatus;
  readonly occurredAt: string;
  readonly location?: string;
  readonly note?: string;
  readonly reason?: ShipmentFailureReason;
}

/** An order the simulated provider took, with what it was asked. */
export interface SimulatedOrder {
  readonly idempotencyKey: string;
  readonly trackingNumber: string;
  readonly body: Record<string, unknown>;
  /** Order calls received with this key (retries included). */
  calls: number;
  /** Cancelled by `POST /orders/<key>/cancel`. */
  isCancelled: boolean;
}

export interface PushOptions {
  /** Unix seconds to sign with; now by default. */
  readonly timestamp?: number;
  /** Another secret than the shared one (a forged callback). */
  readonly secret?: string;
  /** Send no signature headers at all. */
  readonly unsigned?: boolean;
  /** Send this body instead of the events (signed as given). */
  readonly rawBody?: string;
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

// The provider's own numbering: `EE` + eight-digit serial + UPU S10 check digit + `VN`.
function providerTrackingNumber(serial: number): string {
  const digits = String(serial).padStart(8, '0');
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * S10_WEIGHTS[index], 0);
  const check = 11 - (sum % 11);
  return `EE${digits}${check === 10 ? 0 : check === 11 ? 5 : check}VN`;
}

/**
 * A postal provider for development and tests: it remembers the events of each item and serves them to the
 * polling adapter (`GET /items/<tracking number>/events`), and pushes them to the webhook endpoint signed
 * as the real provider would: `sha256=` HMAC-SHA256 of `<timestamp>.<raw body>` with the shared secret.
 * Its order API (`POST /orders` with an `Idempotency-Key`) answers `{trackingNumber}`, one order per key;
 * `POST /orders/<key>/cancel` cancels one (again: the same answer; an order it never took: 404).
 */
export class PostalSimulator {
  private readonly items = new Map<string, SimulatedEvent[]>();
  private readonly ordersByKey = new Map<string, SimulatedOrder>();
  private webhook: { url: string; secret: string } | null = null;
  private apiKey: string | null = null;
  private refusals = 0;
  private lostAnswers = 0;
  private orderCalls = 0;
  private cancellationRefusals = 0;
  private cancellationCalls = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<PostalSimulator> {
    const simulator = new PostalSimulator(createServer((req, res) => simulator.answer(req, res)));
    await new Promise<void>((resolve) => simulator.server.listen(0, '127.0.0.1', resolve));
    return simulator;
  }

  /** Base URL of the simulated tracking API. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Where callbacks go, and the secret shared with motcua. */
  deliverTo(url: string, secret: string): void {
    this.webhook = { url, secret };
  }

  /** An event about an item, to push to the webhook; polling does not see it. */
  event(
    trackingNumber: string,
    status: TrackingStatus,
    details: Partial<Omit<SimulatedEvent, 'trackingNumber' | 'status'>> = {},
  ): SimulatedEvent {
    return {
      eventId: details.eventId ?? `sim-${randomUUID()}`,
      trackingNumber,
      status,
      occurredAt: details.occurredAt ?? new Date().toISOString(),
      ...(details.location ? { location: details.location } : {}),
      ...(details.note ? { note: details.note } : {}),
      ...(details.reason ? { reason: details.reason } : {}),
    };
  }

  /** An event the provider's tracking API answers with: the polling adapter sees it. */
  record(
    trackingNumber: string,
    status: TrackingStatus,
    details: Partial<Omit<SimulatedEvent, 'trackingNumber' | 'status'>> = {},
  ): SimulatedEvent {
    const event = this.event(trackingNumber, status, details);
    this.items.set(trackingNumber, [...(this.items.get(trackingNumber) ?? []), event]);
    return event;
  }

  /** Posts events to the webhook as one callback; resolves with the status and JSON answer. */
  async push(
    events: readonly SimulatedEvent[],
    options: PushOptions = {},
  ): Promise<{ status: number; body: unknown }> {
    if (!this.webhook) throw new Error('PostalSimulator: call deliverTo() before push()');
    const body = options.rawBody ?? JSON.stringify({ events });
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const signature = `sha256=${createHmac('sha256', options.secret ?? this.webhook.secret)
      .update(`${timestamp}.${body}`)
      .digest('hex')}`;
    const response = await fetch(this.webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.unsigned
          ? {}
          : { [TRACKING_TIMESTAMP_HEADER]: timestamp, [TRACKING_SIGNATURE_HEADER]: signature }),
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** Order calls without `Authorization: Bearer <apiKey>` are refused with 401. */
  requireApiKey(apiKey: string): void {
    this.apiKey = apiKey;
  }

  /** The next `count` order calls are refused with 503 before any order is made. */
  refuseNextOrders(count: number): void {
    this.refusals = count;
  }

  /** The next `count` orders are made but their answer is lost (502), as when a connection drops. */
  loseNextOrderAnswers(count: number): void {
    this.lostAnswers = count;
  }

  /** The next `count` cancellation calls are refused with 503. */
  refuseNextCancellations(count: number): void {
    this.cancellationRefusals = count;
  }

  /** The orders taken, in order. */
  get orders(): readonly SimulatedOrder[] {
    return [...this.ordersByKey.values()];
  }

  /** Order calls received, refused and retried ones included. */
  get orderCallCount(): number {
    return this.orderCalls;
  }

  /** Cancellation calls received, refused ones and ones for orders never taken included. */
  get cancellationCallCount(): number {
    return this.cancellationCalls;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    if (request.method === 'POST' && request.url === '/orders') {
      void this.takeOrder(request, response);
      return;
    }
    const cancellation = /^\/orders\/([^/]+)\/cancel$/.exec(request.url ?? '');
    if (request.method === 'POST' && cancellation) {
      this.cancelOrder(decodeURIComponent(cancellation[1]), request, response);
      return;
    }
    const match = /^\/items\/([A-Z0-9]+)\/events$/.exec(request.url ?? '');
    const events = match ? this.items.get(match[1]) : undefined;
    if (request.method !== 'GET' || !events) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ events }));
  }

  private cancelOrder(key: string, request: IncomingMessage, response: ServerResponse): void {
    request.resume();
    this.cancellationCalls += 1;
    if (this.apiKey && request.headers.authorization !== `Bearer ${this.apiKey}`) {
      response.writeHead(401).end();
      return;
    }
    if (this.cancellationRefusals > 0) {
      this.cancellationRefusals -= 1;
      response.writeHead(503).end();
      return;
    }
    const order = this.ordersByKey.get(key);
    if (!order) {
      response.writeHead(404).end();
      return;
    }
    order.isCancelled = true;
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"cancelled":true}');
  }

  private async takeOrder(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    this.orderCalls += 1;
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key === '') {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"idempotency key"}');
      return;
    }
    if (this.apiKey && request.headers.authorization !== `Bearer ${this.apiKey}`) {
      response.writeHead(401).end();
      return;
    }
    if (this.refusals > 0) {
      this.refusals -= 1;
      response.writeHead(503).end();
      return;
    }
    let order = this.ordersByKey.get(key);
    if (order) {
      order.calls += 1;
    } else {
      order = {
        idempotencyKey: key,
        trackingNumber: providerTrackingNumber(this.ordersByKey.size + 1),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        calls: 1,
        isCancelled: false,
      };
      this.ordersByKey.set(key, order);
    }
    if (this.lostAnswers > 0) {
      this.lostAnswers -= 1;
      response.writeHead(502).end();
      return;
    }
    response
      .writeHead(201, { 'content-type': 'application/json' })
      .end(JSON.stringify({ trackingNumber: order.trackingNumber }));
  }
}
