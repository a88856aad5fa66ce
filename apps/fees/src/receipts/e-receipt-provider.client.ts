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

/** The e-receipt provider's HTTP API: `POST /api/receipts`, idempotent by `key`. */
@Injectable()
export class EReceiptProviderClient {
  private readonly provider: AppConfig['eReceiptProvider'];

  constructor(config: ConfigService<AppConfig, true>) {
    this.provider = config.get('eReceiptProvider', { infer: true });
  }

  get isConfigured(): boolean {
    return this.provider !== null;
  }

  async issue(request: ProviderReceiptRequest): Promise<ProviderReceipt> {
    if (!this.provider) {
      throw new AppError(
        ProviderErrorCode.NotConfigured,
        ErrorKind.Conflict,
        'Chưa cấu hình nhà cung cấp biên lai điện tử',
      );
    }
    const response = await fetch(`${this.provider.url}/api/receipts`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.provider.token ? { authorization: `Bearer ${this.provider.token}` } : {}),
      },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok || !isProviderReceipt(body)) {
      throw new AppError(
        ProviderErrorCode.Failed,
        ErrorKind.Unavailable,
        `Nhà cung cấp biên lai điện tử không cấp số (HTTP ${response.status})`,
        { status: response.status },
      );
    }
    return body;
  }
}
