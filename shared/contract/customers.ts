import { z } from 'zod';
import { method } from './define';
import {
  id,
  isoDate,
  listQuery,
  listResult,
  moneyNonNeg,
  optText,
  optionsQuery,
  optionsResult,
  text,
  version,
} from './common';
import { isValidUscc, normalizeUscc } from '../validation/uscc';

export const CUSTOMER_TYPES = ['cash', 'account'] as const;
export const CUSTOMER_GRADES = ['key', 'general', 'potential'] as const;
export const CUSTOMER_SOURCES = ['web', 'phone', 'referral', 'exhibition', 'visit', 'other'] as const;
/** invoice: due = invoice date + credit days; month_end (月结): end of the invoice's month + credit days. */
export const TERM_BASES = ['invoice', 'month_end'] as const;
export const TERM_BASIS_LABELS = {
  invoice: { zh: '开票日起算', en: 'From invoice date' },
  month_end: { zh: '月结（月末起算）', en: 'Month end' },
} as const;

export const CUSTOMER_TYPE_LABELS = {
  cash: { zh: '现款', en: 'Cash' },
  account: { zh: '月结', en: 'On account' },
} as const;
export const CUSTOMER_GRADE_LABELS = {
  key: { zh: '重点', en: 'Key' },
  general: { zh: '一般', en: 'General' },
  potential: { zh: '潜在', en: 'Potential' },
} as const;
export const CUSTOMER_SOURCE_LABELS = {
  web: { zh: '网络', en: 'Web' },
  phone: { zh: '电话', en: 'Phone' },
  referral: { zh: '转介绍', en: 'Referral' },
  exhibition: { zh: '展会', en: 'Exhibition' },
  visit: { zh: '陌拜', en: 'Cold visit' },
  other: { zh: '其他', en: 'Other' },
} as const;

export const creditCode = z
  .string()
  .max(40, { error: 'too_long' })
  .transform(normalizeUscc)
  .refine((s) => s === '' || isValidUscc(s), { error: 'uscc_invalid' })
  .nullish()
  .transform((v) => (v ? v : null));

const userRef = z.object({ id: z.int(), name: z.string() });

export const customerRow = z.object({
  id,
  code: z.string(),
  legal_name: z.string(),
  short_name: z.string().nullable(),
  credit_code: z.string().nullable(),
  customer_type: z.enum(CUSTOMER_TYPES),
  grade: z.enum(CUSTOMER_GRADES),
  region_id: z.int().nullable(),
  region_name: z.string().nullable(),
  owner_id: z.int(),
  owner_name: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  credit_limit: z.int(),
  credit_days: z.int(),
  term_basis: z.enum(TERM_BASES),
  bad_record: z.boolean(),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
  version,
});
export type CustomerRow = z.infer<typeof customerRow>;

export const contactRow = z.object({
  id,
  customer_id: id,
  name: z.string(),
  title: z.string().nullable(),
  mobile: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  birthday: z.string().nullable(),
  is_primary: z.boolean(),
  notes: z.string().nullable(),
  active: z.boolean(),
  version,
});
export type ContactRow = z.infer<typeof contactRow>;

export const customerDetail = customerRow.extend({
  bank_name: z.string().nullable(),
  bank_account: z.string().nullable(),
  source: z.enum(CUSTOMER_SOURCES).nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  co_owners: z.array(userRef),
  contacts: z.array(contactRow),
  created_by_name: z.string().nullable(),
});
export type CustomerDetail = z.infer<typeof customerDetail>;

