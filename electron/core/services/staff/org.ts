import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type { OrgUnitRow, StaffChangeRow, StaffRow } from '../../../../shared/contract/staff';
import type { Role } from '../../../../shared/contract/permissions';
import { lockRow, placeholders, runList, type ListSpec } from '../common/list';
import { intersectIds, unitMemberIds, visibleUserIds } from '../common/scope';
import { joinList, splitList, toBool } from '../common/text';
import { parseRoles } from '../auth/session-user';
import { previewHandovers, runHandovers } from './handover';
import { SETTINGS_KEY, getStaffSettings } from './calendar';
import { setSetting } from '../common/settings';

type Raw = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));
const num = (v: unknown) => (v == null ? null : Number(v));

/* ------------------------------------------------------------------ organisation units */

const ORG_SELECT = `o.id, o.code, o.name, o.kind, o.parent_id, o.head_id, h.name AS head_name, o.sort, o.active, o.version,
  (SELECT COUNT(*) FROM staff_profiles sp JOIN users su ON su.id = sp.user_id
    WHERE sp.org_unit_id = o.id AND su.active = ?) AS member_count`;

const toOrg = (r: Raw): OrgUnitRow => ({
  id: Number(r.id),
  code: String(r.code),
  name: String(r.name),
  kind: r.kind as OrgUnitRow['kind'],
  parent_id: num(r.parent_id),
  head_id: num(r.head_id),
  head_name: str(r.head_name),
  sort: Number(r.sort ?? 0),
  member_count: Number(r.member_count ?? 0),
  active: toBool(r.active),
  version: Number(r.version),
});

async function getOrg(db: Db, id: number): Promise<OrgUnitRow> {
  const r = await db.get<Raw>(
    `SELECT ${ORG_SELECT} FROM org_units o LEFT JOIN users h ON h.id = o.head_id WHERE o.id = ?`,
    [true, id],
  );
  if (!r) throw notFound('组织', 'Unit');
  return toOrg(r);
}

/* ------------------------------------------------------------------ employees */

const STAFF_SELECT = `u.id, u.login, u.name, u.roles, u.manager_id, m.name AS manager_name, sp.org_unit_id,
  o.name AS org_unit_name, sp.position, u.phone, sp.hire_date, sp.left_date, sp.data_scope, u.active,
  sp.version AS profile_version, u.version AS user_version`;
const STAFF_FROM = `users u LEFT JOIN staff_profiles sp ON sp.user_id = u.id
  LEFT JOIN org_units o ON o.id = sp.org_unit_id LEFT JOIN users m ON m.id = u.manager_id`;

const staffSpec: ListSpec = {
  from: STAFF_FROM,
  select: STAFF_SELECT,
  fields: {
    login: { sql: 'u.login', type: 'text' },
    name: { sql: 'u.name', type: 'text' },
    roles: { sql: 'u.roles', type: 'text' },
    manager_name: { sql: 'm.name', type: 'text' },
    org_unit_name: { sql: 'o.name', type: 'text' },
    position: { sql: 'sp.position', type: 'text' },
    phone: { sql: 'u.phone', type: 'text' },
    hire_date: { sql: 'sp.hire_date', type: 'date' },
    left_date: { sql: 'sp.left_date', type: 'date' },
    data_scope: { sql: 'sp.data_scope', type: 'enum' },
    active: { sql: 'u.active', type: 'bool' },
  },
  search: ['u.login', 'u.name', 'u.py', 'u.phone', 'o.name'],
  activeColumn: 'u.active',
  defaultSort: { field: 'login', dir: 'asc' },
  tiebreak: 'u.id',
};

export const toStaff = (r: Raw): StaffRow => ({
  id: Number(r.id),
  login: String(r.login),
  name: String(r.name),
  roles: parseRoles(r.roles),
  manager_id: num(r.manager_id),
  manager_name: str(r.manager_name),
  org_unit_id: num(r.org_unit_id),
  org_unit_name: str(r.org_unit_name),
  position: str(r.position),
  phone: str(r.phone),
  hire_date: str(r.hire_date),
  left_date: str(r.left_date),
  data_scope: (str(r.data_scope) as StaffRow['data_scope']) ?? null,
  active: toBool(r.active),
  profile_version: Number(r.profile_version ?? 0),
  user_version: Number(r.user_version ?? 0),
});

