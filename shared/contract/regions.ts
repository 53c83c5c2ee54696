import { z } from 'zod';
import { method } from './define';
import { id, optionsQuery, optionsResult, text, version, empty } from './common';

export const regionRow = z.object({
  id,
  code: z.string(),
  name: z.string(),
  parent_id: z.int().nullable(),
  active: z.boolean(),
  version,
});
export type RegionRow = z.infer<typeof regionRow>;

export const regionsContract = {
  /** Regions are a short master list (tens of rows): returned whole. */
  'regions.all': method({
    input: empty,
    output: z.array(regionRow),
    access: 'authenticated',
    mutates: false,
  }),
  'regions.options': method({
    input: optionsQuery,
    output: optionsResult,
    access: 'authenticated',
    mutates: false,
  }),
  'regions.save': method({
    input: z.strictObject({
      id: id.optional(),
      version: version.optional(),
      code: text(20),
      name: text(50),
      parent_id: id.nullish().transform((v) => v ?? null),
      active: z.boolean().default(true),
    }),
    output: regionRow,
    access: 'settings.manage',
    mutates: true,
    entity: 'region',
  }),
};
