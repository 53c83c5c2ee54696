import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type { UserRow } from '../../../../shared/contract/users';
import type { Role } from '../../../../shared/contract/permissions';
import { lockRow, runList, placeholders, type ListSpec } from '../common/list';
import { joinList, pinyinInitials, toBool } from '../common/text';
import { hashPassword } from '../auth/password';
import { parseRoles } from '../auth/session-user';

const SELECT = `u.id, u.login, u.name, u.roles, u.manager_id, m.name AS manager_name, u.region_id,
  r.name AS region_name, u.phone, u.email, u.active, u.locked_until, u.last_login_at, u.version`;
const FROM = 'users u LEFT JOIN users m ON m.id = u.manager_id LEFT JOIN regions r ON r.id = u.region_id';

const spec: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    login: { sql: 'u.login', type: 'text' },
    name: { sql: 'u.name', type: 'text' },
    roles: { sql: 'u.roles', type: 'text' },
    manager_name: { sql: 'm.name', type: 'text' },
    region_name: { sql: 'r.name', type: 'text' },
    phone: { sql: 'u.phone', type: 'text' },
    email: { sql: 'u.email', type: 'text' },
    active: { sql: 'u.active', type: 'bool' },
    last_login_at: { sql: 'u.last_login_at', type: 'date' },
  },
  search: ['u.login', 'u.name', 'u.py', 'u.phone'],
  activeColumn: 'u.active',
  defaultSort: { field: 'login', dir: 'asc' },
  tiebreak: 'u.id',
};

type Raw = Record<string, unknown>;

function toRow(r: Raw, now: Date): UserRow {
  return {
    id: Number(r.id),
    login: String(r.login),
    name: String(r.name),
    roles: parseRoles(r.roles),
    manager_id: r.manager_id == null ? null : Number(r.manager_id),
    manager_name: (r.manager_name as string | null) ?? null,
    region_id: r.region_id == null ? null : Number(r.region_id),
    region_name: (r.region_name as string | null) ?? null,
    phone: (r.phone as string | null) ?? null,
    email: (r.email as string | null) ?? null,
    active: toBool(r.active),
    locked: r.locked_until != null && new Date(String(r.locked_until)) > now,
    last_login_at: (r.last_login_at as string | null) ?? null,
    version: Number(r.version),
  };
}

async function getUser(ctx: ServiceContext, id: number, lock = false): Promise<UserRow> {
  if (lock) await lockRow(ctx.db, 'users', id);
  const r = await ctx.db.get<Raw>(`SELECT ${SELECT} FROM ${FROM} WHERE u.id = ?`, [id]);
  if (!r) throw notFound('用户', 'User');
  return toRow(r, ctx.now());
}

