import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimulatedReceiptRequest {
  key: string;
  templateSymbol: string;
  seriesSymbol: string;
  amountDong: number;
  amountInWords: string;
  payerName: string;
  feeName: string;
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/**
 * An e-receipt provider (VNPT/Viettel style) for tests: `POST /api/receipts` numbers receipts per template and
 * series from `firstNumber`, answers a repeated key with the receipt it already issued, and can be told to
 * fail the next calls with 503.
 */
export class EReceiptSimulator {
  readonly requests: SimulatedReceiptRequest[] = [];
  private readonly issued = new Map<string, number>();
  private readonly lastNumbers = new Map<string, number>();
  private failures = 0;
  private server: Server | undefined;

  constructor(
    private readonly firstNumber: number,
    private readonly token: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** The next `count` calls answer 503, as a provider outage would. */
  failNext(count: number): void {
    this.failures = count;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const reply = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    if (request.method !== 'POST' || request.url !== '/api/receipts')
      return reply(404, { error: 'not found' });
    if (request.headers.authorization !== `Bearer ${this.token}`) return reply(401, { error: 'token' });
    if (this.failures > 0) {
      this.failures--;
      return reply(503, { error: 'maintenance' });
    }
    const receipt = JSON.parse(body) as SimulatedReceiptRequest;
    this.requests.push(receipt);
    const series = `${receipt.templateSymbol}|${receipt.seriesSymbol}`;
    let number = this.issued.get(receipt.key);
    if (number === undefined) {
      number = (this.lastNumbers.get(series) ?? this.firstNumber - 1) + 1;
      this.lastNumbers.set(series, number);
      this.issued.set(receipt.key, number);
    }
    reply(200, { templateSymbol: receipt.templateSymbol, seriesSymbol: receipt.seriesSymbol, number });
  }
}
