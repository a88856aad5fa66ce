import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ConfirmOnlinePaymentV1 } from '@motcua/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config';

/** The signed part of a provider callback, in a fixed order. */
export function callbackSigningText(callback: Omit<ConfirmOnlinePaymentV1, 'signature'>): string {
  return [
    callback.reference,
    callback.transactionId,
    callback.amountDong,
    callback.status,
    callback.paidAt,
  ].join('|');
}

/** Hex HMAC-SHA256 of a callback under the shared secret, as the provider computes it. */
export function signCallback(callback: Omit<ConfirmOnlinePaymentV1, 'signature'>, secret: string): string {
  return createHmac('sha256', secret).update(callbackSigningText(callback)).digest('hex');
}

/**
 * The payment provider adapter. This one is the simulator for development and tests: it opens a payment at a
 * simulated address and checks callbacks signed with the shared secret; a real provider (VNPay, a bank)
 * replaces `payUrl` with its own payment page and keeps the same signature check.
 */
@Injectable()
export class SimulatorPaymentProvider {
  private readonly secret: string | null;

  constructor(config: ConfigService<AppConfig, true>) {
    this.secret = config.get('paymentProvider', { infer: true })?.hmacSecret ?? null;
  }

  get isConfigured(): boolean {
    return this.secret !== null;
  }

  /** Where the applicant pays. */
  payUrl(reference: string, amountDong: number): string {
    return `https://thanhtoan.simulator.invalid/pay?reference=${encodeURIComponent(reference)}&amount=${amountDong}`;
  }

  /** True when the callback carries the signature of the shared secret (compared in constant time). */
  isAuthentic(callback: ConfirmOnlinePaymentV1): boolean {
    if (!this.secret) return false;
    const expected = Buffer.from(signCallback(callback, this.secret), 'hex');
    const given = Buffer.from(callback.signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
