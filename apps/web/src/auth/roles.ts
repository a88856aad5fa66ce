/** Staff roles as the gateway's token carries them. */
export type Role = 'reception' | 'officer' | 'unit_lead' | 'cashier' | 'postal' | 'manager' | 'admin';

/** Every role, in the order the user pages list them. */
export const ROLES: Role[] = ['reception', 'officer', 'unit_lead', 'cashier', 'postal', 'manager', 'admin'];

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly displayName?: string;
  readonly kind: 'user' | 'client';
  readonly roles: Role[];
  readonly unitCode?: string;
}

/** The staff pages and who may open them; the menu shows only these. */
export const STAFF_PAGES = {
  reception: { path: '/reception', roles: ['reception', 'admin'] },
  queue: { path: '/queue', roles: ['reception', 'cashier', 'postal', 'admin'] },
  work: { path: '/work', roles: ['officer', 'unit_lead'] },
  dashboard: { path: '/dashboard', roles: ['manager', 'admin'] },
  dossiers: {
    path: '/dossiers',
    roles: ['reception', 'officer', 'unit_lead', 'cashier', 'postal', 'manager', 'admin'],
  },
  returnCounter: { path: '/return', roles: ['reception', 'admin'] },
  cashier: { path: '/cashier', roles: ['cashier', 'admin'] },
  postal: { path: '/postal', roles: ['postal', 'reception', 'admin'] },
  inbox: {
    path: '/inbox',
    roles: ['reception', 'officer', 'unit_lead', 'cashier', 'postal', 'manager', 'admin'],
  },
  queueStats: { path: '/queue-stats', roles: ['manager', 'admin', 'reception', 'cashier', 'postal'] },
  catalog: {
    path: '/catalog',
    roles: ['reception', 'officer', 'unit_lead', 'cashier', 'postal', 'manager', 'admin'],
  },
  calendar: {
    path: '/calendar',
    roles: ['reception', 'officer', 'unit_lead', 'cashier', 'postal', 'manager', 'admin'],
  },
  users: { path: '/admin/users', roles: ['admin'] },
  apiClients: { path: '/admin/api-clients', roles: ['admin'] },
  deadLetters: { path: '/admin/dead-letters', roles: ['admin'] },
  templates: { path: '/admin/templates', roles: ['admin'] },
  processes: { path: '/admin/processes', roles: ['admin'] },
  assignmentRules: { path: '/admin/assignment-rules', roles: ['admin', 'unit_lead'] },
  receiptSeries: { path: '/admin/receipt-series', roles: ['admin'] },
  contactPoints: { path: '/admin/contact-points', roles: ['admin', 'manager'] },
} as const satisfies Record<string, { path: string; roles: readonly Role[] }>;

export type StaffPage = keyof typeof STAFF_PAGES;

export function canOpen(roles: readonly Role[], page: StaffPage): boolean {
  return STAFF_PAGES[page].roles.some((role) => roles.includes(role));
}

export function pagesFor(roles: readonly Role[]): StaffPage[] {
  return (Object.keys(STAFF_PAGES) as StaffPage[]).filter((page) => canOpen(roles, page));
}

/** Where a user lands after login: the first page of their daily work. */
export function homePath(roles: readonly Role[]): string {
  const first = pagesFor(roles)[0];
  return first ? STAFF_PAGES[first].path : '/catalog';
}

/** Admins edit the catalog and the calendar; everyone else reads them. */
export const canAdminister = (roles: readonly Role[]) => roles.includes('admin');

/** Who may export the dossier register (form 06). */
export const canExportRegister = (roles: readonly Role[]) =>
  (['reception', 'manager', 'admin', 'unit_lead'] as const).some((role) => roles.includes(role));

/** Who may extend a deadline or record an earlier actual resolution time. */
export const isUnitLead = (roles: readonly Role[]) => roles.includes('unit_lead');

/** Who may receive, refuse and withdraw dossiers at a counter, take supplements in and hand results over. */
export const canReceive = (roles: readonly Role[]) => roles.includes('reception') || roles.includes('admin');

/** Who may approve a receipt's cancellation, replacement or adjustment: a lead of its unit or the Center's manager. */
export const canCorrectReceipt = (actor: Actor, receiptUnitCode: string) =>
  actor.roles.includes('manager') ||
  actor.roles.includes('admin') ||
  (actor.roles.includes('unit_lead') && actor.unitCode === receiptUnitCode);
