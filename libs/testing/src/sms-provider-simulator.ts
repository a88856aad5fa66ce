import { SMS_REPORT_SIGNATURE_HEADER, SMS_REPORT_TIMESTAMP_HEADER } from '@motcua/contracts';
import { createHmac } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An SMS the simulator accepted. */
export interface SimulatedSms {
  readonly id: string;
  readonly to: string;
  readonly text: string;
  readonly reference: string;
}

/** How the simulated provider behaves: answers at once, is down (503), or answers too late. */
export type ProviderMode = 'up' | 'down' | 'slow';

const SLOW_ANSWER_MS = 10_000;

export interface ReportOptions {
  readonly reason?: string;
  /** Unix seconds to sign with; now by default. */
  readonly timestamp?: number;
  /** Another secret than this provider's own (a forged report, or another provider's). */
  readonly secret?: string;
  /** Send no signature headers at all. */
  readonly unsigned?: boolean;
}

/** A report as it was sent, to send again byte for byte (a replay). */
export interface SentReport {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * A provider's HTTP API as motcua's SMS adapter speaks it (`POST /messages`), over a real socket: it can be
 * down or slow, refuse numbers for good (400 `invalid_number`), and accept for a later delivery report.
 */
export class SmsProviderSimulator {
  mode: ProviderMode = 'up';
  /** Numbers whose every message is answered 503 the first time it comes, and accepted when retried. */
  readonly failsOnceFor = new Set<string>();
  private readonly failedOnce = new Set<string>();
  /** Answer `accepted` (a delivery report follows) instead of `delivered`. */
  reportsLater = false;
  readonly invalidNumbers = new Set<string>();
  readonly received: SimulatedSms[] = [];
  private requests = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private reports: { url: string; secret: string } | null = null;

  private constructor(
    readonly name: string,
    private readonly server: Server,
  ) {}

  static async start(name: string): Promise<SmsProviderSimulator> {
    const server = createServer();
    const simulator = new SmsProviderSimulator(name, server);
    server.on('request', (request, response) => void simulator.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return simulator;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The SMS sent to a number (E.164). */
  to(phone: string): SimulatedSms[] {
    return this.received.filter((sms) => sms.to === phone);
  }

  /** Where delivery reports go (`<base>/<provider name>` is added), and this provider's own secret. */
  reportTo(baseUrl: string, secret: string): void {
    this.reports = { url: `${baseUrl}/${this.name}`, secret };
  }

  /**
   * Posts a delivery report for an SMS it accepted, signed as the real provider would: `sha256=` HMAC-SHA256
   * of `<timestamp>.<raw body>` with its secret. Resolves with the answer and what was sent.
   */
  async report(
    providerMessageId: string,
    status: 'delivered' | 'failed',
    options: ReportOptions = {},
  ): Promise<{ status: number; body: unknown; sent: SentReport }> {
    if (!this.reports) throw new Error('SmsProviderSimulator: call reportTo() before report()');
    const body = JSON.stringify({
      providerMessageId,
      status,
      ...(options.reason ? { reason: options.reason } : {}),
    });
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const signature = `sha256=${createHmac('sha256', options.secret ?? this.reports.secret)
      .update(`${timestamp}.${body}`)
      .digest('hex')}`;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(options.unsigned
        ? {}
        : { [SMS_REPORT_TIMESTAMP_HEADER]: timestamp, [SMS_REPORT_SIGNATURE_HEADER]: signature }),
    };
    const sent = { body, headers };
    return { ...(await this.resend(sent)), sent };
  }

  /** Sends a report again exactly as it was sent. */
  async resend(sent: SentReport): Promise<{ status: number; body: unknown }> {
    if (!this.reports) throw new Error('SmsProviderSimulator: call reportTo() before resend()');
    const response = await fetch(this.reports.url, {
      method: 'POST',
      headers: sent.headers,
      body: sent.body,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  reset(): void {
    this.mode = 'up';
    this.reportsLater = false;
    this.failsOnceFor.clear();
    this.invalidNumbers.clear();
  }

  async stop(): Promise<void> {
    this.timers.forEach(clearTimeout);
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.url !== '/messages') return answer(404, { error: 'not_found' });
    const sms = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<SimulatedSms, 'id'>;
    const failsNow = this.failsOnceFor.has(sms.to) && !this.failedOnce.has(sms.reference);
    if (failsNow) this.failedOnce.add(sms.reference);
    if (this.mode === 'down' || failsNow) return answer(503, { error: 'unavailable' });
    if (this.mode === 'slow') {
      const timer = setTimeout(() => answer(200, { id: 'too-late', status: 'delivered' }), SLOW_ANSWER_MS);
      this.timers.add(timer);
      return;
    }
    if (this.invalidNumbers.has(sms.to)) return answer(400, { error: 'invalid_number' });
    this.requests += 1;
    const id = `${this.name}-${this.requests}`;
    this.received.push({ ...sms, id });
    answer(200, { id, status: this.reportsLater ? 'accepted' : 'delivered' });
  }
}
