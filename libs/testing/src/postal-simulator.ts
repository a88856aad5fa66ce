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

/**
 * A postal provider for development and tests: it remembers the events of each item and serves them to the
 * polling adapter (`GET /items/<tracking number>/events`), and pushes them to the webhook endpoint signed
 * as the real provider would: `sha256=` HMAC-SHA256 of `<timestamp>.<raw body>` with the shared secret.
 */
export class PostalSimulator {
  private readonly items = new Map<string, SimulatedEvent[]>();
  private webhook: { url: string; secret: string } | null = null;

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

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const match = /^\/items\/([A-Z0-9]+)\/events$/.exec(request.url ?? '');
    const events = match ? this.items.get(match[1]) : undefined;
    if (request.method !== 'GET' || !events) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ events }));
  }
}
