/**
 * Roles, permissions and data scope. The dispatcher enforces the permission a method declares; services
 * apply the data scope in their queries (a salesperson lists only the customers they own or co-own).
 */
export const ROLES = [
  'admin',
  'salesperson',
  'sales_manager',
  'finance',
  'warehouse',
  'general_manager',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  salesperson: { zh: '业务员', en: 'Salesperson' },
  sales_manager: { zh: '销售经理', en: 'Sales manager' },
  finance: { zh: '财务', en: 'Finance' },
  warehouse: { zh: '仓库', en: 'Warehouse' },
  general_manager: { zh: '总经理', en: 'General manager' },
};

export const PERMISSIONS = [
  'customers.read',
  'customers.write',
  'customers.credit',
  'customers.manage',
  'products.read',
  'products.write',
  'warehouses.read',
  'warehouses.write',
  'users.read',
  'users.manage',
  'settings.manage',
  'system.manage',
  'audit.read',
  // ---- order-to-cash
  'quotations.read',
  'quotations.write',
  'orders.read',
  'orders.write',
  'orders.manage',
  'sales.approve',
  'credit.release',
  'stock.read',
  'stock.write',
  'shipments.read',
  'shipments.write',
  'shipments.approve',
  // ---- finance
  'invoices.read',
  'invoices.write',
  'invoices.issue',
  'credit_notes.approve',
  'receipts.read',
  'receipts.write',
  'returns.read',
  'returns.write',
  'returns.approve',
  'statements.read',
  'statements.write',
  'reports.finance',
  // ---- crm (sales process and customer care)
  'crm.read',
  'crm.write',
  'crm.pool',
  'crm.assign',
  'crm.report',
  'service.read',
  'service.write',
  // ---- documents & spreadsheets
  'data.import',
  'data.export',
  /** Phone numbers unmasked in exports. */
  'data.export_phones',
  // ---- staff, plans and targets (issue 7)
  'staff.read',
  'staff.manage',
  'attendance.manage',
  'targets.read',
  'targets.manage',
  'targets.approve',
  'analytics.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Not a permission but an access level: anyone (login, first setup) or any logged-in user. */
export type Access = Permission | 'public' | 'authenticated';

const ALL: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ALL,
  salesperson: [
    'customers.read',
    'customers.write',
    'products.read',
    'warehouses.read',
    // ---- order-to-cash
    'quotations.read',
    'quotations.write',
    'orders.read',
    'orders.write',
    'stock.read',
    'shipments.read',
    'shipments.write',
    // ---- finance
    'invoices.read',
    'invoices.write',
    'receipts.read',
    'returns.read',
    'returns.write',
  ],
  sales_manager: [
    'customers.read',
    'customers.write',
    'customers.manage',
    'customers.credit',
    'products.read',
    'warehouses.read',
    'users.read',
    // ---- order-to-cash
    'quotations.read',
    'quotations.write',
    'orders.read',
    'orders.write',
    'orders.manage',
    'sales.approve',
    'stock.read',
    'shipments.read',
    'shipments.write',
    'shipments.approve',
    // ---- finance
    'invoices.read',
    'invoices.write',
    'credit_notes.approve',
    'receipts.read',
    'returns.read',
    'returns.write',
    'returns.approve',
    'statements.read',
    'reports.finance',
    // ---- documents & spreadsheets
    'data.import',
    'data.export',
  ],
  finance: [
    'customers.read',
    'customers.credit',
    'products.read',
    'warehouses.read',
    'users.read',
    // ---- order-to-cash
    'quotations.read',
    'orders.read',
    'credit.release',
    'stock.read',
    'shipments.read',
    // ---- finance
    'invoices.read',
    'invoices.write',
    'invoices.issue',
    'credit_notes.approve',
    'receipts.read',
    'receipts.write',
    'returns.read',
    'returns.write',
    'returns.approve',
    'statements.read',
    'statements.write',
    'reports.finance',
    // ---- documents & spreadsheets
    'data.import',
    'data.export',
  ],
  warehouse: [
    'customers.read',
    'products.read',
    'products.write',
    'warehouses.read',
    'warehouses.write',
    // ---- order-to-cash
    'orders.read',
    'stock.read',
    'stock.write',
    'shipments.read',
    'shipments.write',
    'shipments.approve',
    // ---- finance
    'returns.read',
    'returns.write',
    // ---- documents & spreadsheets
    'data.import',
    'data.export',
  ],
  general_manager: [
    'customers.read',
    'customers.write',
    'customers.manage',
    'customers.credit',
    'products.read',
    'products.write',
    'warehouses.read',
    'users.read',
    'audit.read',
    // ---- order-to-cash
    'quotations.read',
    'quotations.write',
    'orders.read',
    'orders.write',
    'orders.manage',
    'sales.approve',
    'credit.release',
    'stock.read',
    'shipments.read',
    'shipments.approve',
    // ---- finance
    'invoices.read',
    'credit_notes.approve',
    'receipts.read',
    'returns.read',
    'statements.read',
    'reports.finance',
    // ---- documents & spreadsheets
    'data.import',
    'data.export',
    'data.export_phones',
  ],
};

