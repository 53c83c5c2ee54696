import { cleanName } from '../../../../shared/validation/names';
import type { ServiceContext } from '../../rpc/context';
import { placeholders } from '../../services/common/list';
import { customerScopeClause, visibleUserIds } from '../../services/common/scope';
import { toBool } from '../../services/common/text';
import { inChunks } from '../bulk';
import type { CellValue } from '../columns';

/**
 * References by what a person types in a sheet: customers by code or legal full name (within the importer's
 * data scope), warehouses by code or name, products by code. Codes compare case-insensitively, names as the
 * customer service stores them (cleanName).
 */
export const str = (v: CellValue | undefined): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;

export interface CustomerRef {
  id: number;
  code: string;
  legal_name: string;
  active: boolean;
  customer_type: string;
  credit_days: number;
  term_basis: string;
}

/** Resolves customer references (codes or legal names) in one pass; the lookup takes what the cell says. */
export async function customerRefs(
  ctx: ServiceContext,
  values: string[],
): Promise<(v: string) => CustomerRef | undefined> {
  const wanted = [...new Set(values.map(cleanName).filter(Boolean))];
  const byCode = new Map<string, CustomerRef>();
  const byName = new Map<string, CustomerRef>();
  const scope = customerScopeClause(await visibleUserIds(ctx.db, ctx.requireUser()));
  await inChunks(wanted, 300, async (part) => {
    const codes = [...new Set([...part, ...part.map((v) => v.toUpperCase())])];
    const rows = await ctx.db.all<Record<string, unknown>>(
      `SELECT c.id, c.code, c.legal_name, c.active, c.customer_type, c.credit_days, c.term_basis FROM customers c
       WHERE (c.code IN (${placeholders(codes.length)}) OR c.legal_name IN (${placeholders(part.length)}))${
         scope ? ` AND ${scope.clause}` : ''
       }`,
      [...codes, ...part, ...(scope?.params ?? [])],
    );
    for (const r of rows) {
      const ref: CustomerRef = {
        id: Number(r.id),
        code: String(r.code),
        legal_name: String(r.legal_name),
        active: toBool(r.active),
        customer_type: String(r.customer_type),
        credit_days: Number(r.credit_days),
        term_basis: String(r.term_basis ?? 'invoice'),
      };
      byCode.set(ref.code.toUpperCase(), ref);
      byName.set(ref.legal_name, ref);
    }
  });
  return (v) => {
    const s = cleanName(v);
    return byCode.get(s.toUpperCase()) ?? byName.get(s);
  };
}

export interface WarehouseRef {
  id: number;
  code: string;
  name: string;
}

/** Active warehouses by code or name (a small table: read whole). */
export async function warehouseRefs(ctx: ServiceContext): Promise<(v: string) => WarehouseRef | undefined> {
  const rows = await ctx.db.all<Record<string, unknown>>(
    'SELECT id, code, name FROM warehouses WHERE active = ? ORDER BY id',
    [true],
  );
  const by = new Map<string, WarehouseRef>();
  for (const r of rows) {
    const w = { id: Number(r.id), code: String(r.code), name: String(r.name) };
    if (!by.has(w.name.toLowerCase())) by.set(w.name.toLowerCase(), w);
  }
  // Codes win over names.
  for (const r of rows)
    by.set(String(r.code).toLowerCase(), { id: Number(r.id), code: String(r.code), name: String(r.name) });
  return (v) => by.get(v.trim().toLowerCase());
}

export interface ProductRef {
  id: number;
  code: string;
  name: string;
  list_price: number;
  floor_price: number;
}

/** Active products by code (exactly as stored, like the products import). */
export async function productRefs(
  ctx: ServiceContext,
  codes: string[],
): Promise<(v: string) => ProductRef | undefined> {
  const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
  const by = new Map<string, ProductRef>();
  await inChunks(wanted, 300, async (part) => {
    const rows = await ctx.db.all<Record<string, unknown>>(
      `SELECT id, code, name, list_price, floor_price FROM products WHERE active = ? AND code IN (${placeholders(part.length)})`,
      [true, ...part],
    );
    for (const r of rows) {
      by.set(String(r.code), {
        id: Number(r.id),
        code: String(r.code),
        name: String(r.name),
        list_price: Number(r.list_price),
        floor_price: Number(r.floor_price),
      });
    }
  });
  return (v) => by.get(v.trim());
}
