import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Core, readConfig } from '../../electron/core/app';
import { openDatabase } from '../../electron/core/db/database';
import { copyDatabase, countAll } from '../../electron/core/db/transfer';
import { silentLogger } from '../../electron/core/log';
import { ADMIN, createTestApp, expectError, makeDbConfig, type TestApp } from '../helpers/harness';

const hasPg = () => inject('pg') !== null;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** Some data in every table, including self-references (manager, parent region) and co-owners. */
async function populate(app: TestApp): Promise<void> {
  const t = app.adminToken;
  const east = await app.call('regions.save', { code: 'HD', name: '华东' }, t);
  await app.call('regions.save', { code: 'SH', name: '上海', parent_id: east.id }, t);
  const boss = await app.user('boss', ['sales_manager']);
  const rep = await app.user('rep1', ['salesperson'], { manager_id: boss.id });
  const c = await app.call(
    'customers.create',
    { legal_name: '上海浦东机械有限公司', region_id: east.id, co_owner_ids: [boss.id], tags: ['机械'] },
    rep.token,
  );
  await app.call('contacts.save', { customer_id: c.id, name: '王采购', is_primary: true }, rep.token);
  await app.call('products.create', { code: 'A-1', name: '轴承 6204', unit: '个', list_price: 1250 }, t);
  await app.call('warehouses.save', { code: 'W1', name: '上海仓' }, t);
}

describe.runIf(hasPg())('switching to the office database', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const f of cleanup.reverse()) await f().catch(() => undefined);
  });

  it('copies every table from SQLite into PostgreSQL in one go, counts checked, ids and passwords kept', async () => {
    const app = await createTestApp('sqlite');
    cleanup.push(() => app.close());
    await populate(app);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-copy-'));
    const target = await openDatabase(await makeDbConfig('postgres', dir));
    cleanup.push(() => target.close());
    const report = await copyDatabase(app.core.database, target);
    const source = await app.core.database.read(countAll);
    expect(Object.fromEntries(report.tables.map((r) => [r.table, r.target]))).toEqual(source);
    expect(source.customers).toBe(1);
    expect(source.customer_owners).toBe(1);
    // self-references survived
    const rep = await target.read((db) =>
      db.get<{ manager_id: number }>("SELECT manager_id FROM users WHERE login = 'rep1'"),
    );
    expect(rep?.manager_id).toBeGreaterThan(0);
    // a second copy into a non-empty database is refused and changes nothing
    await expect(copyDatabase(app.core.database, target)).rejects.toThrow(/already holds data/);
    expect(await target.read(countAll)).toEqual(source);
    // the copied database works: login with the same password, new rows get fresh ids
    await app.core.useDatabase(target, null, { keepSessions: true });
    const token = (await app.call('auth.login', { login: ADMIN.login, password: ADMIN.password })).token;
    const c2 = await app.call('customers.create', { legal_name: '杭州西湖电子有限公司' }, token);
    expect(c2.code).toBe('C000002');
    const list = await app.call('customers.list', {}, token);
    expect(list.rows.map((r) => r.legal_name).sort()).toEqual([
      '上海浦东机械有限公司',
      '杭州西湖电子有限公司',
    ]);
  });

  it('this PC hosts the office database: starts PostgreSQL, copies local data, other PCs can connect, survives a restart', async () => {
    const app = await createTestApp('sqlite');
    fs.chmodSync(app.dataDir, 0o755); // the postgres system user (CI runs as root) must reach the data folder
    cleanup.push(() => app.close());
    await populate(app);
    const before = await app.core.database.read(countAll);
    const port = await freePort();

    // a salesperson may not do this
    const rep = await app.call('auth.login', { login: 'rep1', password: 'Passw0rd!x1' });
    await expectError(
      app.call('system.hostOfficeDb', { listen_address: '127.0.0.1', port }, rep.token),
      'FORBIDDEN',
    );

    const r = await app.call(
      'system.hostOfficeDb',
      { listen_address: '127.0.0.1', port, copy_local: true },
      app.adminToken,
    );
    expect(r.info.kind).toBe('postgres');
    expect(r.info.hosted_here).toBe(true);
    expect(r.transfer?.tables.every((t) => t.source === t.target)).toBe(true);
    const join = r.info.join!;
    expect(join).toMatchObject({ host: '127.0.0.1', port, database: 'xiaoshoutong', user: 'xiaoshoutong' });
    // sessions survive the switch because the data came along
    expect((await app.call('auth.me', {}, app.adminToken)).login).toBe(ADMIN.login);
    // the config names the office database
    const cfg = readConfig(app.dataDir);
    expect(cfg.db.kind).toBe('postgres');
    expect(cfg.hosting?.port).toBe(port);
    // "another PC" connects with the details shown
    const client = new pg.Client({
      host: join.host,
      port: join.port,
      database: join.database,
      user: join.user,
      password: join.password,
    });
    await client.connect();
    const n = await client.query('SELECT COUNT(*)::int AS n FROM customers');
    await client.end();
    expect(n.rows[0].n).toBe(before.customers);
    // a wrong password is refused
    const bad = new pg.Client({
      host: join.host,
      port: join.port,
      database: join.database,
      user: join.user,
      password: 'wrong',
    });
    await expect(bad.connect()).rejects.toThrow();
    await bad.end().catch(() => undefined);

    // a second PC (its own SQLite, empty) joins without copying
    const pc2 = await createTestApp('sqlite');
    cleanup.push(() => pc2.close());
    const t2 = await pc2.call('system.testOfficeDb', { ...join }, pc2.adminToken);
    expect(t2.has_data).toBe(true);
    // copying into a database that has data is refused, and pc2 stays on its own database
    await expectError(
      pc2.call('system.connectOfficeDb', { ...join, copy_local: true }, pc2.adminToken),
      'CONFLICT',
    );
    expect(pc2.core.database.dialect).toBe('sqlite');
    const j = await pc2.call('system.connectOfficeDb', { ...join, copy_local: false }, pc2.adminToken);
    expect(j.info.kind).toBe('postgres');
    // pc2's sessions ended (different users); it logs in with the office's accounts
    await expectError(pc2.call('auth.me', {}, pc2.adminToken), 'UNAUTHENTICATED');
    const t = (await pc2.call('auth.login', { login: 'rep1', password: 'Passw0rd!x1' })).token;
    expect((await pc2.call('customers.list', {}, t)).rows[0]?.legal_name).toBe('上海浦东机械有限公司');

    // restart the hosting PC: the core starts the embedded server again from config.json
    await app.core.close();
    const again = await Core.open({ dataDir: app.dataDir, log: silentLogger });
    try {
      expect(again.office).not.toBeNull();
      const env = await again.call(
        'auth.login',
        { login: ADMIN.login, password: ADMIN.password },
        { transport: 'internal' },
      );
      expect(env.ok).toBe(true);
    } finally {
      await pc2.core.close().catch(() => undefined);
      await again.close();
    }
    // app.close() would close the already-closed core again; replace it with a no-op
    app.core.close = async () => undefined;
    pc2.core.close = async () => undefined;
  });
});
