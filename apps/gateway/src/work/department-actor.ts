import type { ActorV1 } from '@motcua/contracts';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';

/** The department system calling: department endpoints answer client-credential tokens only (403 otherwise). */
export function departmentActor(actor: ActorV1): ActorV1 & { unitCode: string } {
  if (actor.kind !== 'client' || !actor.unitCode) throw new AuthError(AuthErrorCode.RoleForbidden);
  return actor as ActorV1 & { unitCode: string };
}
