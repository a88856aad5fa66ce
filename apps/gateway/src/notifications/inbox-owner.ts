import type { ActorV1, InboxItemAddedV1, InboxOwnerV1 } from '@motcua/contracts';

/** Whose inbox: the logged-in user with their unit and roles (the gateway owns who the staff are). */
export function inboxOwner(actor: ActorV1): InboxOwnerV1 {
  return { userId: actor.id, ...(actor.unitCode ? { unitCode: actor.unitCode } : {}), roles: actor.roles };
}

/** The same visibility rule as the inbox listing: the user's own, their unit's (and role's), their role's. */
export function isForActor(item: InboxItemAddedV1, actor: ActorV1): boolean {
  if (item.userId) return item.userId === actor.id;
  const hasRole = item.role === undefined || actor.roles.includes(item.role);
  if (item.unitCode) return item.unitCode === actor.unitCode && hasRole;
  return item.role !== undefined && actor.roles.includes(item.role);
}
