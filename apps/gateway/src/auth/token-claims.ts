import { ActorV1, Role } from '@motcua/contracts';

/** What a motcua access token says about its holder. */
export interface TokenClaims {
  readonly sub: string;
  readonly name: string;
  readonly kind: 'user' | 'client';
  readonly roles: Role[];
  readonly unit?: string;
  /** Full name, printed on documents the holder signs. */
  readonly display?: string;
}

export function toClaims(actor: ActorV1): TokenClaims {
  return {
    sub: actor.id,
    name: actor.name,
    kind: actor.kind,
    roles: actor.roles,
    ...(actor.unitCode ? { unit: actor.unitCode } : {}),
    ...(actor.displayName ? { display: actor.displayName } : {}),
  };
}

export function toActor(claims: TokenClaims): ActorV1 {
  return {
    id: claims.sub,
    name: claims.name,
    kind: claims.kind,
    roles: claims.roles,
    ...(claims.unit ? { unitCode: claims.unit } : {}),
    ...(claims.display ? { displayName: claims.display } : {}),
  };
}
