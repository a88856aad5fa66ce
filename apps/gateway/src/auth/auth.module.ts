import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { createSecretKey } from 'node:crypto';
import { ApiClient } from '../api-clients/api-client.entity';
import type { AppConfig } from '../config';
import { User } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LOGIN_LIMIT, PUBLIC_LIMIT } from './rate-limits';

const MINUTE_MS = 60_000;

@Module({
  imports: [
    TypeOrmModule.forFeature([User, ApiClient]),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        // A KeyObject, not a string: jsonwebtoken otherwise re-parses the secret (trying it as a public key
        // first) on every verification, which cost more than the rest of a request.
        secret: createSecretKey(Buffer.from(config.get('auth', { infer: true }).jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256', issuer: 'motcua' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'motcua' },
      }),
    }),
    // Counters live in Redis so every gateway replica enforces the same limit.
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => {
        const limits = config.get('rateLimits', { infer: true });
        const redis = config.get('redis', { infer: true });
        return {
          throttlers: [
            { name: LOGIN_LIMIT, ttl: MINUTE_MS, limit: limits.loginPerMinute },
            { name: PUBLIC_LIMIT, ttl: MINUTE_MS, limit: limits.publicPerMinute },
          ],
          storage: new ThrottlerStorageRedisService(redis.url, {
            keyPrefix: `${redis.prefix}:gateway:throttle:`,
          }),
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
