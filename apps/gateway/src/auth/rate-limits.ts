import { Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';

/** Named limits; their sizes come from the configuration (`MOTCUA_*_RATE_LIMIT`, per minute). */
export const LOGIN_LIMIT = 'login';
export const PUBLIC_LIMIT = 'public';

/** Counts login attempts per client address and account name, so one office behind NAT is not locked out. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const body = (request.body ?? {}) as { username?: unknown; clientId?: unknown };
    const name =
      typeof body.username === 'string'
        ? body.username
        : typeof body.clientId === 'string'
          ? body.clientId
          : '';
    return `${String(request.ip)}|${name.trim().toLowerCase()}`;
  }
}

/** Counts this route's requests against the login limit only. */
export const LoginRateLimit = () =>
  applyDecorators(UseGuards(LoginThrottlerGuard), SkipThrottle({ [PUBLIC_LIMIT]: true }));

/** Counts this route's requests against the public limit only (per client address). */
export const PublicRateLimit = () =>
  applyDecorators(UseGuards(ThrottlerGuard), SkipThrottle({ [LOGIN_LIMIT]: true }));
