import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppError, ErrorKind } from '@motcua/contracts';
import type { AppConfig } from '../config';

const REQUEST_TIMEOUT_MS = 10_000;

/** What we ask the provider to issue: the receipt's legal content, keyed by our receipt id. */
export interface ProviderReceiptRequest {
  /** Our receipt id: the provider answers a repeated key with the receipt it already issued. */
  readonly key: string;
  readonly templateSymbol: string;
  readonly seriesSymbol: string;
  readonly taxCode: string | null;
  readonly unitName: string;
  readonly payerName: string;
  readonly dossierCode: string;
  readonly feeName: string;
  readonly amountDong: number;
  readonly amountInWords: string;
  readonly method: string;
  readonly issuedAt: string;
}

/** The provider's numbering, which is the truth for its receipts. */
export interface ProviderReceipt {
  readonly templateSymbol: string;
  readonly seriesSymbol: string;
  readonly number: number;
}

export enum ProviderErrorCode {
  NotConfigured = 'RECEIPT_PROVIDER_NOT_CONFIGURED',
  Failed = 'RECEIPT_PROVIDER_FAILED',
}

function isProviderReceipt(value: unknown): value is ProviderReceipt {
  const body = value as Partial<ProviderReceipt> | null;
  return (
    typeof body?.templateSymbol === 'string' &&
    typeof body.seriesSymbol === 'string' &&
    Number.isSafeInteger(body.number) &&
    (body.number as number) >= 1 &&
    (body.number as number) <= 99_999_999
  );
}

function failed(status: number): AppError {
  return new AppError(
    ProviderErrorCode.Failed,
    ErrorKind.Unavailable,
    `Nhà cung cấp biên lai điện tử không xử lý được yêu cầu (HTTP ${status})`,
    { status },
  );
}

/** The e-receipt provider's HTTP API: `POST /api/receipts` (idempotent by `key`) and its cancellation. */
@Injectable()
export class EReceiptProviderClient {
  private readonly provider: AppConfig['eReceiptProvider'];

  constructor(config: ConfigService<AppConfig, true>) {
    this.provider = config.get('eReceiptProvider', { infer: true });
  }

  get isConfigured(): boolean {
    return this.provider !== null;
  }

  /** Voids a receipt the provider numbered (`POST /api/receipts/{key}/cancel`); repeating it is harmless. */
  async cancel(key: string, reason: string): Promise<void> {
    const response = await this.post(`/api/receipts/${encodeURIComponent(key)}/cancel`, { reason });
    if (!response.ok) throw failed(response.status);
  }

  async issue(request: ProviderReceiptRequest): Promise<ProviderReceipt> {
    const response = await this.post('/api/receipts', request);
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok || !isProviderReceipt(body)) throw failed(response.status);
    return body;
  }

  private post(path: string, body: unknown): Promise<Response> {
    if (!this.provider) {
      throw new AppError(
        ProviderErrorCode.NotConfigured,
        ErrorKind.Conflict,
        'Chưa cấu hình nhà cung cấp biên lai điện tử',
      );
    }
    return fetch(`${this.provider.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.provider.token ? { authorization: `Bearer ${this.provider.token}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  }
}
