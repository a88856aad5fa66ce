import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MessageChannel } from '@motcua/contracts';
import type { AppConfig } from '../config';
import { Accepted, Outgoing, RateLimitedError, TransientDeliveryError } from './delivery-errors';
import { DevSink } from './dev-sink';
import { HttpSmsProvider } from './http-sms-provider';
import { ProviderRateLimiter } from './provider-rate-limiter';

const RATE_LIMIT_RETRY_MS = 1000;

/**
 * Sends an SMS through the configured providers in order, failing over to the next when one is down, slow or
 * at its rate limit; a provider that just failed goes last for a while. Without providers the development
 * sink stores the SMS.
 */
@Injectable()
export class SmsSender {
  private readonly providers: HttpSmsProvider[];
  private readonly downUntil = new Map<string, number>();
  private readonly cooldownMs: number;

  constructor(
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
    private readonly limiter: ProviderRateLimiter,
    private readonly sink: DevSink,
  ) {
    const delivery = config.get('delivery', { infer: true });
    this.cooldownMs = delivery.smsProviderCooldownMs;
    this.providers = delivery.smsProviders.map(
      ({ name, url }) => new HttpSmsProvider(name, url, delivery.smsTimeoutMs),
    );
  }

  async send(message: Outgoing): Promise<Accepted> {
    if (this.providers.length === 0) return this.sink.store(MessageChannel.Sms, message);
    const now = Date.now();
    const isDown = (p: HttpSmsProvider) => (this.downUntil.get(p.name) ?? 0) > now;
    const ordered = [...this.providers].sort((a, b) => Number(isDown(a)) - Number(isDown(b)));
    let failure: TransientDeliveryError | null = null;
    for (const provider of ordered) {
      if (!(await this.limiter.tryTake(provider.name))) continue;
      try {
        const accepted = await provider.send(message);
        this.downUntil.delete(provider.name);
        return accepted;
      } catch (error) {
        if (!(error instanceof TransientDeliveryError)) throw error;
        this.downUntil.set(provider.name, Date.now() + this.cooldownMs);
        failure = error;
      }
    }
    throw failure ?? new RateLimitedError(RATE_LIMIT_RETRY_MS);
  }
}
