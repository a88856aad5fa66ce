import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { ActorV1, Role } from '@motcua/contracts';

export const IS_PUBLIC = 'motcua:public';
export const REQUIRED_ROLES = 'motcua:roles';

/** The route needs no token (login, public lookup). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export interface AuthenticatedRequest {
  actor?: ActorV1;
}

/** The authenticated user or department client of this request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): ActorV1 => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});
