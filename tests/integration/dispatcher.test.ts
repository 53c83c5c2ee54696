import { expect, it } from 'vitest';
import { Dispatcher } from '../../electron/core/rpc/dispatcher';
import { handlers } from '../../electron/core/services';
import { AppError } from '../../electron/core/rpc/errors';
import { dbChecksum, describeEachDb, expectError } from '../helpers/harness';

describeEachDb('dispatcher', (app) => {
  it('refuses an unknown method, naming it', async () => {
    const env = await app().raw('customers.drop', {}, app().adminToken);
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe('UNKNOWN_METHOD');
      expect(env.error.message_zh).toContain('customers.drop');
      expect(env.error.message_en).toContain('customers.drop');
    }
  });

  it('refuses an invalid payload with field paths in Chinese and English, and changes nothing', async () => {
    const before = await dbChecksum(app());
    const env = await app().raw(
      'customers.create',
      { legal_name: '', credit_limit: -5, credit_code: '123', unknown_field: 1, tags: 'x' },
      app().adminToken,
    );
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('VALIDATION');
    const paths = env.error.fields!.map((f) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['legal_name', 'credit_limit', 'credit_code', 'tags']));
    const byPath = Object.fromEntries(env.error.fields!.map((f) => [f.path.join('.'), f]));
    expect(byPath.legal_name!.message_zh).toContain('客户全称');
    expect(byPath.legal_name!.message_en).toContain('Legal full name');
    expect(byPath.credit_code!.message_zh).toContain('统一社会信用代码');
    expect(byPath.credit_code!.message_zh).toContain('校验位');
    expect(env.error.fields!.some((f) => f.message_en.includes('unknown_field'))).toBe(true);
    expect(env.error.message_zh).toMatch(/^输入有误/);
    expect(await dbChecksum(app())).toBe(before);
  });

  it('refuses calls without a session and calls without the permission, changing nothing', async () => {
    const sales = await app().user('disp_sales', ['salesperson']);
    const before = await dbChecksum(app());
    await expectError(app().call('users.list', {}), 'UNAUTHENTICATED');
    await expectError(app().call('users.list', {}, 'forged-token'), 'UNAUTHENTICATED');
    const f = await expectError(
      app().call(
        'users.create',
        { login: 'x1', name: 'x', roles: ['admin'], password: 'Abcdef123' },
        sales.token,
      ),
      'FORBIDDEN',
    );
    expect(f.message_zh).toContain('users.manage');
    await expectError(
      app().call('products.create', { code: 'P1', name: 'x', unit: '个', list_price: 1 }, sales.token),
      'FORBIDDEN',
    );
    expect(await dbChecksum(app())).toBe(before);
  });

  it('authorizes before validating: no session → UNAUTHENTICATED even for a bad payload', async () => {
    await expectError(app().call('customers.create', { nonsense: true } as never), 'UNAUTHENTICATED');
  });

  it('writes one audit row per mutating call with user, method, entity and summary', async () => {
    const c = await app().call('customers.create', { legal_name: '审计测试有限公司' }, app().adminToken);
    const row = await app().core.database.read((db) =>
      db.get<Record<string, unknown>>(
        "SELECT * FROM audit_log WHERE method = 'customers.create' AND entity_id = ? ORDER BY id DESC",
        [String(c.id)],
      ),
    );
    expect(row).toMatchObject({ user_name: '系统管理员', entity_type: 'customer', transport: 'internal' });
    expect(String(row!.summary)).toContain('审计测试有限公司');
    expect(String(row!.summary)).toContain(c.code);
    // reads leave no audit row
    const n1 = await app().core.database.read((db) =>
      db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log'),
    );
    await app().call('customers.get', { id: c.id }, app().adminToken);
    const n2 = await app().core.database.read((db) =>
      db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log'),
    );
    expect(Number(n2!.n)).toBe(Number(n1!.n));
  });

  it('rolls back every write of a call that fails, and hides unexpected errors behind a correlation id', async () => {
    const core = app().core;
    const d = new Dispatcher(core, {
      ...handlers,
      // writes, then fails unexpectedly
      'regions.save': async (ctx) => {
        await ctx.db.run(
          "INSERT INTO regions (code, name, active, created_at, updated_at, version) VALUES ('TMP', '临时', ?, 'x', 'x', 0)",
          [true],
        );
        throw new Error('boom in /secret/path/file.ts');
      },
      // writes, then returns something that does not match the contract
      'warehouses.save': async (ctx) => {
        await ctx.db.run(
          "INSERT INTO regions (code, name, active, created_at, updated_at, version) VALUES ('TMP2', '临时', ?, 'x', 'x', 0)",
          [true],
        );
        return { nonsense: true } as never;
      },
      // writes, then refuses with a business error
      'users.unlock': async (ctx) => {
        await ctx.db.run(
          "INSERT INTO regions (code, name, active, created_at, updated_at, version) VALUES ('TMP3', '临时', ?, 'x', 'x', 0)",
          [true],
        );
        throw new AppError('BUSINESS_RULE', '不行', 'No');
      },
    });
    const info = { token: app().adminToken, transport: 'internal' as const };
    const before = await dbChecksum(app());
    const e1 = await d.call('regions.save', { code: 'R1', name: '华东' }, info);
    expect(e1.ok).toBe(false);
    if (!e1.ok) {
      expect(e1.error.code).toBe('INTERNAL');
      expect(e1.error.correlation_id).toMatch(/^[0-9a-f]{12}$/);
      expect(JSON.stringify(e1.error)).not.toContain('secret');
      expect(e1.error.message_zh).toContain(e1.error.correlation_id!);
    }
    const e2 = await d.call('warehouses.save', { code: 'W1', name: '主仓' }, info);
    expect(e2.ok).toBe(false);
    if (!e2.ok) expect(e2.error.code).toBe('INTERNAL');
    const e3 = await d.call('users.unlock', { id: 1 }, info);
    expect(e3.ok).toBe(false);
    if (!e3.ok) expect(e3.error.code).toBe('BUSINESS_RULE');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('every contract method has a service and every service a contract method', async () => {
    const { METHOD_NAMES } = await import('../../shared/contract');
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });
});
