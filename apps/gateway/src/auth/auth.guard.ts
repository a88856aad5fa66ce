import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@motcua/contracts';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedRequest, IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { AuthError, AuthErrorCode } from './auth.errors';
import { AuthService } from './auth.service';

/**
 * Every `/api/` route needs a valid bearer token unless marked `@Public()`, and one of its `@Roles(...)` if it
 * names any. Health, metrics, API docs and the web UI are outside `/api/v1` and stay open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    if (
      !request.url.startsWith('/api/v1/') ||
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)
    ) {
      return true;
    }
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AuthError(AuthErrorCode.TokenMissing);
    request.actor = await this.auth.authenticate(token);
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => request.actor?.roles.includes(role))) {
      throw new AuthError(AuthErrorCode.RoleForbidden, { required });
    }
    return true;
  }
}
