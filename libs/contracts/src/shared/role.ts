/** Staff roles; department API clients carry the roles their client record grants, scoped to one unit. */
export enum Role {
  Reception = 'reception',
  Officer = 'officer',
  UnitLead = 'unit_lead',
  Cashier = 'cashier',
  Postal = 'postal',
  Manager = 'manager',
  Admin = 'admin',
}

/** Vietnamese names of the roles, as the UI shows them. */
export const ROLE_LABELS: Record<Role, string> = {
  [Role.Reception]: 'Cán bộ tiếp nhận',
  [Role.Officer]: 'Chuyên viên xử lý',
  [Role.UnitLead]: 'Lãnh đạo đơn vị',
  [Role.Cashier]: 'Cán bộ thu phí',
  [Role.Postal]: 'Nhân viên bưu điện',
  [Role.Manager]: 'Lãnh đạo Trung tâm',
  [Role.Admin]: 'Quản trị hệ thống',
};

/** Roles that work for the whole Center and so see every unit's dossiers. */
export const CENTER_WIDE_ROLES: readonly Role[] = [
  Role.Reception,
  Role.Cashier,
  Role.Postal,
  Role.Manager,
  Role.Admin,
];