async function checkManager(db: Db, userId: number | null, managerId: number | null): Promise<void> {
  if (managerId == null) return;
  const m = await db.get<{ id: number; active: unknown }>('SELECT id, active FROM users WHERE id = ?', [
    managerId,
  ]);
  if (!m) throw AppError.field('VALIDATION', ['manager_id'], 'invalid_value');
  if (userId == null) return;
  // Walk up from the proposed manager; reaching the user would close a loop.
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

async function checkRegion(db: Db, regionId: number | null): Promise<void> {
  if (regionId == null) return;
  const r = await db.get('SELECT id FROM regions WHERE id = ?', [regionId]);
  if (!r) throw AppError.field('VALIDATION', ['region_id'], 'invalid_value');
}

/** Refuses a change that would leave no active administrator. */
async function keepOneAdmin(db: Db, exceptUserId: number): Promise<void> {
  const admins = await db.all<{ id: number; roles: string }>(
    `SELECT id, roles FROM users WHERE active = ? AND id <> ?${db.forUpdate}`,
    [true, exceptUserId],
  );
  if (!admins.some((a) => parseRoles(a.roles).includes('admin'))) {
    throw AppError.field('BUSINESS_RULE', ['roles'], 'last_admin');
  }
}

const roleText = (roles: Role[]) => joinList(roles);

export const userHandlers: HandlersFor<'users.'> = {
  async 'users.list'(ctx, q) {
    const now = ctx.now();
    const r = await runList<Raw>(ctx.db, spec, q);
    return { rows: r.rows.map((x) => toRow(x, now)), total: r.total };
  },

  async 'users.get'(ctx, { id }) {
    return getUser(ctx, id);
  },

  async 'users.create'(ctx, input) {
    await checkManager(ctx.db, null, input.manager_id);
    await checkRegion(ctx.db, input.region_id);
    const now = ctx.nowIso();
    const id = await ctx.db.insert('users', {
      login: input.login,
      name: input.name,
      py: pinyinInitials(input.name),
      password_hash: await hashPassword(input.password),
      roles: roleText(input.roles),
      manager_id: input.manager_id,
      region_id: input.region_id,
      phone: input.phone,
      email: input.email,
      active: true,
      failed_logins: 0,
      must_change_password: true,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    ctx.audit(id, `新建用户 ${input.login} ${input.name}（${input.roles.join(',')}）`);
    return getUser(ctx, id);
  },

  async 'users.update'(ctx, input) {
    const cur = await getUser(ctx, input.id, true);
    if (cur.version !== input.version) throw versionConflict();
    await checkManager(ctx.db, input.id, input.manager_id);
    await checkRegion(ctx.db, input.region_id);
    if (cur.roles.includes('admin') && !input.roles.includes('admin')) await keepOneAdmin(ctx.db, input.id);
    await ctx.db.run(
      `UPDATE users SET login = ?, name = ?, py = ?, roles = ?, manager_id = ?, region_id = ?, phone = ?, email = ?,
       updated_at = ?, version = version + 1 WHERE id = ?`,
      [
        input.login,
        input.name,
        pinyinInitials(input.name),
        roleText(input.roles),
        input.manager_id,
        input.region_id,
        input.phone,
        input.email,
        ctx.nowIso(),
        input.id,
      ],
    );
    ctx.core.sessions.invalidateUser(input.id, 'refresh');
    ctx.audit(input.id, `修改用户 ${input.login}（角色 ${input.roles.join(',')}）`);
    return getUser(ctx, input.id);
  },

  async 'users.setActive'(ctx, { id, active }) {
    const me = ctx.requireUser();
    const cur = await getUser(ctx, id, true);
    if (!active && id === me.id) throw AppError.field('BUSINESS_RULE', ['active'], 'cannot_deactivate_self');
    if (!active && cur.roles.includes('admin')) await keepOneAdmin(ctx.db, id);
    await ctx.db.run('UPDATE users SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?', [
      active,
      ctx.nowIso(),
      id,
    ]);
    if (!active) ctx.core.sessions.invalidateUser(id, 'end');
    ctx.audit(id, `${active ? '启用' : '停用'}用户 ${cur.login}`);
    return getUser(ctx, id);
  },

  async 'users.resetPassword'(ctx, { id, new_password }) {
    const cur = await getUser(ctx, id, true);
    await ctx.db.run(
      `UPDATE users SET password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = NULL,
       updated_at = ?, version = version + 1 WHERE id = ?`,
      [await hashPassword(new_password), true, ctx.nowIso(), id],
    );
    ctx.core.sessions.invalidateUser(id, 'end');
    ctx.audit(id, `重置密码 ${cur.login}`);
    return { ok: true as const };
  },

  async 'users.unlock'(ctx, { id }) {
    const cur = await getUser(ctx, id, true);
    await ctx.db.run('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?', [id]);
    ctx.audit(id, `解锁账号 ${cur.login}`);
    return { ok: true as const };
  },

  async 'users.options'(ctx, q) {
    const params: unknown[] = [true];
    let where = 'active = ?';
    if (q.ids?.length) {
      where = `id IN (${placeholders(q.ids.length)})`;
      params.splice(0, 1, ...q.ids);
    } else if (q.q) {
      const s = `%${q.q}%`;
      where += ` AND (name ${ctx.db.ilike} ? OR login ${ctx.db.ilike} ? OR py ${ctx.db.ilike} ?)`;
      params.push(s, s, s);
    }
    const rows = await ctx.db.all<{ id: number; name: string; login: string }>(
      `SELECT id, name, login FROM users WHERE ${where} ORDER BY name LIMIT ?`,
      [...params, q.limit],
    );
    return rows.map((r) => ({ id: Number(r.id), label: r.name, sub: r.login }));
  },
};
