import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { runCrmRules } from '../../electron/core/services/crm';
import { localDate } from '../../electron/core/rpc/context';
import { registeredJobs } from '../../electron/core/jobs';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface U {
  id: number;
  token: string;
}
interface Team {
  manager: U;
  a: U;
  b: U;
  other: U;
}

async function team(app: TestApp): Promise<Team> {
  const manager = await app.user('mgr', ['sales_manager'], { name: '李经理' });
  const a = await app.user('sa', ['salesperson'], { manager_id: manager.id, name: '张三' });
  const b = await app.user('sb', ['salesperson'], { manager_id: manager.id, name: '李四' });
  const other = await app.user('so', ['salesperson'], { name: '王五' });
  return { manager, a, b, other };
}

const rules = (app: TestApp) => app.core.database.transaction((db) => runCrmRules(db, app.clock.now()));
const today = (app: TestApp) => localDate(app.clock.now());
const addDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};

describeEachDb('crm leads and the public pool', (app) => {
  let t: Team;
  let lead1: number;

  it('files a lead: numbered, owned by the filer, reclaim date 14 days ahead', async () => {
    t = await team(app());
    const l = await app().call(
      'leads.create',
      {
        company: ' 广州市天河智能科技有限公司 ',
        contact_name: '陈工',
        contact_title: '采购经理',
        phone: '138-0013-8000',
        source: 'exhibition',
        requirement: '车间自动化改造，约 200 万',
      },
      t.a.token,
    );
    lead1 = l.id;
    expect(l.code).toBe('XS2026-000001');
    expect(l.company).toBe('广州市天河智能科技有限公司');
    expect(l.status).toBe('open');
    expect(l.owner_name).toBe('张三');
    expect(l.filed_by_name).toBe('张三');
    expect(l.idle_days).toBe(0);
    expect(l.reclaim_on).toBe(addDays(today(app()), 14));
    expect(l.events.map((e) => e.kind)).toEqual(['file']);
    expect(l.can_edit).toBe(true);
  });

  it('first to file owns it: the same company (normalised) or phone is refused, naming the holder', async () => {
    const before = await dbChecksum(app());
    const e = await expectError(
      app().call('leads.create', { company: '天河智能科技有限公司', source: 'web' }, t.b.token),
      'DUPLICATE',
    );
    expect(e.fields?.[0]?.path).toEqual(['company']);
    expect(e.message_zh).toContain('张三');
    expect(e.message_zh).toContain('先报备者所有');
    expect(e.message_en).toContain('first to file owns it');
    const p = await expectError(
      app().call('leads.create', { company: '别的公司', phone: '+86 13800138000', source: 'web' }, t.b.token),
      'DUPLICATE',
    );
    expect(p.fields?.[0]?.path).toEqual(['phone']);
    // and a customer cannot be created for it by someone else either
    const c = await expectError(
      app().call('customers.create', { legal_name: '天河智能科技有限公司' }, t.b.token),
      'DUPLICATE',
    );
    expect(c.fields?.[0]?.path).toEqual(['legal_name']);
    expect(c.message_zh).toContain('XS2026-000001');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('similar names warn and need confirming; checkDuplicate sees everyone’s leads', async () => {
    const e = await expectError(
      app().call('leads.create', { company: '天河智能科技研究院', source: 'referral' }, t.b.token),
      'DUPLICATE',
    );
    expect((e.details as { kind: string }).kind).toBe('similar');
    const ok = await app().call(
      'leads.create',
      { company: '天河智能科技研究院', source: 'referral', confirm_similar: true },
      t.b.token,
    );
    expect(ok.owner_name).toBe('李四');
    const hits = await app().call('leads.checkDuplicate', { company: '天河智能科技' }, t.other.token);
    expect(hits.exact.map((h) => h.owner_name)).toEqual(['张三']);
    expect(hits.similar.map((h) => h.name)).toContain('天河智能科技研究院');
  });

  it('data scope: own leads for salespeople, the team for the manager', async () => {
    const names = async (token: string) =>
      (await app().call('leads.list', {}, token)).rows.map((r) => r.company).sort();
    expect(await names(t.a.token)).toEqual(['广州市天河智能科技有限公司']);
    expect(await names(t.b.token)).toEqual(['天河智能科技研究院']);
    expect(await names(t.manager.token)).toHaveLength(2);
    expect(await names(t.other.token)).toEqual([]);
    await expectError(app().call('leads.get', { id: lead1 }, t.other.token), 'NOT_FOUND');
    // the manager sees but a colleague cannot edit
    await expectError(app().call('leads.close', { id: lead1, reason: '测试' }, t.b.token), 'NOT_FOUND');
  });

  it('reclaim timing: reminder 2 days before, reclaimed after 14 idle days (injected clock)', async () => {
    const a = app();
    a.clock.advance(11 * DAY);
    expect((await rules(a)).lead_reminders).toBe(0);
    a.clock.advance(1 * DAY + 60_000); // 12 days
    const r1 = await rules(a);
    expect(r1.lead_reminders).toBe(2); // both leads were filed at the same time
    expect(r1.leads_reclaimed).toBe(0);
    const rem = await a.call('crm.reminders', {}, t.a.token);
    expect(rem.rows[0]?.kind).toBe('lead_idle_warning');
    expect(rem.rows[0]?.title_zh).toContain('将于');
    // running again does not repeat the reminder
    expect((await rules(a)).lead_reminders).toBe(0);
    a.clock.advance(1.9 * DAY); // 13.9 days
    expect((await rules(a)).leads_reclaimed).toBe(0);
    a.clock.advance(0.2 * DAY); // 14.1 days
    const r2 = await rules(a);
    expect(r2.leads_reclaimed).toBe(2);
    const l = await a.call('leads.get', { id: lead1 }, t.manager.token);
    expect(l.status).toBe('pool');
    expect(l.owner_id).toBeNull();
    expect(l.previous_owner_name).toBe('张三');
    expect(l.pool_reason).toContain('14');
    expect(l.events.map((e) => e.kind)).toEqual(['reclaim', 'warn', 'file']);
    const told = await a.call('crm.reminders', {}, t.a.token);
    expect(told.rows.map((r) => r.kind)).toContain('lead_reclaimed');
    // the second lead (李四's) was filed at the same time: also reclaimed
    const pool = await a.call('leads.pool', {}, t.other.token);
    expect(pool.rows.map((r) => r.company).sort()).toEqual([
      '天河智能科技研究院',
      '广州市天河智能科技有限公司',
    ]);
    // the reclaim was audited as the system
    const audit = await a.core.database.read((db) =>
      db.all<{ user_name: string; summary: string }>(
        "SELECT user_name, summary FROM audit_log WHERE method = 'crm.rules' ORDER BY id",
      ),
    );
    expect(audit.length).toBe(2);
    expect(audit[0]!.user_name).toBe('系统');
  });

  it('claims from the pool: one winner when two claim at once, and a daily limit', async () => {
    const a = app();
    const results = await Promise.allSettled([
      a.call('leads.claim', { id: lead1 }, t.a.token),
      a.call('leads.claim', { id: lead1 }, t.b.token),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    const loser = results[1 - winner] as PromiseRejectedResult;
    expect(String(loser.reason)).toContain('BUSINESS_RULE');
    const claimer = winner === 0 ? t.a : t.b;
    const mine = await a.call('leads.get', { id: lead1 }, claimer.token);
    expect(mine.status).toBe('open');
    expect(mine.owner_id).toBe(claimer.id);
    expect(mine.reclaim_on).toBe(addDays(today(a), 14));
    expect(mine.events[0]?.kind).toBe('claim');

    // daily limit 1: the claimer already claimed one today
    const cfg = await a.call('crm.config', {}, a.adminToken);
    await a.call('crm.setConfig', { ...cfg, pool_daily_claim_limit: 1 }, a.adminToken);
    const other = (await a.call('leads.pool', {}, claimer.token)).rows[0]!;
    expect(other.company).toBe('天河智能科技研究院');
    const e = await expectError(a.call('leads.claim', { id: other.id }, claimer.token), 'BUSINESS_RULE');
    expect(e.message_zh).toContain('每日上限 1 条');
    a.clock.advance(DAY);
    await a.call('leads.claim', { id: other.id }, claimer.token);
    await a.call('crm.setConfig', cfg, a.adminToken);
    // a salesperson cannot reclaim; the manager can, with a reason
    await expectError(a.call('leads.reclaim', { ids: [lead1], reason: '整理' }, t.a.token), 'FORBIDDEN');
    const r = await a.call('leads.reclaim', { ids: [lead1], reason: '重新分配' }, t.manager.token);
    expect(r.count).toBe(1);
  });

  it('the manager assigns within the team only; salespeople cannot assign', async () => {
    const a = app();
    await expectError(a.call('leads.assign', { ids: [lead1], owner_id: t.a.id }, t.a.token), 'FORBIDDEN');
    const e = await expectError(
      a.call('leads.assign', { ids: [lead1], owner_id: t.other.id }, t.manager.token),
      'FORBIDDEN',
    );
    expect(e.fields?.[0]?.path).toEqual(['owner_id']);
    const r = await a.call('leads.assign', { ids: [lead1], owner_id: t.a.id, note: '归还' }, t.manager.token);
    expect(r.count).toBe(1);
    const l = await a.call('leads.get', { id: lead1 }, t.a.token);
    expect(l.owner_name).toBe('张三');
    expect(l.events[0]).toMatchObject({ kind: 'assign', to_user_name: '张三', user_name: '李经理' });
    const rem = await a.call('crm.reminders', {}, t.a.token);
    expect(rem.rows.some((x) => x.kind === 'lead_assigned')).toBe(true);
  });

  it('a follow-up restarts the idle clock; a lead never reclaimed without a reminder first', async () => {
    const a = app();
    const l = await a.call('leads.create', { company: '佛山顺德精工机械厂', source: 'phone' }, t.b.token);
    a.clock.advance(10 * DAY);
    await a.call(
      'activities.create',
      { type: 'call', lead_id: l.id, summary: '电话了解需求', next_followup_on: addDays(today(a), 7) },
      t.b.token,
    );
    const after = await a.call('leads.get', { id: l.id }, t.b.token);
    expect(after.idle_days).toBe(0);
    expect(after.next_followup_on).toBe(addDays(today(a), 7));
    a.clock.advance(5 * DAY);
    const r = await rules(a);
    const still = await a.call('leads.get', { id: l.id }, t.b.token);
    expect(still.status).toBe('open');
    expect(r.leads_reclaimed).toBe(0);
    // the job did not run for 20 days: the first run only reminds, the reclaim comes a day later
    a.clock.advance(20 * DAY);
    const first = await rules(a);
    expect(first.lead_reminders).toBeGreaterThanOrEqual(1);
    expect((await a.call('leads.get', { id: l.id }, t.b.token)).status).toBe('open');
    a.clock.advance(DAY + 60_000);
    await rules(a);
    expect((await a.call('leads.get', { id: l.id }, t.manager.token)).status).toBe('pool');
  });

  it('a lead not converted within 30 days goes back, even when followed up', async () => {
    const a = app();
    const l = await a.call('leads.create', { company: '东莞长安模具有限公司', source: 'web' }, t.b.token);
    for (let i = 0; i < 3; i++) {
      a.clock.advance(9.5 * DAY);
      await a.call(
        'activities.create',
        {
          type: 'wechat',
          lead_id: l.id,
          summary: `第 ${i + 1} 次沟通`,
          next_followup_on: addDays(today(a), 5),
        },
        t.b.token,
      );
      await rules(a);
    }
    // 28.5 days: the conversion reminder came at day 28
    const rem = await a.call('crm.reminders', {}, t.b.token);
    expect(rem.rows.some((x) => x.kind === 'lead_convert_warning' && x.entity_id === l.id)).toBe(true);
    expect((await a.call('leads.get', { id: l.id }, t.b.token)).status).toBe('open');
    a.clock.advance(2 * DAY);
    await rules(a);
    const gone = await a.call('leads.get', { id: l.id }, t.manager.token);
    expect(gone.status).toBe('pool');
    expect(gone.pool_reason).toContain('转为商机');
  });

  it('the owner releases a lead; closing needs a reason; nobody deletes', async () => {
    const a = app();
    const l = await a.call('leads.create', { company: '中山小榄五金制品厂', source: 'other' }, t.a.token);
    await expectError(a.call('leads.close', { id: l.id, reason: '' }, t.a.token), 'VALIDATION');
    const closed = await a.call('leads.close', { id: l.id, reason: '空号，无效线索' }, t.a.token);
    expect(closed.status).toBe('closed');
    expect(closed.closed_reason).toBe('空号，无效线索');
    await expectError(a.call('leads.release', { id: l.id, reason: 'x' }, t.a.token), 'BUSINESS_RULE');
    expect(
      Object.keys((await import('../../shared/contract')).contract).some((m) =>
        /^leads\.(delete|remove)/.test(m),
      ),
    ).toBe(false);
    const l2 = await a.call('leads.create', { company: '江门蓬江电子有限公司', source: 'web' }, t.a.token);
    const rel = await a.call('leads.release', { id: l2.id, reason: '不在我的区域' }, t.a.token);
    expect(rel.status).toBe('pool');
    expect(rel.events[0]?.kind).toBe('release');
  });

  it('the rules run as a registered background job', async () => {
    const job = registeredJobs().find((j) => j.name === 'crm.rules');
    expect(job).toBeDefined();
    await job!.run(app().core, app().clock.now());
    // and by a manager on demand (not a salesperson)
    await expectError(app().call('crm.runDueRules', {}, t.a.token), 'FORBIDDEN');
    const counts = await app().call('crm.runDueRules', {}, t.manager.token);
    expect(counts.leads_reclaimed).toBe(0);
    void HOUR;
  });
});
