import type { HandlersFor } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type { RegionRow } from '../../../../shared/contract/regions';
import { lockRow, placeholders } from '../common/list';
import { toBool } from '../common/text';

type Raw = Record<string, unknown>;
const toRow = (r: Raw): RegionRow => ({
  id: Number(r.id),
  code: String(r.code),
  name: String(r.name),
  parent_id: r.parent_id == null ? null : Number(r.parent_id),
  active: toBool(r.active),
  version: Number(r.version),
});

export const regionHandlers: HandlersFor<'regions.'> = {
  async 'regions.all'(ctx) {
    const rows = await ctx.db.all<Raw>(
      'SELECT id, code, name, parent_id, active, version FROM regions ORDER BY code',
    );
    return rows.map(toRow);
  },

  async 'regions.options'(ctx, q) {
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
      `SELECT id, code, name FROM regions WHERE ${where} ORDER BY code LIMIT ?`,
      [...params, q.limit],
    );
    return rows.map((r) => ({ id: Number(r.id), label: String(r.name), sub: String(r.code) }));
  },

  async 'regions.save'(ctx, input) {
    const now = ctx.nowIso();
    if (input.parent_id != null) {
      const p = await ctx.db.get('SELECT id FROM regions WHERE id = ?', [input.parent_id]);
      if (!p || input.parent_id === input.id)
        throw AppError.field('VALIDATION', ['parent_id'], 'invalid_value');
    }
    let id = input.id;
    if (id == null) {
      id = await ctx.db.insert('regions', {
        code: input.code,
        name: input.name,
        parent_id: input.parent_id,
        active: input.active,
        created_at: now,
        updated_at: now,
        version: 0,
      });
      ctx.audit(id, `新建区域 ${input.code} ${input.name}`);
    } else {
      if (!(await lockRow(ctx.db, 'regions', id))) throw notFound('区域', 'Region');
      const n = await ctx.db.run(
        'UPDATE regions SET code = ?, name = ?, parent_id = ?, active = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
        [input.code, input.name, input.parent_id, input.active, now, id, input.version ?? -1],
      );
      if (n === 0) throw versionConflict();
      ctx.audit(id, `修改区域 ${input.code} ${input.name}`);
    }
    const r = await ctx.db.get<Raw>(
      'SELECT id, code, name, parent_id, active, version FROM regions WHERE id = ?',
      [id],
    );
    return toRow(r!);
  },
};
