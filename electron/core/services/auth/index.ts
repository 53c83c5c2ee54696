import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { pinyinInitials, toBool } from '../common/text';
import { getSetting, setSetting } from '../common/settings';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password';
import { loadSessionUser } from './session-user';
import type { Me } from '../../../../shared/contract/auth';
import type { SessionUser } from '../../rpc/context';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 5;

async function meOf(ctx: ServiceContext, user: SessionUser): Promise<Me> {
  return {
    id: user.id,
    login: user.login,
    name: user.name,
    roles: user.roles,
    permissions: [...user.permissions].sort(),
    scope: user.scope,
    must_change_password: user.must_change_password,
    company_name: await getSetting(ctx.db, 'company_name', ''),
  };
}

export const authHandlers: HandlersFor<'auth.'> = {
  async 'auth.setupStatus'(ctx) {
    const r = await ctx.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users');
    const name = await getSetting<string | null>(ctx.db, 'company_name', null);
    return { needs_setup: Number(r?.n ?? 0) === 0, company_name: name };
  },

  async 'auth.setup'(ctx, input) {
    const r = await ctx.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users');
    if (Number(r?.n ?? 0) > 0) throw AppError.of('CONFLICT', 'setup_done');
    // The settings row is the lock: a second concurrent setup fails on its primary key.
    try {
      await ctx.db.run('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)', [
        'setup_done',
        JSON.stringify(ctx.nowIso()),
        ctx.nowIso(),
      ]);
    } catch {
      throw AppError.of('CONFLICT', 'setup_done');
    }
    await setSetting(ctx.db, 'company_name', input.company_name, ctx.nowIso());
    const now = ctx.nowIso();
    const id = await ctx.db.insert('users', {
      login: input.login,
      name: input.name,
      py: pinyinInitials(input.name),
      password_hash: await hashPassword(input.password),
      roles: 'admin',
      active: true,
      failed_logins: 0,
      must_change_password: false,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    ctx.audit(id, `系统初始化：${input.company_name}，管理员 ${input.login}`);
    return { user_id: id };
  },

  async 'auth.login'(ctx, input) {
    const u = await ctx.db.get<{
      id: number;
      password_hash: string;
      active: unknown;
      failed_logins: number;
      locked_until: string | null;
    }>(
      `SELECT id, password_hash, active, failed_logins, locked_until FROM users WHERE login = ?${ctx.db.forUpdate}`,
      [input.login],
    );
    if (!u) {
      await burnPasswordCheck(input.password);
      throw AppError.of('UNAUTHENTICATED', 'bad_credentials');
    }
    ctx.audit(u.id, `登录 ${input.login}`);
    const now = ctx.now();
    if (u.locked_until && new Date(u.locked_until) > now) {
      const minutes = Math.max(1, Math.ceil((new Date(u.locked_until).getTime() - now.getTime()) / 60000));
      throw AppError.of('LOCKED', 'account_locked', { minutes });
    }
    const ok = await verifyPassword(input.password, u.password_hash);
    if (!ok) {
      const failed = Number(u.failed_logins) + 1;
      if (failed >= MAX_FAILED_LOGINS) {
        const until = new Date(now.getTime() + LOCK_MINUTES * 60000).toISOString();
        await ctx.db.run('UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?', [until, u.id]);
        throw AppError.of('LOCKED', 'account_locked', { minutes: LOCK_MINUTES }, { commit: true });
      }
      await ctx.db.run('UPDATE users SET failed_logins = ? WHERE id = ?', [failed, u.id]);
      throw AppError.of('UNAUTHENTICATED', 'bad_credentials', undefined, { commit: true });
    }
    if (!toBool(u.active)) throw AppError.of('FORBIDDEN', 'account_inactive');
    await ctx.db.run(
      'UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?',
      [ctx.nowIso(), u.id],
    );
    const user = await loadSessionUser(ctx.db, Number(u.id));
    if (!user) throw AppError.of('FORBIDDEN', 'account_inactive');
    const token = ctx.core.sessions.create(user);
    return { token, me: await meOf(ctx, user) };
  },

  async 'auth.logout'(ctx) {
    const user = ctx.requireUser();
    ctx.core.sessions.delete(ctx.call.token);
    ctx.audit(user.id, `退出 ${user.login}`);
    return { ok: true as const };
  },

  async 'auth.me'(ctx) {
    return meOf(ctx, ctx.requireUser());
  },

  async 'auth.changePassword'(ctx, input) {
    const user = ctx.requireUser();
    const u = await ctx.db.get<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE id = ?${ctx.db.forUpdate}`,
      [user.id],
    );
    if (!u || !(await verifyPassword(input.old_password, u.password_hash))) {
      throw AppError.field('VALIDATION', ['old_password'], 'wrong_old_password');
    }
    await ctx.db.run(
      'UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [await hashPassword(input.new_password), false, ctx.nowIso(), user.id],
    );
    ctx.core.sessions.invalidateUser(user.id, 'refresh');
    ctx.audit(user.id, `修改密码 ${user.login}`);
    return { ok: true as const };
  },
};
