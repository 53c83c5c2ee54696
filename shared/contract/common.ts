import { z } from 'zod';
import { MAX_FEN } from '../money';

/** Error keys used as zod messages are translated by the dispatcher (see shared/messages.ts). */
export const id = z.int().min(1).max(2_147_483_647);
export const version = z.int().min(0).max(2_147_483_647);

/** Required text: trimmed, not empty, bounded. */
export const text = (max: number) =>
  z.string().trim().min(1, { error: 'required' }).max(max, { error: 'too_long' });

/** Optional text: trimmed; empty or missing becomes null. */
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'too_long' })
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v));

/** Money in fen (integer). */
export const money = z.int({ error: 'not_integer' }).min(-MAX_FEN).max(MAX_FEN, { error: 'money_range' });
export const moneyNonNeg = z.int({ error: 'not_integer' }).min(0).max(MAX_FEN, { error: 'money_range' });

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z.iso.date({ error: 'invalid_date' });
export const optDate = isoDate.nullish().transform((v) => v ?? null);

/** Basis points, 0 … 100 %. */
export const basisPoints = z.int().min(0).max(10000);

export const password = z
  .string()
  .min(8, { error: 'password_weak' })
  .max(128, { error: 'too_long' })
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), { error: 'password_weak' });

export const empty = z.strictObject({});
export const ok = z.object({ ok: z.literal(true) });

/* ---------------------------------------------------------------- lists, paged in SQL */

export const FILTER_OPS = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
  'in',
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()]);

export const filterItem = z.strictObject({
  field: z.string().max(64),
  op: z.enum(FILTER_OPS),
  value: scalar.optional(),
  value2: scalar.optional(),
  values: z.array(scalar).max(200).optional(),
});
export type FilterItem = z.infer<typeof filterItem>;

export const sortItem = z.strictObject({ field: z.string().max(64), dir: z.enum(['asc', 'desc']) });
export type SortItem = z.infer<typeof sortItem>;

export const listQuery = z.strictObject({
  offset: z.int().min(0).max(100_000_000).default(0),
  limit: z.int().min(1).max(1000).default(100),
  sort: z.array(sortItem).max(5).default([]),
  filters: z.array(filterItem).max(20).default([]),
  /** Quick search over the list's search columns (name, code, pinyin initials, phone …). */
  q: z.string().trim().max(100).optional(),
  include_inactive: z.boolean().optional(),
  /** Ask for the total row count (first page); later pages skip the count. */
  with_total: z.boolean().default(true),
});
export type ListQuery = z.infer<typeof listQuery>;
export type ListQueryInput = z.input<typeof listQuery>;

export const listResult = <T extends z.ZodType>(row: T) =>
  z.object({ rows: z.array(row), total: z.int().nullable() });

export const option = z.object({ id: z.int(), label: z.string(), sub: z.string().nullable().optional() });
export const optionsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  ids: z.array(id).max(200).optional(),
  limit: z.int().min(1).max(200).default(20),
});
export const optionsResult = z.array(option);
export type OptionItem = z.infer<typeof option>;
