import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { runCrmRules } from '../../electron/core/services/crm';
import { localDate } from '../../electron/core/rpc/context';

const DAY = 86_400_000;

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
const file = (kind: string, name: string, bytes = 'PDF-1.4 投标文件内容') => ({
  kind: kind as 'tender_doc',
  file_name: name,
  mime: 'application/pdf',
  content_base64: Buffer.from(bytes).toString('base64'),
});

describeEachDb('crm opportunities: conversion, stage rules, permissions', (app) => {
  let manager: U, a: U, b: U, other: U;
  let leadId: number;
  let customerId: number;
  let contactId: number;
  let oppId: number;

  it('converts a lead into customer + contact + opportunity in one action, keeping its history', async () => {
    manager = await app().user('mgr', ['sales_manager'], { name: '李经理' });
    a = await app().user('sa', ['salesperson'], { manager_id: manager.id, name: '张三' });
    b = await app().user('sb', ['salesperson'], { manager_id: manager.id, name: '李四' });
    other = await app().user('so', ['salesperson'], { name: '王五' });
    const lead = await app().call(
      'leads.create',
      {
        company: '广州市天河智能科技有限公司',
        contact_name: '陈志明',
        contact_title: '采购经理',
        phone: '13800138000',
        source: 'exhibition',
        requirement: '车间自动化改造',
      },
      a.token,
    );
    leadId = lead.id;
    await app().call(
      'activities.create',
      {
        type: 'call',
        lead_id: leadId,
        summary: '首次电话沟通，客户有改造预算',
        promises: '一周内发送方案',
        next_followup_on: addDays(today(app()), 3),
      },
      a.token,
    );
    // a bad credit code in the nested customer: named field, nothing changes
    const before = await dbChecksum(app());
    const bad = await expectError(
      app().call(
        'leads.convert',
        {
          id: leadId,
          customer: { legal_name: '广州市天河智能科技有限公司', credit_code: '91440101MA5XXXXX1X' },
        },
        a.token,
      ),
      'VALIDATION',
    );
    expect(bad.fields?.[0]?.path).toEqual(['customer', 'credit_code']);
    expect(await dbChecksum(app())).toBe(before);

    const r = await app().call(
      'leads.convert',
      {
        id: leadId,
        customer: { legal_name: '广州市天河智能科技有限公司', short_name: '天河智能', phone: '020-38888888' },
        contact: { name: '陈志明', title: '采购经理', mobile: '13800138000' },
        opportunity: { name: '天河智能车间自动化改造项目', expected_amount: 2_000_000_00 },
      },
      a.token,
    );
    customerId = r.customer_id;
    contactId = r.contact_id!;
    oppId = r.opportunity_id!;
    const c = await app().call('customers.get', { id: customerId }, a.token);
    expect(c.owner_name).toBe('张三');
    expect(c.source).toBe('exhibition');
    expect(c.contacts.map((x) => x.name)).toEqual(['陈志明']);
    const l = await app().call('leads.get', { id: leadId }, a.token);
    expect(l.status).toBe('converted');
    expect(l.customer_name).toBe('广州市天河智能科技有限公司');
    expect(l.opportunity_id).toBe(oppId);
    // the lead's call is now in the customer's contact history
    const hist = await app().call('activities.list', { customer_id: customerId }, a.token);
    expect(hist.rows.map((x) => x.summary)).toEqual(['首次电话沟通，客户有改造预算']);
    const o = await app().call('opportunities.get', { id: oppId }, a.token);
    expect(o.code).toBe('SJ2026-000001');
    expect(o.stage).toBe('opportunity');
    expect(o.lead_code).toBe(l.code);
    expect(o.stage_due_on).toBe(addDays(today(app()), 14));
    expect(o.next_stage).toBe('initiation');
    expect(o.can_advance).toBe(true);
    const sum = await app().call('crm.customerSummary', { customer_id: customerId }, a.token);
    expect(sum).toMatchObject({ open_opportunities: 1, pipeline_amount: 2_000_000_00, activities: 1 });
    expect(sum.lead?.code).toBe(l.code);
  });

  it('opportunity names are unique; the manager sees the team’s but only owners edit', async () => {
    const e = await expectError(
      app().call(
        'opportunities.create',
        { customer_id: customerId, name: '天河智能车间自动化改造项目' },
        a.token,
      ),
      'DUPLICATE',
    );
    expect(e.fields?.[0]?.path).toEqual(['name']);
    const seen = await app().call('opportunities.get', { id: oppId }, manager.token);
    expect(seen.can_edit).toBe(false);
    await expectError(
      app().call('opportunities.update', { id: oppId, version: seen.version, name: '改名' }, manager.token),
      'FORBIDDEN',
    );
    await expectError(app().call('opportunities.get', { id: oppId }, other.token), 'NOT_FOUND');
    await expectError(app().call('opportunities.get', { id: oppId }, b.token), 'NOT_FOUND');
    // a grants 李四 as co-owner: 李四 now sees and edits
    const g = await app().call(
      'opportunities.assign',
      { id: oppId, owner_id: a.id, co_owner_ids: [b.id] },
      a.token,
    );
    expect(g.co_owners.map((u) => u.name)).toEqual(['李四']);
    expect((await app().call('opportunities.get', { id: oppId }, b.token)).can_edit).toBe(true);
    // only a manager moves the ownership, and only within the team
    await expectError(
      app().call('opportunities.assign', { id: oppId, owner_id: b.id, co_owner_ids: [] }, a.token),
      'FORBIDDEN',
    );
    await expectError(
      app().call('opportunities.assign', { id: oppId, owner_id: other.id, co_owner_ids: [] }, manager.token),
      'FORBIDDEN',
    );
  });

  it('stages move one at a time and only with the stage’s requirements done', async () => {
    let o = await app().call('opportunities.get', { id: oppId }, a.token);
    const skip = await expectError(
      app().call('opportunities.advance', { id: oppId, version: o.version, to_stage: 'formal' }, a.token),
      'BUSINESS_RULE',
    );
    expect(skip.message_zh).toContain('立项');
    o = await app().call(
      'opportunities.advance',
      { id: oppId, version: o.version, to_stage: 'initiation' },
      a.token,
    );
    expect(o.stage).toBe('initiation');
    expect(o.stage_due_on).toBe(addDays(today(app()), 30));
    expect(o.checklist.map((i) => i.key)).toEqual([
      'budget',
      'expected_amount',
      'expected_bid_date',
      'units',
      'decision_chain',
      'decision_visit',
    ]);
    expect(o.checklist.find((i) => i.key === 'expected_amount')?.done).toBe(true);
    expect(o.can_advance).toBe(false);

    const before = await dbChecksum(app());
    const e = await expectError(
      app().call('opportunities.advance', { id: oppId, version: o.version, to_stage: 'formal' }, a.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('“立项”阶段还有未完成的事项');
    expect(e.message_zh).toContain('填写预算');
    expect((e.details as { missing: string[] }).missing).toEqual([
      'budget',
      'expected_bid_date',
      'units',
      'decision_chain',
      'decision_visit',
    ]);
    expect(e.fields?.map((f) => f.path[0])).toEqual([
      'budget',
      'expected_bid_date',
      'design_unit',
      'decision_unit',
      'user_unit',
    ]);
    expect(await dbChecksum(app())).toBe(before);

    await app().call(
      'opportunities.update',
      {
        id: oppId,
        version: o.version,
        name: o.name,
        budget: 2_500_000_00,
        expected_amount: 2_000_000_00,
        expected_bid_date: addDays(today(app()), 60),
        design_unit: '广东省建筑设计研究院',
        decision_unit: '天河智能董事会',
        user_unit: '天河智能生产部',
      },
      a.token,
    );
    // decision chain: the contact must be the customer's
    await expectError(
      app().call(
        'opportunities.saveDecisionContact',
        { opportunity_id: oppId, contact_id: 999_999, role: 'owner_leader' },
        a.token,
      ),
      'VALIDATION',
    );
    o = await app().call(
      'opportunities.saveDecisionContact',
      { opportunity_id: oppId, contact_id: contactId, role: 'purchasing', notes: '关键人' },
      a.token,
    );
    expect(o.decision_chain[0]).toMatchObject({ contact_name: '陈志明', role: 'purchasing', visited: false });
    expect(o.checklist.find((i) => i.key === 'decision_visit')?.done).toBe(false);

    // a visit needs its check-in
    const noCheckin = await expectError(
      app().call(
        'activities.create',
        {
          type: 'visit',
          opportunity_id: oppId,
          contact_id: contactId,
          summary: '上门拜访',
          next_followup_on: addDays(today(app()), 7),
        },
        a.token,
      ),
      'VALIDATION',
    );
    expect(noCheckin.fields?.[0]?.path).toEqual(['checkin_at']);
    expect(noCheckin.message_zh).toContain('签到');
    const visit = await app().call(
      'activities.create',
      {
        type: 'visit',
        opportunity_id: oppId,
        contact_id: contactId,
        checkin_at: app().clock.now().toISOString(),
        checkin_place: '广州市天河区科韵路 16 号',
        summary: '拜访采购经理，确认立项',
        customer_requests: '需要分期付款',
        promises: '下周提交初步方案',
        next_followup_on: addDays(today(app()), 7),
        attachments: [file('photo', '签到照片.jpg', 'JPEG…')],
      },
      a.token,
    );
    expect(visit.customer_name).toBe('广州市天河智能科技有限公司');
    expect(visit.attachments).toBe(1);
    o = await app().call('opportunities.get', { id: oppId }, a.token);
    expect(o.decision_chain[0]?.visited).toBe(true);
    expect(o.can_advance).toBe(true);
    o = await app().call(
      'opportunities.advance',
      { id: oppId, version: o.version, to_stage: 'formal' },
      a.token,
    );
    expect(o.stage).toBe('formal');
    expect(o.history.map((h) => h.stage)).toEqual(['opportunity', 'initiation', 'formal']);

    // moving back needs a note
    const back = await expectError(
      app().call('opportunities.advance', { id: oppId, version: o.version, to_stage: 'initiation' }, a.token),
      'VALIDATION',
    );
    expect(back.fields?.[0]?.path).toEqual(['note']);
  });

  it('a stage overrun reminds the owner and the manager once (injected clock)', async () => {
    const o = await app().call('opportunities.get', { id: oppId }, a.token);
    expect(o.stage_due_on).toBe(addDays(today(app()), 30));
    app().clock.advance(30 * DAY);
    expect((await rules(app())).stage_reminders).toBe(0);
    app().clock.advance(DAY);
    const r = await rules(app());
    expect(r.stage_reminders).toBe(1);
    for (const u of [a, manager]) {
      const rem = await app().call('crm.reminders', {}, u.token);
      const x = rem.rows.find((y) => y.kind === 'stage_overdue');
      expect(x?.title_zh).toContain('正式沟通');
      expect(x?.entity_id).toBe(oppId);
    }
    expect((await rules(app())).stage_reminders).toBe(0);
    const late = await app().call('opportunities.list', { overdue_only: true }, manager.token);
    expect(late.rows.map((x) => x.id)).toEqual([oppId]);
    expect(late.rows[0]?.overdue).toBe(true);
    const agenda = await app().call('crm.agenda', {}, a.token);
    expect(agenda.opportunities.map((x) => x.id)).toContain(oppId);
  });

  it('the bid stage needs the tender and bid documents; winning needs the award notice', async () => {
    let o = await app().call('opportunities.get', { id: oppId }, a.token);
    o = await app().call(
      'opportunities.update',
      { id: oppId, version: o.version, name: o.name, ...keep(o), win_amount: 1_980_000_00 },
      a.token,
    );
    o = await app().call(
      'opportunities.advance',
      { id: oppId, version: o.version, to_stage: 'bid' },
      a.token,
    );
    expect(o.stage).toBe('bid');
    expect(o.history.find((h) => h.stage === 'formal')?.overdue).toBe(true);
    // winning straight away: everything missing is listed
    const e = await expectError(
      app().call(
        'opportunities.win',
        { id: oppId, version: o.version, won_amount: 1_950_000_00, won_on: today(app()) },
        a.token,
      ),
      'BUSINESS_RULE',
    );
    expect((e.details as { missing: string[] }).missing).toEqual([
      'tender_doc',
      'bid_doc',
      'bid_issue_date',
      'bid_response_date',
      'award_notice',
      'opening_doc',
    ]);
    // an oversized file is refused with the field named
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64');
    const tooBig = await expectError(
      app().call(
        'crm.attach',
        {
          entity_type: 'opportunity',
          entity_id: oppId,
          ...file('tender_doc', '招标文件.pdf'),
          content_base64: big,
        },
        a.token,
      ),
      'VALIDATION',
    );
    expect(tooBig.message_zh).toContain('10 MB');
    for (const [kind, name] of [
      ['tender_doc', '招标文件.pdf'],
      ['bid_doc', '投标文件.pdf'],
      ['award_notice', '中标通知书.pdf'],
      ['opening_doc', '开标一览表.pdf'],
    ] as const) {
      await app().call(
        'crm.attach',
        { entity_type: 'opportunity', entity_id: oppId, ...file(kind, name) },
        a.token,
      );
    }
    // someone who cannot see the opportunity cannot read its files
    const att = (await app().call('opportunities.get', { id: oppId }, a.token)).attachments;
    expect(att.map((x) => x.kind)).toEqual(['tender_doc', 'bid_doc', 'award_notice', 'opening_doc']);
    await expectError(app().call('crm.attachmentGet', { id: att[0]!.id }, other.token), 'NOT_FOUND');
    const got = await app().call('crm.attachmentGet', { id: att[0]!.id }, manager.token);
    expect(Buffer.from(got.content_base64, 'base64').toString()).toBe('PDF-1.4 投标文件内容');

    o = await app().call('opportunities.get', { id: oppId }, a.token);
    o = await app().call(
      'opportunities.update',
      {
        id: oppId,
        version: o.version,
        name: o.name,
        ...keep(o),
        bid_issue_date: today(app()),
        bid_response_date: addDays(today(app()), 20),
      },
      a.token,
    );
    await app().call(
      'opportunities.saveCompetitor',
      {
        opportunity_id: oppId,
        competitor: '西门子（中国）',
        offer_amount: 2_100_000_00,
        strengths: '品牌',
        weaknesses: '交期长',
      },
      a.token,
    );
    o = await app().call(
      'opportunities.win',
      {
        id: oppId,
        version: o.version,
        won_amount: 1_950_000_00,
        won_on: today(app()),
        reason: '方案和价格领先',
      },
      a.token,
    );
    expect(o.status).toBe('won');
    expect(o.stage).toBe('won');
    expect(o.won_amount).toBe(1_950_000_00);
    expect(o.can_edit).toBe(false);
    await expectError(
      app().call('opportunities.update', { id: oppId, version: o.version, name: '再改' }, a.token),
      'BUSINESS_RULE',
    );
    const sum = await app().call('crm.customerSummary', { customer_id: customerId }, a.token);
    expect(sum.won_amount).toBe(1_950_000_00);
  });

  it('lost with reason and competitor; the competitor report counts both', async () => {
    const o = await app().call(
      'opportunities.create',
      { customer_id: customerId, name: '天河智能二期仓储项目', expected_amount: 500_000_00 },
      a.token,
    );
    await expectError(
      app().call(
        'opportunities.lose',
        { id: o.id, version: o.version, lost_reason: '', lost_to: '' },
        a.token,
      ),
      'VALIDATION',
    );
    const lost = await app().call(
      'opportunities.lose',
      { id: o.id, version: o.version, lost_reason: '价格高出 15%', lost_to: '西门子（中国）' },
      a.token,
    );
    expect(lost.status).toBe('lost');
    expect(lost.competitors.map((c) => c.competitor)).toEqual(['西门子（中国）']);
    await expectError(app().call('opportunities.competitorReport', {}, a.token), 'FORBIDDEN');
    const rep = await app().call('opportunities.competitorReport', {}, manager.token);
    expect(rep.rows[0]).toMatchObject({ competitor: '西门子（中国）', opportunities: 2, won: 1, lost_to: 1 });
    expect(rep.rows[0]?.avg_offer).toBe(2_100_000_00);
  });

  it('the board shows stages with counts, amounts and cards', async () => {
    const o = await app().call(
      'opportunities.create',
      { customer_id: customerId, name: '天河智能三期', expected_amount: 300_000_00, co_owner_ids: [] },
      a.token,
    );
    const board = await app().call('opportunities.board', {}, a.token);
    expect(board.columns.map((c) => c.key)).toEqual([
      'opportunity',
      'initiation',
      'formal',
      'bid',
      'won',
      'lost',
    ]);
    const first = board.columns[0]!;
    expect(first).toMatchObject({ zh: '商机', limit_days: 14, count: 1, amount: 300_000_00 });
    expect(first.cards.map((c) => c.id)).toEqual([o.id]);
    expect(board.columns.find((c) => c.key === 'won')?.amount).toBe(1_950_000_00);
    // the manager sees the team's board; 王五 sees nothing
    expect((await app().call('opportunities.board', {}, manager.token)).columns[0]!.count).toBe(1);
    expect(
      (await app().call('opportunities.board', {}, other.token)).columns.every((c) => c.count === 0),
    ).toBe(true);
  });

  it('stages are configurable: custom tasks gate the move; a stage in use cannot be removed', async () => {
    const cfg = await app().call('crm.config', {}, a.token);
    expect(cfg.stages.map((s) => [s.key, s.limit_days])).toEqual([
      ['opportunity', 14],
      ['initiation', 30],
      ['formal', 30],
      ['bid', 60],
    ]);
    await expectError(app().call('crm.setConfig', cfg, a.token), 'FORBIDDEN');
    const removed = await expectError(
      app().call('crm.setConfig', { ...cfg, stages: cfg.stages.slice(1) }, app().adminToken),
      'BUSINESS_RULE',
    );
    expect(removed.message_zh).toContain('opportunity');
    const dup = await expectError(
      app().call('crm.setConfig', { ...cfg, stages: [...cfg.stages, cfg.stages[1]!] }, app().adminToken),
      'VALIDATION',
    );
    expect(dup.fields?.[0]?.path).toEqual(['stages', 4, 'key']);
    const stages = cfg.stages.map((s) =>
      s.key === 'opportunity'
        ? { ...s, tasks: [{ key: 'needs', zh: '确认客户需求', en: 'Needs confirmed' }] }
        : s,
    );
    await app().call('crm.setConfig', { ...cfg, stages }, app().adminToken);
    const list = await app().call('opportunities.list', { q: '三期' }, a.token);
    let o = await app().call('opportunities.get', { id: list.rows[0]!.id }, a.token);
    expect(o.checklist).toEqual([
      { key: 'needs', kind: 'task', label_zh: '确认客户需求', label_en: 'Needs confirmed', done: false },
    ]);
    await expectError(
      app().call('opportunities.advance', { id: o.id, version: o.version, to_stage: 'initiation' }, a.token),
      'BUSINESS_RULE',
    );
    await expectError(
      app().call('opportunities.setTask', { id: o.id, task_key: 'nope', done: true }, a.token),
      'VALIDATION',
    );
    o = await app().call('opportunities.setTask', { id: o.id, task_key: 'needs', done: true }, a.token);
    expect(o.can_advance).toBe(true);
    o = await app().call(
      'opportunities.advance',
      { id: o.id, version: o.version, to_stage: 'initiation' },
      a.token,
    );
    expect(o.stage).toBe('initiation');
    await app().call('crm.setConfig', cfg, app().adminToken);
  });

  it('expected products: priced lines for the quotation to come', async () => {
    const list = await app().call('opportunities.list', { q: '三期' }, a.token);
    const p = await app().call(
      'products.create',
      { code: 'PLC-200', name: '可编程控制器', unit: '台', list_price: 12_800_00, floor_price: 11_000_00 },
      app().adminToken,
    );
    const bad = await expectError(
      app().call(
        'opportunities.setProducts',
        { opportunity_id: list.rows[0]!.id, lines: [{ product_id: 999_999, qty: 1000, price: 1 }] },
        a.token,
      ),
      'VALIDATION',
    );
    expect(bad.fields?.[0]?.path).toEqual(['lines', 0, 'product_id']);
    const o = await app().call(
      'opportunities.setProducts',
      { opportunity_id: list.rows[0]!.id, lines: [{ product_id: p.id, qty: 2500, price: 12_345_67 }] },
      a.token,
    );
    expect(o.products[0]).toMatchObject({ product_name: '可编程控制器', qty: 2500, amount: 30_864_18 });
  });
});

/** The editable fields of an opportunity as they are (for an update that changes a few). */
function keep(o: {
  budget: number | null;
  expected_amount: number | null;
  expected_bid_date: string | null;
  win_amount: number | null;
  bid_issue_date: string | null;
  bid_response_date: string | null;
  design_unit: string | null;
  decision_unit: string | null;
  user_unit: string | null;
  description: string | null;
}) {
  return {
    budget: o.budget,
    expected_amount: o.expected_amount,
    expected_bid_date: o.expected_bid_date,
    win_amount: o.win_amount,
    bid_issue_date: o.bid_issue_date,
    bid_response_date: o.bid_response_date,
    design_unit: o.design_unit,
    decision_unit: o.decision_unit,
    user_unit: o.user_unit,
    description: o.description,
  };
}
