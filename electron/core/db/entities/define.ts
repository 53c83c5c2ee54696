import { EntitySchema } from 'typeorm';
import type { EntitySchemaColumnOptions, EntitySchemaIndexOptions, EntitySchemaOptions } from 'typeorm';

/**
 * Tables are declared with TypeORM's EntitySchema (no decorators, so nothing depends on decorator
 * metadata that esbuild/rolldown do not emit). Every column states its type explicitly. The entities
 * are the schema's source of truth; migrations are generated from them per driver
 * (scripts/migration-generate.ts) and a test proves the two agree.
 *
 * Column types are the portable subset: integer, bigint (money in fen), varchar(n), text, boolean.
 * Dates are varchar(10) 'YYYY-MM-DD', timestamps varchar(32) ISO-8601 UTC.
 */
type Col = EntitySchemaColumnOptions & { references?: string };

export const pk = (): Col => ({ type: 'integer', primary: true, generated: 'increment' });
export const int = (opts: Partial<Col> = {}): Col => ({ type: 'integer', ...opts });
export const money = (opts: Partial<Col> = {}): Col => ({ type: 'bigint', ...opts });
export const str = (length: number, opts: Partial<Col> = {}): Col => ({ type: 'varchar', length, ...opts });
export const txt = (opts: Partial<Col> = {}): Col => ({ type: 'text', ...opts });
export const bool = (def?: boolean, opts: Partial<Col> = {}): Col => ({
  type: 'boolean',
  ...(def === undefined ? {} : { default: def }),
  ...opts,
});
export const date = (opts: Partial<Col> = {}): Col => ({ type: 'varchar', length: 10, ...opts });
export const timestamp = (opts: Partial<Col> = {}): Col => ({ type: 'varchar', length: 32, ...opts });
/** A foreign key column (integer) referencing another table's id. */
export const ref = (table: string, opts: Partial<Col> = {}): Col => ({
  type: 'integer',
  references: table,
  ...opts,
});

export function table(
  name: string,
  columns: Record<string, Col>,
  extra: {
    indices?: EntitySchemaIndexOptions[];
    uniques?: { name: string; columns: string[] }[];
  } = {},
): EntitySchema {
  const foreignKeys: NonNullable<EntitySchemaOptions<unknown>['foreignKeys']> = [];
  const cols: Record<string, EntitySchemaColumnOptions> = {};
  for (const [key, c] of Object.entries(columns)) {
    const { references, ...col } = c;
    cols[key] = col;
    if (references) {
      foreignKeys.push({
        name: `fk_${name}_${key}`,
        target: references,
        columnNames: [key],
        referencedColumnNames: ['id'],
      });
    }
  }
  return new EntitySchema({
    name,
    tableName: name,
    columns: cols,
    indices: extra.indices,
    uniques: extra.uniques,
    foreignKeys,
  });
}

/** Standard audit columns every business table has. */
export const stamps = (): Record<string, Col> => ({
  created_at: timestamp(),
  updated_at: timestamp(),
  version: int({ default: 0 }),
});