async function getStaff(db: Db, id: number): Promise<StaffRow> {
  const r = await db.get<Raw>(`SELECT ${STAFF_SELECT} FROM ${STAFF_FROM} WHERE u.id = ?`, [id]);
  if (!r) throw AppError.field('NOT_FOUND', ['user_id'], 'user_not_found');
  return toStaff(r);
}

/** Every employee has a profile row; created on first use. */
export async function ensureProfile(db: Db, userId: number, nowIso: string): Promise<void> {
  await db.run(
    'INSERT INTO staff_profiles (user_id, updated_at, version) VALUES (?, ?, 0) ON CONFLICT DO NOTHING',
    [userId, nowIso],
  );
}

/** The caller may act on this employee (in scope); throws NOT_FOUND otherwise (nothing is revealed). */
async function requireInScope(ctx: ServiceContext, userId: number): Promise<void> {
  const ids = await visibleUserIds(ctx.db, ctx.requireUser());
  if (ids !== null && !ids.includes(userId)) throw AppError.field('NOT_FOUND', ['user_id'], 'user_not_found');
  if (!(await ctx.db.get('SELECT id FROM users WHERE id = ?', [userId])))
    throw AppError.field('NOT_FOUND', ['user_id'], 'user_not_found');
}

const CHANGE_SELECT = `c.id, c.user_id, u.name AS user_name, c.kind, c.effective_date, fo.name AS from_org_unit_name,
  tou.name AS to_org_unit_name, fm.name AS from_manager_name, tm.name AS to_manager_name, c.from_roles, c.to_roles,
  hu.name AS handover_to_name, c.handover_summary, c.reason, cb.name AS created_by_name, c.created_at`;
const CHANGE_FROM = `staff_changes c JOIN users u ON u.id = c.user_id JOIN users cb ON cb.id = c.created_by
  LEFT JOIN org_units fo ON fo.id = c.from_org_unit_id LEFT JOIN org_units tou ON tou.id = c.to_org_unit_id
  LEFT JOIN users fm ON fm.id = c.from_manager_id LEFT JOIN users tm ON tm.id = c.to_manager_id
  LEFT JOIN users hu ON hu.id = c.handover_to_id`;

const changeSpec: ListSpec = {
  from: CHANGE_FROM,
  select: CHANGE_SELECT,
  fields: {
    user_name: { sql: 'u.name', type: 'text' },
    kind: { sql: 'c.kind', type: 'enum' },
    effective_date: { sql: 'c.effective_date', type: 'date' },
    created_at: { sql: 'c.created_at', type: 'date' },
    reason: { sql: 'c.reason', type: 'text' },
  },
  search: ['u.name', 'u.login', 'c.reason'],
  defaultSort: { field: 'created_at', dir: 'desc' },
  tiebreak: 'c.id DESC',
};

const toChange = (r: Raw): StaffChangeRow => {
  let handover: Record<string, number> | null = null;
  if (r.handover_summary) {
    try {
      handover = JSON.parse(String(r.handover_summary)) as Record<string, number>;
    } catch {
      handover = null;
    }
  }
  return {
    id: Number(r.id),
    user_id: Number(r.user_id),
    user_name: String(r.user_name),
    kind: r.kind as StaffChangeRow['kind'],
    effective_date: String(r.effective_date),
    from_org_unit_name: str(r.from_org_unit_name),
    to_org_unit_name: str(r.to_org_unit_name),
    from_manager_name: str(r.from_manager_name),
    to_manager_name: str(r.to_manager_name),
    from_roles: splitList(r.from_roles),
    to_roles: splitList(r.to_roles),
    handover_to_name: str(r.handover_to_name),
    handover,
    reason: str(r.reason),
    created_by_name: String(r.created_by_name),
    created_at: String(r.created_at),
  };
};

