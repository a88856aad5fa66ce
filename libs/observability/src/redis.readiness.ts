import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import Redis from 'ioredis';
import { ReadinessCheck } from './readiness';

@Injectable()
export class RedisReadiness implements ReadinessCheck, OnApplicationShutdown {
  readonly name = 'redis';
  private readonly redis: Redis;

  constructor(config: ConfigService<PlatformConfig, true>) {
    this.redis = new Redis(config.get('redis', { infer: true }).url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    });
  }

  async check(): Promise<void> {
    if (this.redis.status === 'wait') await this.redis.connect();
    await this.redis.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