const customerFields = {
  legal_name: text(200),
  short_name: optText(50),
  credit_code: creditCode,
  address: optText(200),
  phone: optText(50),
  bank_name: optText(100),
  bank_account: optText(50),
  customer_type: z.enum(CUSTOMER_TYPES).default('cash'),
  grade: z.enum(CUSTOMER_GRADES).default('general'),
  region_id: id.nullish().transform((v) => v ?? null),
  source: z
    .enum(CUSTOMER_SOURCES)
    .nullish()
    .transform((v) => v ?? null),
  tags: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  owner_id: id.optional(),
  co_owner_ids: z.array(id).max(20).default([]),
  credit_limit: moneyNonNeg.default(0),
  credit_days: z.int().min(0).max(3650).default(0),
  term_basis: z.enum(TERM_BASES).default('invoice'),
  bad_record: z.boolean().default(false),
  notes: optText(2000),
};
export const customerInput = z.strictObject(customerFields);
export type CustomerInput = z.input<typeof customerInput>;

export const duplicateHit = z.object({
  id,
  code: z.string(),
  legal_name: z.string(),
  owner_name: z.string(),
  match: z.enum(['legal_name', 'credit_code', 'similar']),
});
export type DuplicateHit = z.infer<typeof duplicateHit>;

export const contactInput = z.strictObject({
  id: id.optional(),
  version: version.optional(),
  customer_id: id,
  name: text(50),
  title: optText(50),
  mobile: optText(30),
  phone: optText(30),
  email: z
    .email({ error: 'invalid_email' })
    .max(100)
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  birthday: isoDate.nullish().transform((v) => v ?? null),
  is_primary: z.boolean().default(false),
  notes: optText(500),
});

export const customersContract = {
  'customers.list': method({
    input: listQuery.extend({ owner_id: id.optional() }),
    output: listResult(customerRow),
    access: 'customers.read',
    mutates: false,
  }),
  'customers.get': method({
    input: z.strictObject({ id }),
    output: customerDetail,
    access: 'customers.read',
    mutates: false,
  }),
  'customers.options': method({
    input: optionsQuery,
    output: optionsResult,
    access: 'customers.read',
    mutates: false,
  }),
  /** 查重: exact matches (legal name, credit code) refuse creation; similar names warn. Sees all customers. */
  'customers.checkDuplicate': method({
    input: z.strictObject({
      legal_name: z.string().trim().max(200).optional(),
      credit_code: z.string().trim().max(40).optional(),
      exclude_id: id.optional(),
    }),
    output: z.object({ exact: z.array(duplicateHit), similar: z.array(duplicateHit) }),
    access: 'customers.read',
    mutates: false,
  }),
  'customers.create': method({
    input: z.strictObject({ ...customerFields, confirm_similar: z.boolean().default(false) }),
    output: customerDetail,
    access: 'customers.write',
    mutates: true,
    entity: 'customer',
  }),
  'customers.update': method({
    input: z.strictObject({ id, version, ...customerFields, confirm_similar: z.boolean().default(false) }),
    output: customerDetail,
    access: 'customers.write',
    mutates: true,
    entity: 'customer',
  }),
  /** Credit terms (finance, managers): limit, term, bad-record flag; audited with the reason. */
  'customers.setCredit': method({
    input: z.strictObject({
      id,
      version,
      credit_limit: moneyNonNeg,
      credit_days: z.int().min(0).max(3650),
      term_basis: z.enum(TERM_BASES).optional(),
      bad_record: z.boolean(),
      reason: optText(200),
    }),
    output: customerDetail,
    access: 'customers.credit',
    mutates: true,
    entity: 'customer',
  }),
  /** No hard delete: deactivate, with a reason. */
  'customers.setActive': method({
    input: z.strictObject({ id, active: z.boolean(), reason: optText(200) }),
    output: customerDetail,
    access: 'customers.manage',
    mutates: true,
    entity: 'customer',
  }),
  'contacts.save': method({
    input: contactInput,
    output: contactRow,
    access: 'customers.write',
    mutates: true,
    entity: 'contact',
  }),
  'contacts.setActive': method({
    input: z.strictObject({ id, active: z.boolean() }),
    output: contactRow,
    access: 'customers.write',
    mutates: true,
    entity: 'contact',
  }),
};
