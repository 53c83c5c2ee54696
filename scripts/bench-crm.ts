/**
 * CRM at volume: 50 000 leads, 10 000 opportunities, 200 000 activities, 5 000 complaints on a SQLite
 * file (or PostgreSQL with --pg postgres://user:pw@host:port/db), then times the calls a salesperson and
 * a manager make all day, and one run of the time rules.
 *
 *   npx tsx scripts/bench-crm.ts [--pg postgres://…]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Core } from '../electron/core/app';
import type { DbConfig } from '../electron/core/db/database';
import { silentLogger } from '../electron/core/log';
import { runCrmRules } from '../electron/core/services/crm';
import type { InputOf, MethodName, OutputOf } from '../shared/contract';

const arg = (n: string) => {
  const i = process.argv.indexOf(`--${n}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-bench-crm-'));
  let db: DbConfig = { kind: 'sqlite', file: path.join(dir, 'bench.db') };
  const pg = arg('pg');
  if (pg) {
    const u = new URL(pg);
    db = {
      kind: 'postgres',
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: u.pathname.slice(1),
    };
  }
  const core = await Core.open({ dataDir: dir, db, log: silentLogger });
  const info = { transport: 'internal' as const, token: null as string | null };
  const call = async <M extends MethodName>(
    m: M,
    input: InputOf<M>,
    token = info.token,
  ): Promise<OutputOf<M>> => {
    const env = await core.call(m, input, { transport: 'internal', token });
    if (!env.ok) throw new Error(`${m}: ${env.error.message_en}`);
    return env.data as OutputOf<M>;
  };
  await call('auth.setup', {
    company_name: '基准测试',
    login: 'admin',
    name: '管理员',
    password: 'Admin12345',
  });
  info.token = (await call('auth.login', { login: 'admin', password: 'Admin12345' })).token;
  const mgr = await call('users.create', {
    login: 'mgr',
    name: '经理',
    roles: ['sales_manager'],
    password: 'Passw0rd1',
  });
  const reps: number[] = [];
  for (let i = 0; i < 20; i++) {
    reps.push(
      (
        await call('users.create', {
          login: `sp${i}`,
          name: `业务员${i}`,
          roles: ['salesperson'],
          password: 'Passw0rd1',
          manager_id: i < 10 ? mgr.id : null,
        })
      ).id,
    );
  }
  await core.database.transaction((d) => d.run('UPDATE users SET must_change_password = ?', [false]));

  const now = new Date();
  const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  const t0 = Date.now();
  await core.database.transaction(async (d) => {
    for (let i = 0; i < 2000; i++) {
      await d.insert('customers', {
        code: `C${String(i).padStart(6, '0')}`,
        legal_name: `基准客户${i}有限公司`,
        name_key: `基准客户${i}`,
        owner_id: reps[i % 20],
        created_at: iso(400),
        updated_at: iso(1),
        version: 0,
      });
    }
    for (let i = 0; i < 50_000; i++) {
      const open = i % 5 !== 0;
      await d.insert('crm_leads', {
        code: `XS${String(i).padStart(8, '0')}`,
        company: `线索公司${i}`,
        name_key: `线索公司${i}`,
        source: 'web',
        status: open ? 'open' : 'pool',
        owner_id: open ? reps[i % 20] : null,
        filed_by: reps[i % 20],
        filed_at: iso(i % 13),
        assigned_at: iso(i % 13),
        idle_since: iso(i % 16),
        created_at: iso(20),
        updated_at: iso(1),
        version: 0,
      });
    }
    for (let i = 0; i < 10_000; i++) {
      await d.insert('crm_opportunities', {
        code: `SJ${String(i).padStart(8, '0')}`,
        name: `基准商机${i}`,
        customer_id: (i % 2000) + 1,
        owner_id: reps[i % 20],
        stage: ['opportunity', 'initiation', 'formal', 'bid'][i % 4],
        status: 'open',
        stage_entered_at: iso(5),
        stage_due_on: day((i % 40) + 1),
        stage_warned_at: null,
        expected_amount: 1_000_000,
        created_by: reps[i % 20],
        created_at: iso(30),
        updated_at: iso(1),
        version: 0,
      });
    }
    for (let i = 0; i < 200_000; i++) {
      await d.insert('crm_activities', {
        type: 'call',
        user_id: reps[i % 20],
        customer_id: (i % 2000) + 1,
        occurred_at: iso(i % 365),
        summary: `第 ${i} 次跟进`,
        next_followup_on: day(i % 30),
        followup_owner_id: reps[i % 20],
        followup_done: i % 10 !== 0,
        created_at: iso(i % 365),
      });
    }
    for (let i = 0; i < 5_000; i++) {
      await d.insert('crm_complaints', {
        code: `TS${String(i).padStart(8, '0')}`,
        kind: 'complaint',
        customer_id: (i % 2000) + 1,
        cause: 'quality',
        severity: 'low',
        description: '基准',
        owner_id: reps[i % 20],
        status: 'closed',
        opened_at: iso(100),
        escalate_at: iso(98),
        created_by: reps[i % 20],
        created_at: iso(100),
        updated_at: iso(90),
        version: 0,
      });
    }
  });
  console.log(`${db.kind}: data loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const sp = (await call('auth.login', { login: 'sp0', password: 'Passw0rd1' })).token;
  const mg = (await call('auth.login', { login: 'mgr', password: 'Passw0rd1' })).token;
  const time = async (label: string, fn: () => Promise<unknown>, n = 20) => {
    await fn();
    const t = performance.now();
    for (let i = 0; i < n; i++) await fn();
    console.log(`${label.padEnd(44)} ${((performance.now() - t) / n).toFixed(1)} ms`);
  };
  await time('leads.list, salesperson, first page', () => call('leads.list', { limit: 100 }, sp));
  await time('leads.list, manager (team), first page', () => call('leads.list', { limit: 100 }, mg));
  if (process.env.EXPLAIN) {
    const plan = await core.database.read((d) =>
      d.all(
        `EXPLAIN QUERY PLAN SELECT l.id FROM crm_leads l LEFT JOIN users o ON o.id = l.owner_id
         WHERE l.owner_id IN (2,3,4,5,6,7,8,9,10,11,12) ORDER BY l.filed_at DESC, l.id DESC LIMIT 100 OFFSET 5000`,
      ),
    );
    console.log(plan);
  }
  await time('leads.list, manager (team), page 50', () =>
    call('leads.list', { offset: 5000, limit: 100, with_total: false }, mg),
  );
  await time('leads.pool, search', () => call('leads.pool', { q: '线索公司4999' }, sp));
  await time('opportunities.board, manager', () => call('opportunities.board', {}, mg));
  await time('opportunities.list, manager, sorted by due', () =>
    call('opportunities.list', { sort: [{ field: 'stage_due_on', dir: 'asc' }] }, mg),
  );
  await time('activities.list, one customer', () => call('activities.list', { customer_id: 1 }, sp));
  await time('crm.agenda, salesperson', () => call('crm.agenda', {}, sp));
  await time('crm.customerSummary', () => call('crm.customerSummary', { customer_id: 1 }, sp));
  await time('complaints.report by customer, manager', () =>
    call('complaints.report', { group_by: 'customer' }, mg),
  );
  await time(
    'runCrmRules (first run: reminders and reclaims)',
    () => core.database.transaction((d) => runCrmRules(d, new Date())),
    1,
  );
  await time(
    'runCrmRules (next batch of 500 reminders)',
    () => core.database.transaction((d) => runCrmRules(d, new Date())),
    5,
  );
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