async function recordChange(ctx: ServiceContext, row: Record<string, unknown>): Promise<number> {
  return ctx.db.insert('staff_changes', {
    ...row,
    created_by: ctx.requireUser().id,
    created_at: ctx.nowIso(),
  });
}

async function checkUnit(db: Db, unitId: number | null, field: string): Promise<void> {
  if (unitId == null) return;
  const u = await db.get<{ active: unknown }>('SELECT active FROM org_units WHERE id = ?', [unitId]);
  if (!u || !toBool(u.active)) throw AppError.field('VALIDATION', [field], 'invalid_value');
}

async function checkManagerChain(db: Db, userId: number, managerId: number | null): Promise<void> {
  if (managerId == null) return;
  const m = await db.get<{ active: unknown }>('SELECT active FROM users WHERE id = ?', [managerId]);
  if (!m || !toBool(m.active)) throw AppError.field('VALIDATION', ['manager_id'], 'invalid_value');
  let cur: number | null = managerId;
  for (let i = 0; cur != null && i < 100; i++) {
    if (cur === userId) throw AppError.field('VALIDATION', ['manager_id'], 'manager_cycle');
    const up: { manager_id: number | null } | undefined = await db.get(
      'SELECT manager_id FROM users WHERE id = ?',
      [cur],
    );
    cur = up?.manager_id == null ? null : Number(up.manager_id);
  }
}

async function keepOneAdmin(db: Db, exceptUserId: number): Promise<void> {
  const admins = await db.all<{ roles: string }>(
    `SELECT roles FROM users WHERE active = ? AND id <> ?${db.forUpdate}`,
    [true, exceptUserId],
  );
  if (!admins.some((a) => parseRoles(a.roles).includes('admin'))) {
    throw AppError.field('BUSINESS_RULE', ['roles'], 'last_admin');
  }
}

/* ------------------------------------------------------------------ handlers */

