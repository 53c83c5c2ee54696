import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type { WarehouseRow } from '../../../../shared/contract/warehouses';
import { lockRow, placeholders, runList, type ListSpec } from '../common/list';
import { toBool } from '../common/text';

type Raw = Record<string, unknown>;
const SELECT = 'w.id, w.code, w.name, w.address, w.keeper_id, k.name AS keeper_name, w.active, w.version';
const FROM = 'warehouses w LEFT JOIN users k ON k.id = w.keeper_id';

const spec: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    code: { sql: 'w.code', type: 'text' },
    name: { sql: 'w.name', type: 'text' },
    address: { sql: 'w.address', type: 'text' },
    keeper_name: { sql: 'k.name', type: 'text' },
    active: { sql: 'w.active', type: 'bool' },
  },
  search: ['w.code', 'w.name', 'w.address'],
  activeColumn: 'w.active',
  defaultSort: { field: 'code', dir: 'asc' },
  tiebreak: 'w.id',
};

const toRow = (r: Raw): WarehouseRow => ({
  id: Number(r.id),
  code: String(r.code),
  name: String(r.name),
  address: (r.address as string | null) ?? null,
  keeper_id: r.keeper_id == null ? null : Number(r.keeper_id),
  keeper_name: (r.keeper_name as string | null) ?? null,
  active: toBool(r.active),
  version: Number(r.version),
});

async function get(ctx: ServiceContext, id: number): Promise<WarehouseRow> {
  const r = await ctx.db.get<Raw>(`SELECT ${SELECT} FROM ${FROM} WHERE w.id = ?`, [id]);
  if (!r) throw notFound('仓库', 'Warehouse');
  return toRow(r);
}

export const warehouseHandlers: HandlersFor<'warehouses.'> = {
  async 'warehouses.list'(ctx, q) {
    const r = await runList<Raw>(ctx.db, spec, q);
    return { rows: r.rows.map(toRow), total: r.total };
  },

  async 'warehouses.options'(ctx, q) {
    const params: unknown[] = [];
    let where = 'active = ?';
    params.push(true);
    if (q.ids?.length) {
      where = `id IN (${placeholders(q.ids.length)})`;
      params.splice(0, 1, ...q.ids);
    } else if (q.q) {
      where += ` AND (name ${ctx.db.ilike} ? OR code ${ctx.db.ilike} ?)`;
      params.push(`%${q.q}%`, `%${q.q}%`);
    }
    const rows = await ctx.db.all<Raw>(
      `SELECT id, code, name FROM warehouses WHERE ${where} ORDER BY code LIMIT ?`,
      [...params, q.limit],
    );
    return rows.map((r) => ({ id: Number(r.id), label: String(r.name), sub: String(r.code) }));
  },

  async 'warehouses.save'(ctx, input) {
    const now = ctx.nowIso();
    if (
      input.keeper_id != null &&
      !(await ctx.db.get('SELECT id FROM users WHERE id = ?', [input.keeper_id]))
    ) {
      throw AppError.field('VALIDATION', ['keeper_id'], 'invalid_value');
    }
    let id = input.id;
    if (id == null) {
      id = await ctx.db.insert('warehouses', {
        code: input.code,
        name: input.name,
        address: input.address,
        keeper_id: input.keeper_id,
        active: true,
        created_at: now,
        updated_at: now,
        version: 0,
      });
      ctx.audit(id, `新建仓库 ${input.code} ${input.name}`);
    } else {
      if (!(await lockRow(ctx.db, 'warehouses', id))) throw notFound('仓库', 'Warehouse');
      const n = await ctx.db.run(
        'UPDATE warehouses SET code = ?, name = ?, address = ?, keeper_id = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
        [input.code, input.name, input.address, input.keeper_id, now, id, input.version ?? -1],
      );
      if (n === 0) throw versionConflict();
      ctx.audit(id, `修改仓库 ${input.code} ${input.name}`);
    }
    return get(ctx, id);
  },

  async 'warehouses.setActive'(ctx, { id, active }) {
    if (!(await lockRow(ctx.db, 'warehouses', id))) throw notFound('仓库', 'Warehouse');
    await ctx.db.run('UPDATE warehouses SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      active,
      ctx.nowIso(),
      id,
    ]);
    const w = await get(ctx, id);
    ctx.audit(id, `${active ? '启用' : '停用'}仓库 ${w.code}`);
    return w;
  },
};
