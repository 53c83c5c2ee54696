import { z } from 'zod';
import { method } from './define';
import {
  basisPoints,
  id,
  listQuery,
  listResult,
  moneyNonNeg,
  optText,
  optionsQuery,
  optionsResult,
  text,
  version,
} from './common';

export const productRow = z.object({
  id,
  code: z.string(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  category: z.string().nullable(),
  list_price: z.int(),
  floor_price: z.int(),
  cost_price: z.int().nullable(),
  tax_rate: z.int(),
  notes: z.string().nullable(),
  active: z.boolean(),
  updated_at: z.string(),
  version,
});
export type ProductRow = z.infer<typeof productRow>;

const productFields = {
  code: text(40).regex(/^[A-Za-z0-9_.\-/]+$/, { error: 'invalid_format' }),
  name: text(100),
  spec: optText(100),
  unit: text(10),
  category: optText(50),
  list_price: moneyNonNeg,
  floor_price: moneyNonNeg.default(0),
  cost_price: moneyNonNeg.nullish().transform((v) => v ?? null),
  tax_rate: basisPoints.default(1300),
  notes: optText(500),
};
const floorRule = <T extends { list_price: number; floor_price: number }>(v: T) =>
  v.floor_price <= v.list_price;
const floorIssue = { error: 'floor_above_list', path: ['floor_price'] };

export const productsContract = {
  'products.list': method({
    input: listQuery,
    output: listResult(productRow),
    access: 'products.read',
    mutates: false,
  }),
  'products.get': method({
    input: z.strictObject({ id }),
    output: productRow,
    access: 'products.read',
    mutates: false,
  }),
  /** Lookup for order lines: code, name or pinyin initials. */
  'products.options': method({
    input: optionsQuery,
    output: optionsResult,
    access: 'products.read',
    mutates: false,
  }),
  'products.create': method({
    input: z.strictObject(productFields).refine(floorRule, floorIssue),
    output: productRow,
    access: 'products.write',
    mutates: true,
    entity: 'product',
  }),
  'products.update': method({
    input: z.strictObject({ id, version, ...productFields }).refine(floorRule, floorIssue),
    output: productRow,
    access: 'products.write',
    mutates: true,
    entity: 'product',
  }),
  'products.setActive': method({
    input: z.strictObject({ id, active: z.boolean() }),
    output: productRow,
    access: 'products.write',
    mutates: true,
    entity: 'product',
  }),
};
