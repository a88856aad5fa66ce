import type { InboxOwnerV1 } from '@motcua/contracts';

/**
 * SQL condition on `inbox_items i` with parameters $1 user id, $2 unit code, $3 roles: items for this user
 * by id, for their unit (all its staff, or only their role there), or for their role Center-wide.
 */
export const VISIBLE_TO_OWNER = `(i.user_id = $1
  OR (i.unit_code = $2 AND (i.role IS NULL OR i.role = ANY($3)))
  OR (i.user_id IS NULL AND i.unit_code IS NULL AND i.role = ANY($3)))`;

export function ownerParams(owner: InboxOwnerV1): unknown[] {
  return [owner.userId, owner.unitCode ?? null, owner.roles];
}
