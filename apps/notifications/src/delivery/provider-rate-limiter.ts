import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { redisConnection } from '@motcua/bootstrap';
import Redis from 'ioredis';
import type { AppConfig } from '../config';

/**
 * Per-provider send rate, counted in Redis per second so every replica shares the provider's limit. Losing the
 * counters (Redis restart) only forgets the current second.
 */
@Injectable()
export class ProviderRateLimiter implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly perSecond: number;

  constructor(@Inject(ConfigService) config: ConfigService<AppConfig, true>) {
    const redis = config.get('redis', { infer: true });
    this.redis = new Redis({ ...redisConnection(redis.url), lazyConnect: true });
    this.prefix = `${redis.prefix}:notifications:sms-rate`;
    this.perSecond = config.get('delivery', { infer: true }).smsRatePerSecond;
  }

  /** Takes one send from this second's allowance; false when the provider's limit is reached. */
  async tryTake(provider: string): Promise<boolean> {
    const key = `${this.prefix}:${provider}:${Math.floor(Date.now() / 1000)}`;
    const [[, count]] = (await this.redis.multi().incr(key).pexpire(key, 2000).exec()) as [
      [Error | null, number],
    ];
    return count <= this.perSecond;
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
