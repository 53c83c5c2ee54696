/**
 * Backups (issue 8, robustness test 5) on SQLite and PostgreSQL: a backup records counts and a checksum
 * equal to the live database's; the restore drill brings back exactly that (counts and checksums, compared
 * across the restore), ends the sessions and leaves a safety backup that undoes it; a backup taken while
 * the office keeps writing is a consistent snapshot; automatic backups run once a day and are rotated;
 * damaged or foreign files are refused without touching the data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { databaseChecksum } from '../../electron/core/db/transfer';
import { autoBackup, backupDir, createBackup, listBackups } from '../../electron/core/services/backup/engine';
import { registeredJobs } from '../../electron/core/jobs';
import { ADMIN, createTestApp, dbKinds, describeEachDb, expectError, type TestApp } from '../helpers/harness';

async function liveChecksum(app: TestApp, exclude: string[] = []) {
  return app.core.database.read((db) => databaseChecksum(db, { exclude }));
}

async function addCustomers(app: TestApp, token: string, prefix: string, n: number, owners: number[] = []) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = await app.call(
      'customers.create',
      {
        legal_name: `${prefix}${i}号贸易有限公司`,
        co_owner_ids: owners,
        credit_limit: 1000 * i,
        confirm_similar: true,
      },
      token,
    );
    ids.push(c.id);
  }
  return ids;
}

/** Invariants of the customer "document" that hold in any consistent state of the database. */
function customerInvariants(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const problems: string[] = [];
    const n = (db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n;
    const series = db.prepare("SELECT next_value FROM number_series WHERE series = 'CUST'").get() as
      { next_value: number } | undefined;
    if ((series?.next_value ?? 1) - 1 !== n) problems.push(`series ${series?.next_value} for ${n} customers`);
    const codes = db.prepare('SELECT code FROM customers ORDER BY code').all() as { code: string }[];
    codes.forEach((c, i) => {
      if (c.code !== `C${String(i + 1).padStart(6, '0')}`) problems.push(`code ${c.code} at ${i + 1}`);
    });
    const unaudited = db
      .prepare(
        "SELECT COUNT(*) AS n FROM customers c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.method = 'customers.create' AND a.entity_id = CAST(c.id AS TEXT))",
      )
      .get() as { n: number };
    if (unaudited.n) problems.push(`${unaudited.n} customers without their audit row`);
    const fk = db.prepare('PRAGMA foreign_key_check').all();
    if (fk.length) problems.push(`${fk.length} foreign-key violations`);
    return problems;
  } finally {
    db.close();
  }
}

