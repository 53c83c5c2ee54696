import { expect, it } from 'vitest';
import {
  ADMIN,
  createTestApp,
  dbKinds,
  describeEachDb,
  expectError,
  USER_PASSWORD,
} from '../helpers/harness';
import { describe } from 'vitest';

describe('first start', () => {
  for (const kind of dbKinds()) {
    it(`${kind}: needs setup, creates the administrator once`, async () => {
      const app = await createTestApp(kind, { setup: false });
      try {
        expect(await app.call('auth.setupStatus', {})).toEqual({ needs_setup: true, company_name: null });
        // nothing but public methods work before setup
        await expectError(app.call('customers.list', {}), 'UNAUTHENTICATED');
        const r = await app.call('auth.setup', {
          company_name: '华南机电贸易有限公司',
          login: 'boss',
          name: '王总',
          password: 'Secret123',
        });
        expect(r.user_id).toBeGreaterThan(0);
        expect(await app.call('auth.setupStatus', {})).toEqual({
          needs_setup: false,
          company_name: '华南机电贸易有限公司',
        });
        await expectError(
          app.call('auth.setup', { company_name: 'X', login: 'other', name: 'X', password: 'Secret123' }),
          'CONFLICT',
        );
        const login = await app.call('auth.login', { login: 'boss', password: 'Secret123' });
        expect(login.me.roles).toEqual(['admin']);
        expect(login.me.company_name).toBe('华南机电贸易有限公司');
        expect(login.me.permissions).toContain('users.manage');
      } finally {
        await app.close();
      }
    });
  }
});

describeEachDb('login, lockout, logout, change password', (app) => {
  it('refuses a wrong password without telling whether the login exists', async () => {
    const a = await expectError(
      app().call('auth.login', { login: ADMIN.login, password: 'wrong-pass1' }),
      'UNAUTHENTICATED',
    );
    const b = await expectError(
      app().call('auth.login', { login: 'nobody', password: 'wrong-pass1' }),
      'UNAUTHENTICATED',
    );
    expect(a.message_zh).toBe(b.message_zh);
    expect(a.message_zh).toContain('工号或密码错误');
  });

  it('locks an account for 5 minutes after 5 failed logins, and the count survives the failed calls', async () => {
    const u = await app().user('lock01', ['salesperson']);
    expect(u.id).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) {
      await expectError(
        app().call('auth.login', { login: 'lock01', password: 'bad-pass-1' }),
        'UNAUTHENTICATED',
      );
    }
    const locked = await expectError(
      app().call('auth.login', { login: 'lock01', password: 'bad-pass-1' }),
      'LOCKED',
    );
    expect(locked.message_zh).toContain('锁定');
    // even the right password is refused while locked
    await expectError(
      app().call('auth.login', { login: 'lock01', password: `${USER_PASSWORD}x1` }),
      'LOCKED',
    );
    const rows = await app().core.database.read((db) =>
      db.all<{ summary: string }>(
        "SELECT summary FROM audit_log WHERE method = 'auth.login' AND summary LIKE ?",
        ['失败%'],
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    app().clock.advance(5 * 60 * 1000 + 1000);
    const ok = await app().call('auth.login', { login: 'lock01', password: `${USER_PASSWORD}x1` });
    expect(ok.me.login).toBe('lock01');
  });

  it('an administrator can unlock early', async () => {
    const u = await app().user('lock02', ['finance']);
    for (let i = 0; i < 5; i++) await app().raw('auth.login', { login: 'lock02', password: 'bad-pass-1' });
    await expectError(
      app().call('auth.login', { login: 'lock02', password: `${USER_PASSWORD}x1` }),
      'LOCKED',
    );
    await app().call('users.unlock', { id: u.id }, app().adminToken);
    await app().call('auth.login', { login: 'lock02', password: `${USER_PASSWORD}x1` });
  });

  it('logout ends the session', async () => {
    const t = (await app().call('auth.login', { login: ADMIN.login, password: ADMIN.password })).token;
    expect((await app().call('auth.me', {}, t)).login).toBe(ADMIN.login);
    await app().call('auth.logout', {}, t);
    await expectError(app().call('auth.me', {}, t), 'UNAUTHENTICATED');
  });

  it('a new user must change the initial password before anything else', async () => {
    await app().call(
      'users.create',
      { login: 'newbie', name: '新人', roles: ['salesperson'], password: 'Initial123' },
      app().adminToken,
    );
    const t = (await app().call('auth.login', { login: 'newbie', password: 'Initial123' })).token;
    const me = await app().call('auth.me', {}, t);
    expect(me.must_change_password).toBe(true);
    await expectError(app().call('customers.list', {}, t), 'FORBIDDEN');
    await expectError(
      app().call('auth.changePassword', { old_password: 'nope', new_password: 'Better1234' }, t),
      'VALIDATION',
    );
    const weak = await expectError(
      app().call('auth.changePassword', { old_password: 'Initial123', new_password: 'short' }, t),
      'VALIDATION',
    );
    expect(weak.fields?.[0]?.path).toEqual(['new_password']);
    await app().call('auth.changePassword', { old_password: 'Initial123', new_password: 'Better1234' }, t);
    expect((await app().call('customers.list', {}, t)).rows).toEqual([]);
    await expectError(
      app().call('auth.login', { login: 'newbie', password: 'Initial123' }),
      'UNAUTHENTICATED',
    );
    await app().call('auth.login', { login: 'newbie', password: 'Better1234' });
  });

  it('a deactivated user is logged out and cannot log in', async () => {
    const u = await app().user('leaver', ['salesperson']);
    await app().call('users.setActive', { id: u.id, active: false }, app().adminToken);
    await expectError(app().call('auth.me', {}, u.token), 'UNAUTHENTICATED');
    await expectError(
      app().call('auth.login', { login: 'leaver', password: `${USER_PASSWORD}x1` }),
      'FORBIDDEN',
    );
  });

  it('stores scrypt hashes, never the password', async () => {
    const r = await app().core.database.read((db) =>
      db.get<{ password_hash: string }>('SELECT password_hash FROM users WHERE login = ?', [ADMIN.login]),
    );
    expect(r?.password_hash.startsWith('scrypt$')).toBe(true);
    expect(r?.password_hash).not.toContain(ADMIN.password);
  });
});
