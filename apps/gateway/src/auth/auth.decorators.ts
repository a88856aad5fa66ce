import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ActorV1, Role } from '@motcua/contracts';
import { ErrorDto } from '../http/error.dto';

export const IS_PUBLIC = 'motcua:public';
export const REQUIRED_ROLES = 'motcua:roles';

/** The route needs no token (login, public lookup). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** Every route of the controller is for admins only, and says so in OpenAPI (bearer token, 401, 403). */
export const AdminOnly = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorDto }),
    ApiForbiddenResponse({ type: ErrorDto, description: 'Not an admin' }),
    Roles(Role.Admin),
  );

export interface AuthenticatedRequest {
  actor?: ActorV1;
}

/** The authenticated user or department client of this request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): ActorV1 => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});
