import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { handoverCrm, runCrmRules, scheduleAfterSales } from '../../electron/core/services/crm';
import { localDate } from '../../electron/core/rpc/context';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface U {
  id: number;
  token: string;
}

const rules = (app: TestApp) => app.core.database.transaction((db) => runCrmRules(db, app.clock.now()));
const today = (app: TestApp) => localDate(app.clock.now());
const addDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};

describeEachDb('crm activities, agenda, after-sales, complaints, handover, arbitration', (app) => {
  let manager: U, a: U, b: U, other: U, tech: U, gm: U;
  let cust: number;
  let contact: number;

  it('every contact records the next follow-up; the agenda sorts them into overdue, today and this week', async () => {
    const x = app();
    gm = await x.user('gm', ['general_manager'], { name: '赵总' });
    manager = await x.user('mgr', ['sales_manager'], { name: '李经理' });
    a = await x.user('sa', ['salesperson'], { manager_id: manager.id, name: '张三' });
    b = await x.user('sb', ['salesperson'], { manager_id: manager.id, name: '李四' });
    other = await x.user('so', ['salesperson'], { name: '王五' });
    tech = await x.user('tech', ['warehouse'], { name: '孙工' });
    const c = await x.call('customers.create', { legal_name: '佛山市南海区联华机电有限公司' }, a.token);
    cust = c.id;
    // birthday in 3 days (any year)
    const bd = `1980-${addDays(today(x), 3).slice(5)}`;
    contact = (
      await x.call(
        'contacts.save',
        { customer_id: cust, name: '黄丽', mobile: '13912345678', birthday: bd },
        a.token,
      )
    ).id;

    const missing = await expectError(
      x.call('activities.create', { type: 'call', customer_id: cust, summary: '电话' } as never, a.token),
      'VALIDATION',
    );
    expect(missing.fields?.[0]?.path).toEqual(['next_followup_on']);
    expect(missing.message_zh).toContain('下次跟进日期');
    const early = await expectError(
      x.call(
        'activities.create',
        { type: 'call', customer_id: cust, summary: '电话', next_followup_on: addDays(today(x), -1) },
        a.token,
      ),
      'VALIDATION',
    );
    expect(early.message_zh).toContain('不能早于活动日期');
    const both = await expectError(
      x.call('activities.create', { type: 'call', summary: '电话', next_followup_on: today(x) }, a.token),
      'VALIDATION',
    );
    expect(both.fields?.[0]?.path).toEqual(['customer_id']);
    await expectError(
      x.call(
        'activities.create',
        { type: 'call', customer_id: cust, summary: '电话', next_followup_on: today(x) },
        other.token,
      ),
      'NOT_FOUND',
    );

    // three follow-ups a promised on three days, logged on three different customers
    const c2 = (await x.call('customers.create', { legal_name: '江门市新会区恒通贸易有限公司' }, a.token)).id;
    const c3 = (await x.call('customers.create', { legal_name: '肇庆市端州区宏达电器有限公司' }, a.token)).id;
    await x.call(
      'activities.create',
      {
        type: 'meeting',
        customer_id: cust,
        contact_id: contact,
        summary: '季度回顾会议',
        promises: '三天内报价',
        next_followup_on: addDays(today(x), 1),
      },
      a.token,
    );
    await x.call(
      'activities.create',
      { type: 'email', customer_id: c2, summary: '发送样册', next_followup_on: addDays(today(x), 2) },
      a.token,
    );
    await x.call(
      'activities.create',
      { type: 'proposal', customer_id: c3, summary: '提交方案', next_followup_on: addDays(today(x), 5) },
      a.token,
    );
    x.clock.advance(2 * DAY);
    const ag = await x.call('crm.agenda', {}, a.token);
    expect(ag.overdue.map((f) => f.customer_name)).toEqual(['佛山市南海区联华机电有限公司']);
    expect(ag.due_today.map((f) => f.customer_name)).toEqual(['江门市新会区恒通贸易有限公司']);
    // this week ends on Sunday
    expect(ag.week_end >= ag.today).toBe(true);
    const inWeek = addDays(ag.today, 3) <= ag.week_end;
    expect(ag.this_week.map((f) => f.customer_name)).toEqual(inWeek ? ['肇庆市端州区宏达电器有限公司'] : []);
    expect(ag.birthdays).toEqual([
      expect.objectContaining({
        contact_name: '黄丽',
        customer_name: '佛山市南海区联华机电有限公司',
        days: 1,
      }),
    ]);
    // a new contact with the customer settles the overdue follow-up
    await x.call(
      'activities.create',
      {
        type: 'call',
        customer_id: cust,
        contact_id: contact,
        summary: '电话报价',
        next_followup_on: addDays(today(x), 7),
      },
      a.token,
    );
    const ag2 = await x.call('crm.agenda', {}, a.token);
    expect(ag2.overdue).toEqual([]);
    // the manager sees a's agenda; 王五 cannot
    expect((await x.call('crm.agenda', { user_id: a.id }, manager.token)).user_name).toBe('张三');
    await expectError(x.call('crm.agenda', { user_id: a.id }, other.token), 'NOT_FOUND');
  });

  it('the contact history keeps every contact and promise, also a year later; anniversaries come up', async () => {
    const x = app();
    x.clock.advance(362 * DAY);
    const ag = await x.call('crm.agenda', {}, a.token);
    const ann = ag.anniversaries.find((y) => y.customer_id === cust);
    expect(ann).toMatchObject({ customer_name: '佛山市南海区联华机电有限公司', years: 1 });
    expect(ann!.days).toBeLessThanOrEqual(7);
    x.clock.advance(38 * DAY);
    const h = await x.call('activities.list', { customer_id: cust }, a.token);
    expect(h.rows.map((r) => r.summary)).toEqual(['电话报价', '季度回顾会议']);
    expect(h.rows[1]?.promises).toBe('三天内报价');
    x.clock.advance(-400 * DAY);
  });

  it('after a delivery: archive check in 2 days, first call 3–7 days, satisfaction calls; idempotent', async () => {
    const x = app();
    const d = today(x);
    const created = await x.core.database.transaction((db) =>
      scheduleAfterSales(db, {
        customer_id: cust,
        source_type: 'shipment',
        source_id: 4711,
        delivered_on: d,
        now: x.clock.now(),
      }),
    );
    expect(created).toHaveLength(4);
    const again = await x.core.database.transaction((db) =>
      scheduleAfterSales(db, {
        customer_id: cust,
        source_type: 'shipment',
        source_id: 4711,
        delivered_on: d,
        now: x.clock.now(),
      }),
    );
    expect(again).toEqual([]);
    const list = await x.call('aftersales.list', { customer_id: cust }, a.token);
    expect(list.rows.map((r) => [r.kind, r.due_from, r.due_on, r.assignee_name])).toEqual([
      ['archive_check', d, addDays(d, 2), '张三'],
      ['first_call', addDays(d, 3), addDays(d, 7), '张三'],
      ['satisfaction_call', addDays(d, 30), addDays(d, 37), '张三'],
      ['satisfaction_call', addDays(d, 90), addDays(d, 97), '张三'],
    ]);
    // the archive check is due now; the first call appears once its window opens
    const r1 = await rules(x);
    expect(r1.aftersales_reminders).toBe(1);
    x.clock.advance(3 * DAY);
    expect((await rules(x)).aftersales_reminders).toBe(1);
    const ag = await x.call('crm.agenda', {}, a.token);
    expect(ag.aftersales.map((t) => [t.kind, t.overdue])).toEqual([
      ['archive_check', true],
      ['first_call', false],
    ]);
    const call = ag.aftersales[1]!;
    await expectError(
      x.call('aftersales.complete', { id: call.id, version: call.version, summary: '客户反馈良好' }, a.token),
      'VALIDATION',
    );
    const done = await x.call(
      'aftersales.complete',
      {
        id: call.id,
        version: call.version,
        summary: '客户反馈设备运行良好',
        satisfaction: 5,
        contact_id: contact,
        next_followup_on: addDays(today(x), 30),
      },
      a.token,
    );
    expect(done).toMatchObject({ status: 'done', satisfaction: 5 });
    await expectError(
      x.call(
        'aftersales.complete',
        { id: call.id, version: done.version, summary: '再来一次', satisfaction: 4 },
        a.token,
      ),
      'BUSINESS_RULE',
    );
    const hist = await x.call('activities.list', { customer_id: cust }, a.token);
    expect(hist.rows[0]?.summary).toBe('【售后首次回访】客户反馈设备运行良好');
  });

  it('a service job recorded by hand schedules the same care', async () => {
    const x = app();
    await expectError(
      x.call(
        'aftersales.recordServiceJob',
        { customer_id: cust, description: '上门安装', completed_on: addDays(today(x), 1) },
        a.token,
      ),
      'VALIDATION',
    );
    const j = await x.call(
      'aftersales.recordServiceJob',
      { customer_id: cust, description: '上门安装调试', completed_on: today(x) },
      a.token,
    );
    expect(j.code).toBe('FW2026-000001');
    expect(j.tasks.map((t) => t.kind)).toEqual([
      'archive_check',
      'first_call',
      'satisfaction_call',
      'satisfaction_call',
    ]);
    expect(j.tasks[0]?.source_label).toBe('FW2026-000001');
  });

  let complaint: number;

  it('a complaint unresolved after 2 days escalates to the supervisor automatically', async () => {
    const x = app();
    const k = await x
      .call(
        'complaints.create',
        {
          kind: 'repair',
          customer_id: cust,
          contact_id: contact,
          cause: 'quality',
          severity: 'high',
          description: '设备运行异响',
        },
        b.token,
      )
      .catch((e: unknown) => e);
    // 李四 does not see this customer
    expect(String(k)).toContain('NOT_FOUND');
    const c = await x.call(
      'complaints.create',
      {
        kind: 'repair',
        customer_id: cust,
        contact_id: contact,
        cause: 'quality',
        severity: 'high',
        description: '设备运行异响',
      },
      a.token,
    );
    complaint = c.id;
    expect(c.code).toBe('TS2026-000001');
    expect(c.owner_name).toBe('张三');
    expect(Date.parse(c.escalate_at) - Date.parse(c.opened_at)).toBe(48 * HOUR);
    x.clock.advance(47 * HOUR);
    expect((await rules(x)).complaints_escalated).toBe(0);
    x.clock.advance(2 * HOUR);
    expect((await rules(x)).complaints_escalated).toBe(1);
    expect((await rules(x)).complaints_escalated).toBe(0);
    const e = await x.call('complaints.get', { id: complaint }, manager.token);
    expect(e.supervisor_name).toBe('李经理');
    expect(e.escalated_at).not.toBeNull();
    expect(e.logs.map((l) => l.action)).toEqual(['open', 'escalate']);
    const rem = await x.call('crm.reminders', {}, manager.token);
    expect(rem.rows.find((r) => r.kind === 'complaint_escalated')?.title_zh).toContain('已升级');
    expect((await x.call('crm.agenda', {}, manager.token)).complaints.map((k2) => k2.id)).toEqual([
      complaint,
    ]);
  });

  it('repair requests go to the technical department and back; closing records solution and satisfaction', async () => {
    const x = app();
    await expectError(
      x.call('complaints.routeToTech', { id: complaint, tech_user_id: tech.id, note: '请检测' }, other.token),
      'NOT_FOUND',
    );
    let k = await x.call(
      'complaints.routeToTech',
      { id: complaint, tech_user_id: tech.id, note: '请检测轴承' },
      a.token,
    );
    expect(k.status).toBe('technical');
    await expectError(
      x.call('complaints.close', { id: complaint, solution: '更换', satisfaction: 4 }, a.token),
      'BUSINESS_RULE',
    );
    // the technician (warehouse role) sees and answers it
    const seen = await x.call('complaints.get', { id: complaint }, tech.token);
    expect(seen.can_handle).toBe(true);
    k = await x.call('complaints.techReturn', { id: complaint, result: '轴承磨损，已更换' }, tech.token);
    expect(k.status).toBe('open');
    expect(k.tech_result).toBe('轴承磨损，已更换');
    await expectError(
      x.call('complaints.close', { id: complaint, solution: '更换轴承', satisfaction: 6 }, a.token),
      'VALIDATION',
    );
    x.clock.advance(HOUR);
    k = await x.call(
      'complaints.close',
      { id: complaint, solution: '更换轴承，试机正常', satisfaction: 4 },
      a.token,
    );
    expect(k.status).toBe('closed');
    expect(k.resolve_minutes).toBe(50 * 60);
    expect(k.logs.map((l) => l.action)).toEqual(['open', 'escalate', 'route_tech', 'tech_return', 'close']);
    await expectError(x.call('complaints.addLog', { id: complaint, note: '补充' }, a.token), 'BUSINESS_RULE');
  });

  it('closed in time, a complaint is not escalated; without a manager it goes to the general manager', async () => {
    const x = app();
    const c2 = await x.call('customers.create', { legal_name: '韶关市武江区丰源建材有限公司' }, other.token);
    const k = await x.call(
      'complaints.create',
      {
        kind: 'complaint',
        customer_id: c2.id,
        cause: 'delivery',
        severity: 'medium',
        description: '送货延误三天',
      },
      other.token,
    );
    const quick = await x.call(
      'complaints.create',
      { kind: 'service', customer_id: c2.id, cause: 'usage', severity: 'low', description: '咨询使用方法' },
      other.token,
    );
    await x.call('complaints.close', { id: quick.id, solution: '电话指导', satisfaction: 5 }, other.token);
    x.clock.advance(49 * HOUR);
    expect((await rules(x)).complaints_escalated).toBe(1);
    expect((await x.call('complaints.get', { id: k.id }, other.token)).supervisor_name).toBe('赵总');
    expect((await x.call('complaints.get', { id: quick.id }, other.token)).escalated_at).toBeNull();
    await x.call('complaints.close', { id: k.id, solution: '补发并致歉', satisfaction: 3 }, gm.token);
  });

  it('reports: complaints by cause / product / customer, time to resolve, satisfaction', async () => {
    const x = app();
    await expectError(x.call('complaints.report', { group_by: 'cause' }, a.token), 'FORBIDDEN');
    const byCause = await x.call('complaints.report', { group_by: 'cause' }, gm.token);
    expect(byCause.total).toMatchObject({ count: 3, closed: 3, escalated: 2, avg_satisfaction: 4 });
    expect(byCause.rows.map((r) => [r.label, r.count])).toEqual(
      expect.arrayContaining([
        ['产品质量', 1],
        ['交货物流', 1],
        ['使用问题', 1],
      ]),
    );
    expect(byCause.rows.find((r) => r.key === 'quality')?.avg_resolve_hours).toBe(50);
    const byCustomer = await x.call('complaints.report', { group_by: 'customer' }, gm.token);
    expect(byCustomer.rows[0]).toMatchObject({ label: '韶关市武江区丰源建材有限公司', count: 2 });
    const byProduct = await x.call('complaints.report', { group_by: 'product' }, gm.token);
    expect(byProduct.rows[0]?.label).toBe('（未指定）');
    expect(byCause.aftersales.calls_done).toBe(1);
    expect(byCause.aftersales.avg_satisfaction).toBe(5);
    // the manager's team scope: only 张三's and 李四's complaints
    const team = await x.call('complaints.report', { group_by: 'owner' }, manager.token);
    expect(team.rows.map((r) => r.label)).toEqual(['张三']);
  });

  it('handover: a leaving salesperson’s leads, opportunities, follow-ups, after-sales and complaints go to a colleague', async () => {
    const x = app();
    const lead = await x.call(
      'leads.create',
      { company: '清远市清城区大成五金厂', source: 'phone' },
      a.token,
    );
    const opp = await x.call('opportunities.create', { customer_id: cust, name: '联华机电改造' }, a.token);
    const shared = await x.call(
      'opportunities.create',
      { customer_id: cust, name: '联华机电维保', owner_id: b.id, co_owner_ids: [a.id] },
      manager.token,
    );
    const k = await x.call(
      'complaints.create',
      { kind: 'return', customer_id: cust, cause: 'quality', severity: 'medium', description: '退货两台' },
      a.token,
    );
    const counts = await x.core.database.transaction((db) => handoverCrm(db, a.id, b.id, x.clock.now()));
    expect(counts.leads).toBe(1);
    expect(counts.opportunities).toBe(1);
    expect(counts.followups).toBeGreaterThanOrEqual(3);
    expect(counts.aftersales).toBe(7);
    expect(counts.complaints).toBe(1);
    expect((await x.call('leads.get', { id: lead.id }, b.token)).owner_name).toBe('李四');
    expect((await x.call('opportunities.get', { id: opp.id }, b.token)).owner_name).toBe('李四');
    // 李四 owned 联华机电维保 with 张三 as co-owner: 李四 is not their own co-owner
    expect((await x.call('opportunities.get', { id: shared.id }, b.token)).co_owners).toEqual([]);
    expect((await x.call('complaints.get', { id: k.id }, b.token)).owner_name).toBe('李四');
    const ag = await x.call('crm.agenda', {}, b.token);
    expect(ag.reminders.some((r) => r.kind === 'handover')).toBe(true);
    // history is unchanged: 张三 still logged those visits
    const h = await x.call('activities.list', { customer_id: cust }, manager.token);
    expect(h.rows.every((r) => r.user_name === '张三')).toBe(true);
    expect(h.rows.every((r) => r.followup_owner_name === '李四' || r.followup_done)).toBe(true);
  });

  it('ownership arbitration: the system proposes by the seed’s rules, the manager decides, the loser merges', async () => {
    const x = app();
    // 王五 (no manager) and 李四 hold the same company under different names
    const short = await x.call(
      'customers.create',
      { legal_name: '联华机电', confirm_similar: true },
      other.token,
    );
    await x.call(
      'activities.create',
      {
        type: 'visit',
        customer_id: short.id,
        checkin_at: x.clock.now().toISOString(),
        checkin_place: '南海',
        summary: '陌拜',
        next_followup_on: today(x),
      },
      other.token,
    );
    await expectError(
      x.call(
        'crm.arbitrationProposal',
        { a: { type: 'customer', id: cust }, b: { type: 'customer', id: short.id } },
        b.token,
      ),
      'FORBIDDEN',
    );
    // the manager does not see 王五's record: the general manager arbitrates
    await expectError(
      x.call(
        'crm.arbitrationProposal',
        { a: { type: 'customer', id: cust }, b: { type: 'customer', id: short.id } },
        manager.token,
      ),
      'NOT_FOUND',
    );
    const p = await x.call(
      'crm.arbitrationProposal',
      {
        a: { type: 'customer', id: cust },
        b: { type: 'customer', id: short.id },
        registered_name: '佛山市南海区联华机电有限公司',
      },
      gm.token,
    );
    expect(p).toMatchObject({ proposed: 'a', rule: 'registered_name' });
    expect(p.explanation_zh).toContain('工商注册全称');
    // without a registered name, the earlier follow-up decides (张三 followed up first)
    const p2 = await x.call(
      'crm.arbitrationProposal',
      { a: { type: 'customer', id: short.id }, b: { type: 'customer', id: cust } },
      gm.token,
    );
    expect(p2).toMatchObject({ proposed: 'b', rule: 'first_followup' });

    const before = (await x.call('activities.list', { customer_id: cust }, gm.token)).total;
    const r = await x.call(
      'crm.arbitrate',
      {
        a: { type: 'customer', id: cust },
        b: { type: 'customer', id: short.id },
        winner: 'a',
        reason: '张三保护的是工商注册全称',
      },
      gm.token,
    );
    expect(r.survivor).toEqual({ type: 'customer', id: cust });
    expect(r.moved.crm_activities).toBe(1);
    const loser = await x.call('customers.get', { id: short.id }, gm.token);
    expect(loser.active).toBe(false);
    expect(loser.notes).toContain('已合并到');
    expect((await x.call('activities.list', { customer_id: cust }, gm.token)).total).toBe((before ?? 0) + 1);
    expect((await x.call('crm.reminders', {}, other.token)).rows.some((y) => y.kind === 'arbitration')).toBe(
      true,
    );
    // a merged record cannot be arbitrated again
    await expectError(
      x.call(
        'crm.arbitrate',
        {
          a: { type: 'customer', id: cust },
          b: { type: 'customer', id: short.id },
          winner: 'a',
          reason: 'x',
        },
        gm.token,
      ),
      'BUSINESS_RULE',
    );
  });

  it('a lead against a customer: the lead holder wins by the earlier follow-up and takes the customer', async () => {
    const x = app();
    const lead = await x.call(
      'leads.create',
      { company: '湛江市霞山区海湾水产有限公司', source: 'web' },
      other.token,
    );
    await x.call(
      'activities.create',
      { type: 'call', lead_id: lead.id, summary: '先联系的', next_followup_on: today(x) },
      other.token,
    );
    x.clock.advance(HOUR);
    const c = await x.call(
      'customers.create',
      { legal_name: '海湾水产霞山分部', confirm_similar: true },
      b.token,
    );
    await x.call(
      'activities.create',
      { type: 'call', customer_id: c.id, summary: '后联系的', next_followup_on: today(x) },
      b.token,
    );
    const before = await dbChecksum(x);
    const p = await x.call(
      'crm.arbitrationProposal',
      { a: { type: 'lead', id: lead.id }, b: { type: 'customer', id: c.id } },
      gm.token,
    );
    expect(p).toMatchObject({ proposed: 'a', rule: 'first_followup' });
    expect(await dbChecksum(x)).toBe(before);
    const r = await x.call(
      'crm.arbitrate',
      {
        a: { type: 'lead', id: lead.id },
        b: { type: 'customer', id: c.id },
        winner: 'a',
        reason: '谁先跟进归谁',
      },
      gm.token,
    );
    expect(r.survivor).toEqual({ type: 'customer', id: c.id });
    expect(r.owner_id).toBe(other.id);
    const cu = await x.call('customers.get', { id: c.id }, other.token);
    expect(cu.owner_name).toBe('王五');
    const l = await x.call('leads.get', { id: lead.id }, gm.token);
    expect(l.status).toBe('merged');
    expect(l.customer_id).toBe(c.id);
    const h = await x.call('activities.list', { customer_id: c.id }, other.token);
    expect(h.rows.map((y) => y.summary).sort()).toEqual(['先联系的', '后联系的']);
  });
});
