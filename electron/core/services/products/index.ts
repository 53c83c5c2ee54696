import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { notFound, versionConflict } from '../../rpc/errors';
import type { ProductRow } from '../../../../shared/contract/products';
import { escapeLike, lockRow, placeholders, runList, type ListSpec } from '../common/list';
import { pinyinInitials, toBool } from '../common/text';

type Raw = Record<string, unknown>;

const COLS = `p.id, p.code, p.name, p.spec, p.unit, p.category, p.list_price, p.floor_price, p.cost_price, p.tax_rate,
  p.notes, p.active, p.updated_at, p.version`;

export const productListSpec: ListSpec = {
  from: 'products p',
  select: COLS,
  fields: {
    code: { sql: 'p.code', type: 'text' },
    name: { sql: 'p.name', type: 'text' },
    spec: { sql: 'p.spec', type: 'text' },
    unit: { sql: 'p.unit', type: 'text' },
    category: { sql: 'p.category', type: 'text' },
    list_price: { sql: 'p.list_price', type: 'number' },
    floor_price: { sql: 'p.floor_price', type: 'number' },
    cost_price: { sql: 'p.cost_price', type: 'number' },
    tax_rate: { sql: 'p.tax_rate', type: 'number' },
    active: { sql: 'p.active', type: 'bool' },
    updated_at: { sql: 'p.updated_at', type: 'date' },
  },
  search: ['p.code', 'p.name', 'p.py', 'p.spec'],
  activeColumn: 'p.active',
  defaultSort: { field: 'code', dir: 'asc' },
  tiebreak: 'p.id',
};

export const toProductRow = (r: Raw): ProductRow => ({
  id: Number(r.id),
  code: String(r.code),
  name: String(r.name),
  spec: (r.spec as string | null) ?? null,
  unit: String(r.unit),
  category: (r.category as string | null) ?? null,
  list_price: Number(r.list_price),
  floor_price: Number(r.floor_price),
  cost_price: r.cost_price == null ? null : Number(r.cost_price),
  tax_rate: Number(r.tax_rate),
  notes: (r.notes as string | null) ?? null,
  active: toBool(r.active),
  updated_at: String(r.updated_at),
  version: Number(r.version),
});

async function get(ctx: ServiceContext, id: number): Promise<ProductRow> {
  const r = await ctx.db.get<Raw>(`SELECT ${COLS} FROM products p WHERE p.id = ?`, [id]);
  if (!r) throw notFound('产品', 'Product');
  return toProductRow(r);
}

type Fields = {
  code: string;
  name: string;
  spec: string | null;
  unit: string;
  category: string | null;
  list_price: number;
  floor_price: number;
  cost_price: number | null;
  tax_rate: number;
  notes: string | null;
};
/** The stored columns of a product (pinyin initials included); also used by the product import. */
export const productColumns = (i: Fields) => ({
  code: i.code,
  name: i.name,
  py: pinyinInitials(i.name),
  spec: i.spec,
  unit: i.unit,
  category: i.category,
  list_price: i.list_price,
  floor_price: i.floor_price,
  cost_price: i.cost_price,
  tax_rate: i.tax_rate,
  notes: i.notes,
});

export const productHandlers: HandlersFor<'products.'> = {
  async 'products.list'(ctx, q) {
    const r = await runList<Raw>(ctx.db, productListSpec, q);
    return { rows: r.rows.map(toProductRow), total: r.total };
  },

  async 'products.get'(ctx, { id }) {
    return get(ctx, id);
  },

  async 'products.options'(ctx, q) {
    const params: unknown[] = [];
    let where: string;
    let order = 'p.code';
    if (q.ids?.length) {
      where = `p.id IN (${placeholders(q.ids.length)})`;
      params.push(...q.ids);
    } else {
      where = 'p.active = ?';
      params.push(true);
      if (q.q) {
        const like = ctx.db.ilike;
        const s = escapeLike(q.q);
        where += ` AND (p.code ${like} ? ESCAPE '\\' OR p.name ${like} ? ESCAPE '\\' OR p.py ${like} ? ESCAPE '\\' OR p.spec ${like} ? ESCAPE '\\')`;
        params.push(`${s}%`, `%${s}%`, `${s}%`, `%${s}%`);
        // Exact code first, then code prefix, then the rest.
        order = `CASE WHEN LOWER(p.code) = LOWER(?) THEN 0 WHEN p.code ${like} ? ESCAPE '\\' THEN 1 ELSE 2 END, p.code`;
      }
    }
    const orderParams = q.q && !q.ids?.length ? [q.q, `${escapeLike(q.q)}%`] : [];
    const rows = await ctx.db.all<Raw>(
      `SELECT p.id, p.code, p.name, p.spec, p.unit FROM products p WHERE ${where} ORDER BY ${order} LIMIT ?`,
      [...params, ...orderParams, q.limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      label: `${String(r.code)} ${String(r.name)}`,
      sub: [r.spec, r.unit].filter(Boolean).join(' · ') || null,
    }));
  },

  async 'products.create'(ctx, input) {
    const now = ctx.nowIso();
    const id = await ctx.db.insert('products', {
      ...productColumns(input),
      active: true,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    ctx.audit(id, `新建产品 ${input.code} ${input.name}`);
    return get(ctx, id);
  },

  async 'products.update'(ctx, input) {
    if (!(await lockRow(ctx.db, 'products', input.id))) throw notFound('产品', 'Product');
    const cols = productColumns(input);
    const n = await ctx.db.run(
      `UPDATE products SET ${Object.keys(cols)
        .map((k) => `${k} = ?`)
        .join(', ')}, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
      [...Object.values(cols), ctx.nowIso(), input.id, input.version],
    );
    if (n === 0) throw versionConflict();
    ctx.audit(input.id, `修改产品 ${input.code} ${input.name}`);
    return get(ctx, input.id);
  },

  async 'products.setActive'(ctx, { id, active }) {
    if (!(await lockRow(ctx.db, 'products', id))) throw notFound('产品', 'Product');
    await ctx.db.run('UPDATE products SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      active,
      ctx.nowIso(),
      id,
    ]);
    const p = await get(ctx, id);
    ctx.audit(id, `${active ? '启用' : '停用'}产品 ${p.code}`);
    return p;
  },
};