export const orgHandlers: HandlersFor<'org.'> = {
  async 'org.tree'(ctx, { include_inactive }) {
    const rows = await ctx.db.all<Raw>(
      `SELECT ${ORG_SELECT} FROM org_units o LEFT JOIN users h ON h.id = o.head_id
       ${include_inactive ? '' : 'WHERE o.active = ?'} ORDER BY o.sort, o.code LIMIT 2000`,
      include_inactive ? [true] : [true, true],
    );
    return rows.map(toOrg);
  },

  async 'org.save'(ctx, input) {
    const now = ctx.nowIso();
    if (input.kind === 'company' && input.parent_unit_id != null)
      throw AppError.field('VALIDATION', ['kind'], 'org_company_root');
    if (input.parent_unit_id != null) {
      const p = await ctx.db.get('SELECT id FROM org_units WHERE id = ?', [input.parent_unit_id]);
      if (!p) throw AppError.field('VALIDATION', ['parent_unit_id'], 'invalid_value');
      if (input.id != null) {
        // Walk up from the new parent: meeting this unit would close a loop.
        let cur: number | null = input.parent_unit_id;
        for (let i = 0; cur != null && i < 100; i++) {
          if (cur === input.id) throw AppError.field('VALIDATION', ['parent_unit_id'], 'org_cycle');
          const up: { parent_id: number | null } | undefined = await ctx.db.get(
            'SELECT parent_id FROM org_units WHERE id = ?',
            [cur],
          );
          cur = up?.parent_id == null ? null : Number(up.parent_id);
        }
      }
    }
    if (input.head_id != null) {
      const h = await ctx.db.get<{ active: unknown }>('SELECT active FROM users WHERE id = ?', [
        input.head_id,
      ]);
      if (!h || !toBool(h.active)) throw AppError.field('VALIDATION', ['head_id'], 'invalid_value');
    }
    const cols = {
      code: input.code,
      name: input.name,
      kind: input.kind,
      parent_id: input.parent_unit_id,
      head_id: input.head_id,
      sort: input.sort,
      active: input.active,
    };
    let id = input.id;
    if (id == null) {
      id = await ctx.db.insert('org_units', { ...cols, created_at: now, updated_at: now, version: 0 });
      ctx.audit(id, `新建组织 ${input.code} ${input.name}`);
    } else {
      if (!(await lockRow(ctx.db, 'org_units', id))) throw notFound('组织', 'Unit');
      const sets = Object.keys(cols).map((k) => `${k} = ?`);
      const n = await ctx.db.run(
        `UPDATE org_units SET ${sets.join(', ')}, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
        [...Object.values(cols), now, id, input.version ?? -1],
      );
      if (n === 0) throw versionConflict();
      ctx.audit(id, `修改组织 ${input.code} ${input.name}`);
    }
    return getOrg(ctx.db, id);
  },
};

export const staffHandlers: HandlersFor<'staff.'> = {
  async 'staff.list'(ctx, q) {
    let ids = await visibleUserIds(ctx.db, ctx.requireUser());
    if (q.org_unit_id) ids = intersectIds(ids, await unitMemberIds(ctx.db, q.org_unit_id));
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (ids !== null) {
      base.clauses.push(ids.length ? `u.id IN (${placeholders(ids.length)})` : '1 = 0');
      base.params.push(...ids);
    }
    const r = await runList<Raw>(ctx.db, staffSpec, q, base);
    return { rows: r.rows.map(toStaff), total: r.total };
  },

  async 'staff.get'(ctx, { id }) {
    await requireInScope(ctx, id);
    const row = await getStaff(ctx.db, id);
    const changes = await ctx.db.all<Raw>(
      `SELECT ${CHANGE_SELECT} FROM ${CHANGE_FROM} WHERE c.user_id = ? ORDER BY c.created_at DESC, c.id DESC LIMIT 100`,
      [id],
    );
    return { ...row, changes: changes.map(toChange) };
  },

  async 'staff.saveProfile'(ctx, input) {
    await requireInScope(ctx, input.user_id);
    const now = ctx.nowIso();
    await ensureProfile(ctx.db, input.user_id, now);
    await ctx.db.get(`SELECT user_id FROM staff_profiles WHERE user_id = ?${ctx.db.forUpdate}`, [
      input.user_id,
    ]);
    const cur = await getStaff(ctx.db, input.user_id);
    if (cur.profile_version !== input.version) throw versionConflict();
    await checkUnit(ctx.db, input.org_unit_id, 'org_unit_id');
    await ctx.db.run(
      `UPDATE staff_profiles SET org_unit_id = ?, position = ?, hire_date = ?, data_scope = ?, updated_at = ?,
       version = version + 1 WHERE user_id = ?`,
      [input.org_unit_id, input.position, input.hire_date, input.data_scope, now, input.user_id],
    );
    if (cur.org_unit_id != null && cur.org_unit_id !== input.org_unit_id) {
      await recordChange(ctx, {
        user_id: input.user_id,
        kind: 'transfer',
        effective_date: ctx.today(),
        from_org_unit_id: cur.org_unit_id,
        to_org_unit_id: input.org_unit_id,
        from_manager_id: cur.manager_id,
        to_manager_id: cur.manager_id,
      });
    }
    if (cur.data_scope !== input.data_scope) ctx.core.sessions.invalidateUser(input.user_id, 'refresh');
    ctx.audit(
      input.user_id,
      `员工档案 ${cur.login} ${cur.name}${cur.data_scope !== input.data_scope ? `，数据范围 ${cur.data_scope ?? '按角色'} → ${input.data_scope ?? '按角色'}` : ''}`,
    );
    return getStaff(ctx.db, input.user_id);
  },

  async 'staff.transfer'(ctx, input) {
    await requireInScope(ctx, input.user_id);
    const now = ctx.nowIso();
    await lockRow(ctx.db, 'users', input.user_id);
    await ensureProfile(ctx.db, input.user_id, now);
    const cur = await getStaff(ctx.db, input.user_id);
    if (!cur.active) throw AppError.field('BUSINESS_RULE', ['user_id'], 'already_left');
    await checkUnit(ctx.db, input.org_unit_id, 'org_unit_id');
    await checkManagerChain(ctx.db, input.user_id, input.manager_id);
    await ctx.db.run('UPDATE users SET manager_id = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      input.manager_id,
      now,
      input.user_id,
    ]);
    await ctx.db.run(
      `UPDATE staff_profiles SET org_unit_id = ?, position = COALESCE(?, position), updated_at = ?,
       version = version + 1 WHERE user_id = ?`,
      [input.org_unit_id, input.position, now, input.user_id],
    );
    await recordChange(ctx, {
      user_id: input.user_id,
      kind: 'transfer',
      effective_date: input.effective_date,
      from_org_unit_id: cur.org_unit_id,
      to_org_unit_id: input.org_unit_id,
      from_manager_id: cur.manager_id,
      to_manager_id: input.manager_id,
      reason: input.reason,
    });
    ctx.core.sessions.invalidateUser(input.user_id, 'refresh');
    const after = await getStaff(ctx.db, input.user_id);
    ctx.audit(
      input.user_id,
      `调动 ${cur.name}：${cur.org_unit_name ?? '—'} → ${after.org_unit_name ?? '—'}，上级 ${cur.manager_name ?? '—'} → ${after.manager_name ?? '—'}`,
    );
    return after;
  },

  async 'staff.changeRoles'(ctx, input) {
    const me = ctx.requireUser();
    await requireInScope(ctx, input.user_id);
    await lockRow(ctx.db, 'users', input.user_id);
    const cur = await getStaff(ctx.db, input.user_id);
    if (!cur.active) throw AppError.field('BUSINESS_RULE', ['user_id'], 'already_left');
    const had = cur.roles.includes('admin');
    const has = input.roles.includes('admin');
    if (had !== has && !me.permissions.has('users.manage'))
      throw AppError.field('FORBIDDEN', ['roles'], 'admin_role_forbidden');
    if (had && !has) await keepOneAdmin(ctx.db, input.user_id);
    const roles = joinList(input.roles as Role[]);
    await ctx.db.run('UPDATE users SET roles = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      roles,
      ctx.nowIso(),
      input.user_id,
    ]);
    await recordChange(ctx, {
      user_id: input.user_id,
      kind: 'role',
      effective_date: input.effective_date,
      from_roles: joinList(cur.roles),
      to_roles: roles,
      reason: input.reason,
    });
    ctx.core.sessions.invalidateUser(input.user_id, 'refresh');
    ctx.audit(input.user_id, `角色变更 ${cur.name}：${cur.roles.join(',')} → ${input.roles.join(',')}`);
    return getStaff(ctx.db, input.user_id);
  },

  async 'staff.handoverPreview'(ctx, { user_id }) {
    await requireInScope(ctx, user_id);
    return previewHandovers(ctx.db, user_id);
  },

  async 'staff.leave'(ctx, input) {
    const me = ctx.requireUser();
    await requireInScope(ctx, input.user_id);
    const now = ctx.nowIso();
    await lockRow(ctx.db, 'users', input.user_id);
    await lockRow(ctx.db, 'users', input.handover_to_id);
    await ensureProfile(ctx.db, input.user_id, now);
    const cur = await getStaff(ctx.db, input.user_id);
    if (!cur.active) throw AppError.field('BUSINESS_RULE', ['user_id'], 'already_left');
    if (input.user_id === me.id) throw AppError.field('BUSINESS_RULE', ['user_id'], 'cannot_deactivate_self');
    if (input.handover_to_id === input.user_id)
      throw AppError.field('VALIDATION', ['handover_to_id'], 'handover_same');
    const to = await ctx.db.get<{ active: unknown; name: string }>(
      'SELECT active, name FROM users WHERE id = ?',
      [input.handover_to_id],
    );
    if (!to || !toBool(to.active))
      throw AppError.field('VALIDATION', ['handover_to_id'], 'handover_inactive');
    if (cur.roles.includes('admin')) await keepOneAdmin(ctx.db, input.user_id);

    const items = await runHandovers(ctx.db, input.user_id, input.handover_to_id, now);
    await ctx.db.run('UPDATE users SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      false,
      now,
      input.user_id,
    ]);
    await ctx.db.run(
      'UPDATE staff_profiles SET left_date = ?, updated_at = ?, version = version + 1 WHERE user_id = ?',
      [input.effective_date, now, input.user_id],
    );
    const summary = Object.fromEntries(items.map((i) => [i.name, i.count]));
    const changeId = await recordChange(ctx, {
      user_id: input.user_id,
      kind: 'leave',
      effective_date: input.effective_date,
      from_org_unit_id: cur.org_unit_id,
      from_manager_id: cur.manager_id,
      from_roles: joinList(cur.roles),
      handover_to_id: input.handover_to_id,
      handover_summary: JSON.stringify(summary),
      reason: input.reason,
    });
    ctx.core.sessions.invalidateUser(input.user_id, 'end');
    ctx.audit(
      input.user_id,
      `离职 ${cur.login} ${cur.name}，交接给 ${to.name}：${
        items
          .filter((i) => i.count > 0)
          .map((i) => `${i.label_zh} ${i.count}`)
          .join('，') || '无'
      }`,
    );
    const change = await ctx.db.get<Raw>(`SELECT ${CHANGE_SELECT} FROM ${CHANGE_FROM} WHERE c.id = ?`, [
      changeId,
    ]);
    return { change: toChange(change!), handed_over: items };
  },

  async 'staff.changes'(ctx, q) {
    const ids = await visibleUserIds(ctx.db, ctx.requireUser());
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (ids !== null) {
      base.clauses.push(`c.user_id IN (${placeholders(ids.length)})`);
      base.params.push(...ids);
    }
    if (q.user_id) {
      base.clauses.push('c.user_id = ?');
      base.params.push(q.user_id);
    }
    const r = await runList<Raw>(ctx.db, changeSpec, q, base);
    return { rows: r.rows.map(toChange), total: r.total };
  },

  async 'staff.settings'(ctx) {
    return getStaffSettings(ctx.db);
  },

  async 'staff.saveSettings'(ctx, input) {
    await setSetting(ctx.db, SETTINGS_KEY, input, ctx.nowIso());
    ctx.audit(
      SETTINGS_KEY,
      `考勤与日报设置：上班 ${input.work_start}，下班 ${input.work_end}，日报截止 ${input.report_deadline}`,
    );
    return getStaffSettings(ctx.db);
  },

  async 'staff.reminders'(ctx, { unread_only }) {
    const me = ctx.requireUser();
    const rows = await ctx.db.all<Raw>(
      `SELECT id, kind, ref_type, ref_id, message, created_at, read_at FROM staff_reminders
       WHERE user_id = ?${unread_only ? ' AND read_at IS NULL' : ''} ORDER BY created_at DESC, id DESC LIMIT 50`,
      [me.id],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      kind: String(r.kind),
      ref_type: str(r.ref_type),
      ref_id: num(r.ref_id),
      message: String(r.message),
      created_at: String(r.created_at),
      read_at: str(r.read_at),
    }));
  },

  async 'staff.readReminders'(ctx, { ids }) {
    const me = ctx.requireUser();
    const n = await ctx.db.run(
      `UPDATE staff_reminders SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (${placeholders(ids.length)})`,
      [ctx.nowIso(), me.id, ...ids],
    );
    ctx.audit(null, `已读提醒 ${n} 条`);
    return { ok: true as const };
  },
};

/** Adds a reminder once (dedupe_key); returns true when it was new. */
export async function addReminder(
  db: Db,
  r: {
    user_id: number;
    kind: string;
    ref_type?: string;
    ref_id?: number;
    message: string;
    dedupe_key: string;
  },
  nowIso: string,
): Promise<boolean> {
  const n = await db.run(
    `INSERT INTO staff_reminders (user_id, kind, ref_type, ref_id, message, dedupe_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    [
      r.user_id,
      r.kind,
      r.ref_type ?? null,
      r.ref_id ?? null,
      r.message.slice(0, 300),
      r.dedupe_key.slice(0, 120),
      nowIso,
    ],
  );
  return n > 0;
}