// ---- crm (sales process and customer care)
const CRM_ROLE_PERMISSIONS: Partial<Record<Role, readonly Permission[]>> = {
  salesperson: ['crm.read', 'crm.write', 'crm.pool', 'service.read', 'service.write'],
  sales_manager: [
    'crm.read',
    'crm.write',
    'crm.pool',
    'crm.assign',
    'crm.report',
    'service.read',
    'service.write',
  ],
  general_manager: [
    'crm.read',
    'crm.write',
    'crm.pool',
    'crm.assign',
    'crm.report',
    'service.read',
    'service.write',
  ],
  // The technical department (repairs, returns) is usually staffed by warehouse people.
  warehouse: ['service.read', 'service.write'],
};
for (const [role, perms] of Object.entries(CRM_ROLE_PERMISSIONS) as [Role, readonly Permission[]][]) {
  ROLE_PERMISSIONS[role] = [...ROLE_PERMISSIONS[role], ...perms];
}

// ---- staff, plans and targets (issue 7): grants appended to the roles above
const STAFF_GRANTS: Partial<Record<Role, readonly Permission[]>> = {
  salesperson: ['targets.read', 'analytics.read'],
  sales_manager: ['staff.read', 'attendance.manage', 'targets.read', 'targets.manage', 'analytics.read'],
  finance: ['targets.read', 'analytics.read'],
  general_manager: [
    'staff.read',
    'staff.manage',
    'attendance.manage',
    'targets.read',
    'targets.manage',
    'targets.approve',
    'analytics.read',
  ],
};
for (const [role, perms] of Object.entries(STAFF_GRANTS) as [Role, readonly Permission[]][]) {
  ROLE_PERMISSIONS[role] = [...new Set([...ROLE_PERMISSIONS[role], ...perms])];
}

/**
 * own: records the user owns or co-owns; team: also those of everyone below them (manager tree and the
 * organisation units they head); region: everyone in their region of the organisation tree; all: everything.
 */
export type DataScope = 'own' | 'team' | 'region' | 'all';
export const DATA_SCOPES = ['own', 'team', 'region', 'all'] as const;

const ROLE_SCOPE: Record<Role, DataScope> = {
  admin: 'all',
  salesperson: 'own',
  sales_manager: 'team',
  finance: 'all',
  warehouse: 'all',
  general_manager: 'all',
};
const SCOPE_RANK: Record<DataScope, number> = { own: 0, team: 1, region: 2, all: 3 };

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r]) out.add(p);
  return out;
}

export function scopeOf(roles: readonly Role[]): DataScope {
  let best: DataScope = 'own';
  for (const r of roles) if (SCOPE_RANK[ROLE_SCOPE[r]] > SCOPE_RANK[best]) best = ROLE_SCOPE[r];
  return best;
}

export function allows(roles: readonly Role[], access: Access): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  return permissionsOf(roles).has(access);
}
