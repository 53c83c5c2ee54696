import { z } from 'zod';
import { method } from './define';
import { id, listQuery, listResult, optText, optionsQuery, optionsResult, text, version } from './common';

export const warehouseRow = z.object({
  id,
  code: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  keeper_id: z.int().nullable(),
  keeper_name: z.string().nullable(),
  active: z.boolean(),
  version,
});
export type WarehouseRow = z.infer<typeof warehouseRow>;

export const warehousesContract = {
  'warehouses.list': method({
    input: listQuery,
    output: listResult(warehouseRow),
    access: 'warehouses.read',
    mutates: false,
  }),
  'warehouses.options': method({
    input: optionsQuery,
    output: optionsResult,
    access: 'warehouses.read',
    mutates: false,
  }),
  'warehouses.save': method({
    input: z.strictObject({
      id: id.optional(),
      version: version.optional(),
      code: text(20).regex(/^[A-Za-z0-9_.-]+$/, { error: 'invalid_format' }),
      name: text(50),
      address: optText(200),
      keeper_id: id.nullish().transform((v) => v ?? null),
    }),
    output: warehouseRow,
    access: 'warehouses.write',
    mutates: true,
    entity: 'warehouse',
  }),
  'warehouses.setActive': method({
    input: z.strictObject({ id, active: z.boolean() }),
    output: warehouseRow,
    access: 'warehouses.write',
    mutates: true,
    entity: 'warehouse',
  }),
};