describeEachDb('backups', (app) => {
  let token = '';
  let coOwner = 0;

  beforeAll(async () => {
    token = app().adminToken;
    coOwner = (await app().user('bk_sales', ['salesperson'])).id;
    await app().call('regions.save', { code: 'SOUTH', name: '华南' }, token);
    const ids = await addCustomers(app(), token, '备份测试', 12, [coOwner]);
    await app().call('contacts.save', { customer_id: ids[0]!, name: '李四', is_primary: true }, token);
    await app().call(
      'products.create',
      { code: 'BK-1', name: '深沟球轴承', unit: '套', list_price: 1500 },
      token,
    );
  });

  it('a backup records counts and a checksum equal to the live database; the file is whole', async () => {
    const live = await liveChecksum(app());
    const f = await app().call('backup.create', { note: '月末' }, token);
    expect(f.kind).toBe('manual');
    expect(f.name).toMatch(/^xst-manual-\d{8}-\d{6}\.db$/);
    expect(f.source).toBe(app().kind);
    expect(f.checksum).toBe(live.checksum);
    expect(f.counts).toEqual(live.counts);
    expect(f.counts!.customers).toBe(12);
    expect(f.note).toBe('月末');
    const file = path.join(backupDir(app().core), f.name);
    expect(path.dirname(file)).toBe(path.join(app().dataDir, 'backups'));
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete'); // one self-contained file
    raw.close();
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith('.'))).toEqual([]);
    const status = await app().call('backup.status', {}, token);
    expect(status.files.map((x) => x.name)).toContain(f.name);
    expect(status.retention).toEqual({ daily: 7, weekly: 4, monthly: 12 });
  });

  it('restore drill: later changes are undone exactly, sessions end, the safety backup brings them back', async () => {
    const atBackup = await liveChecksum(app());
    const auditAtBackup = atBackup.counts.audit_log!;
    const f = await app().call('backup.create', {}, token);
    // The office carries on: new customers, an edit, a deactivation, a new user.
    await addCustomers(app(), token, '恢复后应消失', 3);
    const c = (await app().call('customers.list', { q: '备份测试1号' }, token)).rows[0]!;
    await app().call('customers.setActive', { id: c.id, active: false, reason: '测试' }, token);
    await app().user('bk_later', ['finance']);
    // (users is compared separately: logging in again records last_login_at)
    const later = await liveChecksum(app(), ['audit_log', 'users']);
    expect(later.checksum).not.toBe(atBackup.checksum);

    app().clock.advance(60_000);
    const r = await app().call('backup.restore', { name: f.name, confirm: true }, token);
    expect(r.restored.name).toBe(f.name);
    expect(r.safety.kind).toBe('prerestore');
    // Every table as at the backup (the audit log also carries the restore's own row).
    const after = await liveChecksum(app(), ['audit_log']);
    expect(after.checksum).toBe((await backupChecksumWithout(app(), f.name, ['audit_log'])).checksum);
    expect(after.counts).toEqual(withoutAudit(atBackup.counts));
    const audits = await app().core.database.read((db) =>
      db.all<{ method: string }>('SELECT method FROM audit_log ORDER BY id'),
    );
    expect(audits.length).toBe(auditAtBackup + 1);
    expect(audits[audits.length - 1]!.method).toBe('backup.restore');
    // Everyone logs in again (the restored users and passwords apply).
    await expectError(app().call('auth.me', {}, token), 'UNAUTHENTICATED');
    token = (await app().call('auth.login', { login: ADMIN.login, password: ADMIN.password })).token;
    await expectError(
      app().call('auth.login', { login: 'bk_later', password: 'Passw0rd!x1' }),
      'UNAUTHENTICATED',
    );

    // Undo the restore with the safety backup: the later state is back.
    app().clock.advance(60_000);
    const r2 = await app().call('backup.restore', { name: r.safety.name, confirm: true }, token);
    expect(r2.checksum).toBe(r.safety.checksum);
    token = (await app().call('auth.login', { login: ADMIN.login, password: ADMIN.password })).token;
    const undone = await liveChecksum(app(), ['audit_log', 'users']);
    expect(undone.checksum).toBe(later.checksum);
    expect(undone.counts).toEqual(later.counts);
    expect((await app().call('auth.login', { login: 'bk_later', password: 'Passw0rd!x1' })).me.login).toBe(
      'bk_later',
    );
  });

  it('a backup taken while the office keeps writing is a consistent snapshot', async () => {
    let running = true;
    let during = 0;
    let inBackup = false;
    const writer = (async () => {
      for (let i = 0; running; i++) {
        await app().call(
          'customers.create',
          { legal_name: `并发写入${i}号有限公司`, co_owner_ids: [coOwner], confirm_similar: true },
          token,
        );
        if (inBackup) during++;
        // Calls arrive as separate requests (IPC, HTTP): let the event loop turn between them.
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    inBackup = true;
    const f = await createBackup(app().core, 'manual', { pagesPerStep: 2 });
    inBackup = false;
    running = false;
    await writer;
    expect(during).toBeGreaterThan(0);
    const file = path.join(backupDir(app().core), f.name);
    expect(customerInvariants(file)).toEqual([]);
    const live = await app().core.database.read((db) =>
      db.get<{ n: number }>('SELECT COUNT(*) AS n FROM customers'),
    );
    expect(f.counts!.customers).toBeLessThan(Number(live!.n));
  });

  it('refuses a damaged backup and a name that is not a backup, changing nothing', async () => {
    const f = await app().call('backup.create', {}, token);
    const file = path.join(backupDir(app().core), f.name);
    const before = await liveChecksum(app());
    // The metadata no longer matches the data.
    const metaFile = `${file}.json`;
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { checksum: string };
    fs.writeFileSync(metaFile, JSON.stringify({ ...meta, checksum: 'f'.repeat(64) }));
    const e1 = await expectError(
      app().call('backup.restore', { name: f.name, confirm: true }, token),
      'BUSINESS_RULE',
    );
    expect(e1.message_zh).toContain('已损坏');
    // The file itself is garbage.
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    await expectError(app().call('backup.restore', { name: f.name, confirm: true }, token), 'BUSINESS_RULE');
    await expectError(
      app().call('backup.restore', { name: 'xst-manual-20200101-000000.db', confirm: true }, token),
      'NOT_FOUND',
    );
    await expectError(
      app().call('backup.restore', { name: '../xiaoshoutong.db', confirm: true } as never, token),
      'VALIDATION',
    );
    await expectError(app().call('backup.restore', { name: f.name } as never, token), 'VALIDATION');
    expect((await liveChecksum(app())).checksum).toBe(before.checksum);
    await app().call('backup.delete', { name: f.name }, token);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(metaFile)).toBe(false);
  });

  it('automatic backups: the job makes one a day and keeps 7 daily, 4 weekly, 12 monthly', async () => {
    const job = registeredJobs().find((j) => j.name === 'backup.auto');
    expect(job).toBeDefined();
    // A PC that joined an office database does not back it up unless told to.
    await app().call('backup.configure', { dir: null, auto_enabled: true }, token);
    const dir = backupDir(app().core);
    const autos = () => listBackups(dir).filter((f) => f.kind === 'auto');
    const start = new Date(2026, 0, 1, 9, 0, 0);
    for (let day = 0; day < 45; day++) {
      const now = new Date(start.getFullYear(), start.getMonth(), start.getDate() + day, 9, 30);
      await job!.run(app().core, now);
      await job!.run(app().core, new Date(now.getTime() + 3 * 3600_000)); // same day: nothing new
    }
    const names = autos().map((f) => f.name.slice(9, 17));
    // 2026-02-14 is the last day. Daily: 02-08 … 02-14; weekly (Monday weeks): 02-08 (week of 02-02),
    // 02-01 (week of 01-26); monthly: 01-31.
    expect(names.sort()).toEqual(
      [
        '20260125',
        '20260131',
        '20260201',
        '20260208',
        '20260209',
        '20260210',
        '20260211',
        '20260212',
        '20260213',
        '20260214',
      ].sort(),
    );
    // Switched off: nothing more.
    await app().call('backup.configure', { dir: null, auto_enabled: false }, token);
    expect(await autoBackup(app().core, new Date(2026, 1, 20, 9))).toBeNull();
    expect(autos().length).toBe(10);
  }, 240_000);

  it('the backup folder can be moved; it must be a full, writable path; the choice is kept in config.json', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-bk-'));
    try {
      const e = await expectError(
        app().call('backup.configure', { dir: 'relative/dir', auto_enabled: true }, token),
        'VALIDATION',
      );
      expect(e.fields?.[0]?.path).toEqual(['dir']);
      expect(e.message_zh).toContain('备份目录');
      const blocker = path.join(other, 'file');
      fs.writeFileSync(blocker, 'x');
      await expectError(
        app().call('backup.configure', { dir: path.join(blocker, 'sub'), auto_enabled: true }, token),
        'VALIDATION',
      );
      const s = await app().call(
        'backup.configure',
        { dir: path.join(other, '备份'), auto_enabled: true },
        token,
      );
      expect(s.dir).toBe(path.join(other, '备份'));
      expect(s.default_dir).toBe(false);
      const f = await app().call('backup.create', {}, token);
      expect(fs.existsSync(path.join(other, '备份', f.name))).toBe(true);
      const cfg = JSON.parse(fs.readFileSync(path.join(app().dataDir, 'config.json'), 'utf8')) as {
        backup: { dir: string };
      };
      expect(cfg.backup.dir).toBe(path.join(other, '备份'));
      await app().call('backup.configure', { dir: null, auto_enabled: true }, token);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

function withoutAudit(counts: Record<string, number>): Record<string, number> {
  const { audit_log: _a, ...rest } = counts;
  return rest;
}

async function backupChecksumWithout(app: TestApp, name: string, exclude: string[]) {
  const raw = new BetterSqlite3(path.join(backupDir(app.core), name), { readonly: true });
  try {
    const db = {
      dialect: 'sqlite' as const,
      forUpdate: '',
      ilike: 'LIKE',
      all: async <T>(sql: string, p: readonly unknown[] = []) => raw.prepare(sql).all(...p) as T[],
      get: async <T>(sql: string, p: readonly unknown[] = []) => raw.prepare(sql).get(...p) as T,
      run: async () => 0,
      insert: async () => 0,
    };
    return await databaseChecksum(db, { exclude });
  } finally {
    raw.close();
  }
}

/** A backup is a SQLite file whatever the source: one PC's backup restores into the office database and back. */
if (dbKinds().includes('postgres')) {
  describe('backups across databases', () => {
    it('a SQLite backup restores into PostgreSQL and a PostgreSQL backup into SQLite, checksums equal', async () => {
      const lite = await createTestApp('sqlite');
      const office = await createTestApp('postgres');
      try {
        await addCustomers(lite, lite.adminToken, '跨库恢复', 5);
        await office.call('regions.save', { code: 'X', name: '办公室区域' }, office.adminToken);
        for (const [from, to] of [
          [lite, office],
          [office, lite],
        ] as const) {
          const f = await from.call('backup.create', {}, from.adminToken);
          const src = path.join(backupDir(from.core), f.name);
          fs.mkdirSync(backupDir(to.core), { recursive: true });
          fs.copyFileSync(src, path.join(backupDir(to.core), f.name));
          fs.copyFileSync(`${src}.json`, path.join(backupDir(to.core), `${f.name}.json`));
          const token = (await to.call('auth.login', { login: ADMIN.login, password: ADMIN.password })).token;
          const r = await to.call('backup.restore', { name: f.name, confirm: true }, token);
          expect(r.checksum).toBe(f.checksum);
          expect((await liveChecksum(to, ['audit_log'])).checksum).toBe(
            (await liveChecksum(from, ['audit_log'])).checksum,
          );
          from.adminToken = (
            await from.call('auth.login', { login: ADMIN.login, password: ADMIN.password })
          ).token;
          to.adminToken = (
            await to.call('auth.login', { login: ADMIN.login, password: ADMIN.password })
          ).token;
        }
        // PostgreSQL's id sequences moved past the restored ids: new rows do not collide.
        await addCustomers(office, office.adminToken, '恢复后新增', 2);
      } finally {
        await lite.close();
        await office.close();
      }
    });
  });
}
