import { bool, date, int, money, pk, ref, stamps, str, table, timestamp, txt } from './define';
import { SALES_ENTITIES } from './sales';
import { FINANCE_ENTITIES } from './finance';
import { CRM_ENTITIES } from './crm';
import { printCounters, printLog } from './documents';
// ---- staff, plans and targets (issue 7)
import { STAFF_ENTITIES } from './staff';

export const users = table(
  'users',
  {
    id: pk(),
    login: str(32),
    name: str(50),
    py: str(50, { default: '' }),
    password_hash: str(200),
    roles: str(200),
    manager_id: ref('users', { nullable: true }),
    region_id: ref('regions', { nullable: true }),
    phone: str(30, { nullable: true }),
    email: str(100, { nullable: true }),
    active: bool(true),
    failed_logins: int({ default: 0 }),
    locked_until: timestamp({ nullable: true }),
    last_login_at: timestamp({ nullable: true }),
    must_change_password: bool(false),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_users_login', columns: ['login'] }],
    indices: [{ name: 'ix_users_manager', columns: ['manager_id'] }],
  },
);

export const regions = table(
  'regions',
  {
    id: pk(),
    code: str(20),
    name: str(50),
    parent_id: ref('regions', { nullable: true }),
    active: bool(true),
    ...stamps(),
  },
  { uniques: [{ name: 'uq_regions_code', columns: ['code'] }] },
);

export const customers = table(
  'customers',
  {
    id: pk(),
    code: str(20),
    legal_name: str(200),
    /** Normalised legal name for the duplicate check (shared/validation/names.ts). */
    name_key: str(200),
    /** Pinyin initials of the names, for lookup by 拼音首字母. */
    py: str(100, { default: '' }),
    short_name: str(50, { nullable: true }),
    credit_code: str(18, { nullable: true }),
    address: str(200, { nullable: true }),
    phone: str(50, { nullable: true }),
    bank_name: str(100, { nullable: true }),
    bank_account: str(50, { nullable: true }),
    customer_type: str(10, { default: 'cash' }),
    grade: str(10, { default: 'general' }),
    region_id: ref('regions', { nullable: true }),
    source: str(20, { nullable: true }),
    tags: str(500, { default: '' }),
    owner_id: ref('users'),
    credit_limit: money({ default: 0 }),
    credit_days: int({ default: 0 }),
    /** invoice: due = invoice date + credit days; month_end (月结): due = end of the invoice's month + credit days */
    term_basis: str(12, { default: 'invoice' }),
    bad_record: bool(false),
    notes: txt({ nullable: true }),
    active: bool(true),
    created_by: ref('users', { nullable: true }),
    updated_by: ref('users', { nullable: true }),
    ...stamps(),
  },
  {
    uniques: [
      { name: 'uq_customers_code', columns: ['code'] },
      { name: 'uq_customers_legal_name', columns: ['legal_name'] },
      { name: 'uq_customers_credit_code', columns: ['credit_code'] },
    ],
    indices: [
      { name: 'ix_customers_name_key', columns: ['name_key'] },
      { name: 'ix_customers_owner', columns: ['owner_id'] },
      { name: 'ix_customers_region', columns: ['region_id'] },
      { name: 'ix_customers_updated', columns: ['updated_at'] },
    ],
  },
);

export const customerOwners = table(
  'customer_owners',
  {
    customer_id: { ...ref('customers'), primary: true },
    user_id: { ...ref('users'), primary: true },
  },
  { indices: [{ name: 'ix_customer_owners_user', columns: ['user_id'] }] },
);

export const contacts = table(
  'contacts',
  {
    id: pk(),
    customer_id: ref('customers'),
    name: str(50),
    title: str(50, { nullable: true }),
    mobile: str(30, { nullable: true }),
    phone: str(30, { nullable: true }),
    email: str(100, { nullable: true }),
    birthday: date({ nullable: true }),
    is_primary: bool(false),
    notes: str(500, { nullable: true }),
    active: bool(true),
    ...stamps(),
  },
  { indices: [{ name: 'ix_contacts_customer', columns: ['customer_id'] }] },
);

export const products = table(
  'products',
  {
    id: pk(),
    code: str(40),
    name: str(100),
    py: str(100, { default: '' }),
    spec: str(100, { nullable: true }),
    unit: str(10),
    category: str(50, { nullable: true }),
    list_price: money({ default: 0 }),
    floor_price: money({ default: 0 }),
    cost_price: money({ nullable: true }),
    tax_rate: int({ default: 1300 }),
    notes: str(500, { nullable: true }),
    active: bool(true),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_products_code', columns: ['code'] }],
    indices: [{ name: 'ix_products_name', columns: ['name'] }],
  },
);

export const warehouses = table(
  'warehouses',
  {
    id: pk(),
    code: str(20),
    name: str(50),
    address: str(200, { nullable: true }),
    keeper_id: ref('users', { nullable: true }),
    active: bool(true),
    ...stamps(),
  },
  { uniques: [{ name: 'uq_warehouses_code', columns: ['code'] }] },
);

/** Counters for document numbers and codes: one row per series and year, locked while a number is taken. */
export const numberSeries = table('number_series', {
  series: { ...str(20), primary: true },
  year: { ...int(), primary: true },
  next_value: int({ default: 1 }),
});

export const settings = table('settings', {
  key: { ...str(64), primary: true },
  value: txt(),
  updated_at: timestamp(),
});

export const auditLog = table(
  'audit_log',
  {
    id: pk(),
    at: timestamp(),
    user_id: int({ nullable: true }),
    user_name: str(50, { nullable: true }),
    method: str(64),
    entity_type: str(32, { nullable: true }),
    entity_id: str(64, { nullable: true }),
    summary: str(500, { nullable: true }),
    transport: str(16, { nullable: true }),
  },
  {
    indices: [
      { name: 'ix_audit_at', columns: ['at'] },
      { name: 'ix_audit_entity', columns: ['entity_type', 'entity_id'] },
    ],
  },
);

/** In dependency order (parents first): used for copying a database and for table counts. */
export const ENTITIES = [
  regions,
  users,
  customers,
  customerOwners,
  contacts,
  products,
  warehouses,
  // ---- order-to-cash
  ...SALES_ENTITIES,
  ...FINANCE_ENTITIES,
  // ----
  numberSeries,
  settings,
  auditLog,
  // ---- crm (sales process and customer care)
  ...CRM_ENTITIES,
  // ---- documents (printed documents)
  printCounters,
  printLog,
  // ---- staff, plans and targets (issue 7)
  ...STAFF_ENTITIES,
];

export const TABLE_NAMES = ENTITIES.map((e) => e.options.tableName ?? e.options.name);
