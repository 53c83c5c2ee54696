import * as XLSX from 'xlsx';
import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError } from '../helpers/harness';
import type { PeriodValues } from '../../shared/contract/targets';

/**
 * Plans and targets: decomposition sums, approval, revisions, Excel import/export, and actuals,
 * completion, progress, rankings and the evaluation sheet against hand-computed fixtures.
 */

type U = { id: number; token: string };

/** Amounts: year, quarters, months. */
function v(y: number, q: number[], m: number[]): PeriodValues {
  const out: Record<string, number | null> = { y };
  q.forEach((x, i) => (out[`q${i + 1}`] = x));
  m.forEach((x, i) => (out[`m${i + 1}`] = x));
  return out as PeriodValues;
}

// Hand-built plan for 2026 new customers (sums checked by hand in the comments).
const ROOT = v(24, [6, 6, 6, 6], [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
const T1 = v(14, [3, 3, 4, 4], [1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2]);
const T2 = v(10, [3, 3, 2, 2], [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0]); // T1 + T2 = ROOT month by month
const SP1 = v(8, [2, 2, 2, 2], [1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1]);
const SP2 = v(6, [1, 1, 2, 2], [0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1]); // SP1 + SP2 = T1

const local = (y: number, mo: number, d: number, h = 10, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describeEachDb('plans and targets', (app) => {
  let gm: U;
  let mgr: U;
  let mgr2: U;
  let sp1: U;
  let sp2: U;
  let sp3: U;
  let planId: number;
  const nodes: Record<string, number> = {};
  const unitIds: Record<string, number> = {};

  const block = (node_id?: number, token = gm.token) =>
    app().call('targets.block', { plan_id: planId, node_id }, token);
  const save = async (
    node_id: number,
    children: { subject_type: 'org_unit' | 'user'; subject_id: number; values: PeriodValues; id?: number }[],
    token = gm.token,
    root?: PeriodValues,
  ) => {
    const b = await block(node_id, token);
    return app().call(
      'targets.saveBlock',
      {
        plan_id: planId,
        version: b.plan.version,
        node_id,
        root: root ? { values: root } : undefined,
        children,
      },
      token,
    );
  };

  it('sets up the organisation', async () => {
    const t = app();
    gm = await t.user('gm', ['general_manager'], { name: '总经理' });
    mgr = await t.user('mgr', ['sales_manager'], { name: '一组经理' });
    mgr2 = await t.user('mgr2', ['sales_manager'], { name: '二组经理' });
    sp1 = await t.user('sp1', ['salesperson'], { name: '张三', manager_id: mgr.id });
    sp2 = await t.user('sp2', ['salesperson'], { name: '李四', manager_id: mgr.id });
    sp3 = await t.user('sp3', ['salesperson'], { name: '王五', manager_id: mgr2.id });
    const mk = async (code: string, name: string, kind: string, parent: number | null, head: number | null) =>
      (
        await t.call(
          'org.save',
          { code, name, kind: kind as 'team', parent_unit_id: parent, head_id: head },
          t.adminToken,
        )
      ).id;
    unitIds.hq = await mk('HQ', '总部', 'company', null, gm.id);
    unitIds.r1 = await mk('R1', '华南大区', 'region', unitIds.hq, gm.id);
    unitIds.t1 = await mk('T1', '一组', 'team', unitIds.r1, mgr.id);
    unitIds.t2 = await mk('T2', '二组', 'team', unitIds.r1, mgr2.id);
    for (const [u, unit] of [
      [mgr, 't1'],
      [sp1, 't1'],
      [sp2, 't1'],
      [mgr2, 't2'],
      [sp3, 't2'],
    ] as const) {
      const s = await t.call('staff.get', { id: u.id }, t.adminToken);
      await t.call(
        'staff.saveProfile',
        { user_id: u.id, version: s.profile_version, org_unit_id: unitIds[unit]! },
        t.adminToken,
      );
    }
  });

  it('creates a plan with its company root; one plan per year and metric; basis must fit the metric', async () => {
    const p = await app().call('targets.createPlan', { year: 2026, metric: 'new_customers' }, gm.token);
    planId = p.id;
    expect(p).toMatchObject({
      status: 'draft',
      revision: 1,
      basis: 'customers',
      node_count: 1,
      number: null,
    });
    expect(p.name).toBe('2026 年新客户数计划');
    const e = await expectError(
      app().call('targets.createPlan', { year: 2026, metric: 'new_customers' }, gm.token),
      'CONFLICT',
    );
    expect(e.fields?.[0]?.path).toEqual(['metric']);
    const e2 = await expectError(
      app().call('targets.createPlan', { year: 2026, metric: 'sales', basis: 'receipts' }, gm.token),
      'VALIDATION',
    );
    expect(e2.fields?.[0]?.path).toEqual(['basis']);
    expect(e2.message_zh).toContain('实际数口径');
    await expectError(
      app().call('targets.createPlan', { year: 2026, metric: 'sales' }, sp1.token),
      'FORBIDDEN',
    );
    // The basis is configurable per plan, among those that fit the metric; a draft can be deleted.
    const sales = await app().call('targets.createPlan', { year: 2026, metric: 'sales' }, gm.token);
    expect(sales.basis).toBe('orders');
    const inv = await app().call(
      'targets.updatePlan',
      { id: sales.id, version: sales.version, name: sales.name, basis: 'invoices', owner_id: gm.id },
      gm.token,
    );
    expect(inv.basis).toBe('invoices');
    const bad = await expectError(
      app().call(
        'targets.updatePlan',
        { id: sales.id, version: inv.version, name: sales.name, basis: 'receipts', owner_id: gm.id },
        gm.token,
      ),
      'VALIDATION',
    );
    expect(bad.fields?.[0]?.path).toEqual(['basis']);
    await app().call('targets.deleteDraft', { id: sales.id }, gm.token);
    expect((await app().call('targets.plans', { year: 2026 }, gm.token)).map((p) => p.metric)).toEqual([
      'new_customers',
    ]);
    const b = await block();
    nodes.root = b.node.id;
    expect(b.node.subject_type).toBe('company');
    expect(b.node.subject_name).toBe('测试贸易有限公司');
  });

  it('decomposes company → region → teams → salespeople; the grid reports what does not add up', async () => {
    let b = await save(
      nodes.root!,
      [{ subject_type: 'org_unit', subject_id: unitIds.r1!, values: ROOT }],
      gm.token,
      ROOT,
    );
    nodes.r1 = b.children[0]!.id;
    expect(b.children[0]!.owner_name).toBe('总经理'); // the unit's head
    expect(b.issues).toEqual([]);
    const e = await expectError(
      app().call(
        'targets.saveBlock',
        { plan_id: planId, version: b.plan.version, node_id: nodes.r1, root: { values: ROOT }, children: [] },
        gm.token,
      ),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['root']);
    b = await save(nodes.r1!, [
      { subject_type: 'org_unit', subject_id: unitIds.t1!, values: T1 },
      { subject_type: 'org_unit', subject_id: unitIds.t2!, values: { ...T2, y: 9 } },
    ]);
    nodes.t1 = b.children[0]!.id;
    nodes.t2 = b.children[1]!.id;
    expect(b.children.map((c) => [c.subject_name, c.owner_name])).toEqual([
      ['一组', '一组经理'],
      ['二组', '二组经理'],
    ]);
    // T2's year 9 ≠ its quarters (10), and R1's year 24 ≠ 14 + 9.
    expect(b.issues.map((i) => [i.path, i.period, i.kind, i.expected, i.actual])).toEqual([
      ['测试贸易有限公司 / 华南大区', 'y', 'children', 24, 23],
      ['测试贸易有限公司 / 华南大区 / 二组', 'y', 'quarters', 9, 10],
    ]);
    expect(b.issues[0]!.message_zh).toBe('全年下级合计 23 ≠ 24');
    // A duplicate subject is refused, naming the row.
    const dup = await expectError(
      save(nodes.r1!, [
        { id: nodes.t1, subject_type: 'org_unit', subject_id: unitIds.t1!, values: T1 },
        { subject_type: 'org_unit', subject_id: unitIds.t1!, values: T2 },
      ]),
      'VALIDATION',
    );
    expect(dup.fields?.[0]?.path).toEqual(['children', 1, 'subject_id']);
    expect(dup.message_zh).toContain('一组');
    b = await save(nodes.r1!, [
      { id: nodes.t1, subject_type: 'org_unit', subject_id: unitIds.t1!, values: T1 },
      { id: nodes.t2, subject_type: 'org_unit', subject_id: unitIds.t2!, values: T2 },
    ]);
    expect(b.issues).toEqual([]);
  });

  it('a team manager decomposes only their own team', async () => {
    // The manager sees the path down to the team, not the other team.
    const r1 = await block(nodes.r1, mgr.token);
    expect(r1.children.map((c) => c.subject_name)).toEqual(['一组']);
    expect(r1.partial).toBe(true);
    expect((await block(nodes.r1)).partial).toBe(false);
    expect(r1.node.can_edit).toBe(false);
    expect(r1.children[0]!.can_edit).toBe(true);
    await expectError(block(nodes.t2, mgr.token), 'NOT_FOUND');
    await expectError(
      save(nodes.r1!, [{ subject_type: 'org_unit', subject_id: unitIds.t1!, values: T1 }], mgr.token),
      'FORBIDDEN',
    );
    // The plan itself (delete, rename, revise, create another) belongs to the company level.
    await expectError(app().call('targets.deleteDraft', { id: planId }, mgr.token), 'FORBIDDEN');
    await expectError(
      app().call('targets.createPlan', { year: 2027, metric: 'sales' }, mgr.token),
      'FORBIDDEN',
    );
    const b = await save(
      nodes.t1!,
      [
        { subject_type: 'user', subject_id: sp1.id, values: SP1 },
        { subject_type: 'user', subject_id: sp2.id, values: { ...SP2, m12: 2, q4: 3, y: 7 } },
      ],
      mgr.token,
    );
    nodes.sp1 = b.children[0]!.id;
    nodes.sp2 = b.children[1]!.id;
    expect(b.children[0]!.owner_name).toBe('张三');
    // Team: y 8+7 ≠ 14, q4 2+3 ≠ 4, m12 1+2 ≠ 2.
    expect(b.issues.map((i) => `${i.path.split(' / ').pop()}:${i.period}`)).toEqual([
      '一组:y',
      '一组:q4',
      '一组:m12',
    ]);
    // Salespeople cannot edit at all (permission), and see only their own branch.
    await expectError(save(nodes.sp1!, [], sp1.token), 'FORBIDDEN');
    const mine = await block(undefined, sp1.token);
    expect(mine.children.map((c) => c.subject_name)).toEqual(['华南大区']);
    const team = await block(nodes.t1, sp1.token);
    expect(team.children.map((c) => c.subject_name)).toEqual(['张三']);
  });

  it('approval refuses an unbalanced plan, naming where, and changes nothing', async () => {
    await save(nodes.t2!, [{ subject_type: 'user', subject_id: sp3.id, values: T2 }]);
    const b = await block();
    const before = await dbChecksum(app());
    const e = await expectError(
      app().call('targets.approve', { id: planId, version: b.plan.version }, gm.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('分解不平衡');
    expect(e.message_zh).toContain('一组');
    expect(e.message_zh).toContain('共 3 处');
    expect((e.details as { issues: unknown[] }).issues).toHaveLength(3);
    expect(await dbChecksum(app())).toBe(before);
    await expectError(
      app().call('targets.approve', { id: planId, version: b.plan.version }, mgr.token),
      'FORBIDDEN',
    );
  });

  it('approves a balanced plan with a number and freezes it', async () => {
    await save(
      nodes.t1!,
      [
        { id: nodes.sp1, subject_type: 'user', subject_id: sp1.id, values: SP1 },
        { id: nodes.sp2, subject_type: 'user', subject_id: sp2.id, values: SP2 },
      ],
      mgr.token,
    );
    const b = await block();
    expect(b.issues).toEqual([]);
    const p = await app().call('targets.approve', { id: planId, version: b.plan.version }, gm.token);
    expect(p).toMatchObject({ status: 'approved', number: 'TP2026-0001', total: 24, node_count: 7 });
    expect(p.approved_by_name).toBe('总经理');
    await expectError(save(nodes.t1!, [], gm.token), 'BUSINESS_RULE');
    await expectError(app().call('targets.deleteDraft', { id: planId }, gm.token), 'BUSINESS_RULE');
    const after = await block(nodes.t1, mgr.token);
    expect(after.children.every((c) => !c.can_edit)).toBe(true);
  });

  it('actual new customers, completion, progress and rankings match the hand count', async () => {
    const t = app();
    const clock = t.clock;
    const saved = clock.t;
    const make = async (who: U, at: number, name: string) => {
      clock.t = at;
      return t.call('customers.create', { legal_name: name }, who.token);
    };
    await make(sp1, local(2026, 2, 10), '二月新客户有限公司');
    await make(sp1, local(2026, 11, 5), '十一月甲有限公司');
    await make(sp1, local(2026, 11, 18), '十一月乙有限公司');
    const dead = await make(sp1, local(2026, 11, 19), '重复建档有限公司');
    await make(sp2, local(2026, 10, 15), '十月客户有限公司');
    await make(sp3, local(2026, 11, 1, 0, 30), '月初零点半有限公司');
    await make(sp3, local(2026, 6, 30, 23, 30), '六月末有限公司');
    await make(sp1, local(2025, 11, 10), '去年十一月有限公司');
    await make(sp1, local(2025, 3, 1), '去年三月有限公司');
    await make(sp3, local(2025, 12, 31, 23, 50), '去年除夕有限公司');
    clock.t = saved;
    await t.call('customers.setActive', { id: dead.id, active: false, reason: '重复' }, mgr.token);

    const y = await t.call(
      'analytics.ranking',
      { year: 2026, metric: 'new_customers', period: 'y' },
      gm.token,
    );
    expect(y.time_bp).toBe(8877); // 324 of 365 days on 2026-11-20
    expect(y.plan_id).toBe(planId);
    expect(
      y.rows.map((r) => [
        r.name,
        r.target,
        r.actual,
        r.completion_bp,
        r.rank,
        r.last_year,
        r.yoy_bp,
        r.yoy_rank,
      ]),
    ).toEqual([
      ['张三', 8, 3, 3750, 1, 2, 5000, 2],
      ['王五', 10, 2, 2000, 2, 1, 10000, 1],
      ['李四', 6, 1, 1667, 3, 0, null, null],
    ]);
    expect(y.rows[0]!.gap_bp).toBe(3750 - 8877);

    const q4 = await t.call(
      'analytics.ranking',
      { year: 2026, metric: 'new_customers', period: 'q4' },
      gm.token,
    );
    expect(q4.rows.map((r) => [r.name, r.target, r.actual, r.completion_bp, r.rank])).toEqual([
      ['张三', 2, 2, 10000, 1],
      ['李四', 2, 1, 5000, 2],
      ['王五', 2, 1, 5000, 2],
    ]);
    const m11 = await t.call(
      'analytics.ranking',
      { year: 2026, metric: 'new_customers', period: 'm11' },
      gm.token,
    );
    expect(m11.time_bp).toBe(6667);
    expect(m11.rows.map((r) => [r.name, r.target, r.actual, r.completion_bp, r.rank])).toEqual([
      ['张三', 1, 2, 20000, 1],
      ['王五', 1, 1, 10000, 2],
      ['李四', 0, 0, null, null],
    ]);
    // The team manager ranks their team only.
    const team = await t.call(
      'analytics.ranking',
      { year: 2026, metric: 'new_customers', period: 'y' },
      mgr.token,
    );
    expect(team.rows.map((r) => r.name)).toEqual(['张三', '李四']);
    // Units: the region, then its teams.
    const units = await t.call(
      'analytics.ranking',
      { year: 2026, metric: 'new_customers', period: 'y', level: 'org_unit' },
      gm.token,
    );
    expect(units.rows.map((r) => [r.name, r.target, r.actual, r.completion_bp])).toEqual([
      ['华南大区', 24, 6, 2500],
    ]);
    const teams = await t.call(
      'analytics.ranking',
      { year: 2026, metric: 'new_customers', period: 'y', level: 'org_unit', org_unit_id: unitIds.r1 },
      gm.token,
    );
    expect(teams.rows.map((r) => [r.name, r.target, r.actual, r.completion_bp, r.rank])).toEqual([
      ['一组', 14, 4, 2857, 1],
      ['二组', 10, 2, 2000, 2],
    ]);
    // Trend of one person: targets from their node, actuals by local month.
    const trend = await t.call(
      'analytics.trend',
      { year: 2026, metric: 'new_customers', user_id: sp1.id },
      gm.token,
    );
    expect(trend.months.map((m) => m.actual)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]);
    expect(trend.months.map((m) => m.target)).toEqual([1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1]);
    expect(trend.months.map((m) => m.last_year)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    const sp3trend = await t.call(
      'analytics.trend',
      { year: 2026, metric: 'new_customers', user_id: sp3.id },
      gm.token,
    );
    expect(sp3trend.months.map((m) => m.actual)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]);
    // Amount metrics come from the orders (registered by sales): nobody here has sold anything yet.
    const sales = await t.call('analytics.ranking', { year: 2026, metric: 'sales' }, gm.token);
    expect(sales.source_available).toBe(true);
    expect(sales.rows.length).toBeGreaterThan(0);
    expect(sales.rows.every((r) => r.actual === 0)).toBe(true);
  });

  it('exports the ranking to Excel', async () => {
    const f = await app().call(
      'analytics.exportRanking',
      { year: 2026, metric: 'new_customers', period: 'y' },
      gm.token,
    );
    const wb = XLSX.read(Buffer.from(f.base64, 'base64'), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
    expect(rows[1]).toEqual([
      '排名',
      '姓名',
      '所属组织',
      '指标',
      '实际',
      '完成率',
      '进度差',
      '去年同期',
      '同比增长',
      '同比排名',
    ]);
    expect(rows[2]!.slice(0, 6)).toEqual([1, '张三', '一组', 8, 3, 0.375]);
  });

  it('revises an approved plan: a new draft that replaces it on approval; Excel round trip', async () => {
    const e = await expectError(
      app().call('targets.revise', { id: planId, reason: '' }, gm.token),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['reason']);
    const r = await app().call('targets.revise', { id: planId, reason: '二组目标上调' }, gm.token);
    expect(r).toMatchObject({ status: 'draft', revision: 2, node_count: 7, number: null });
    await expectError(app().call('targets.revise', { id: planId, reason: '再来' }, gm.token), 'CONFLICT');
    // Export, then import the same file: the tree survives unchanged.
    const f = await app().call('targets.export', { plan_id: r.id }, gm.token);
    const wb = XLSX.read(Buffer.from(f.base64, 'base64'), { type: 'buffer' });
    const sheet = wb.Sheets[wb.SheetNames[0]!]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
    expect(rows[0]!.slice(0, 8)).toEqual([
      '序号',
      '上级序号',
      '类型',
      '编码',
      '名称',
      '负责人工号',
      '全年',
      '一季度',
    ]);
    expect(rows.slice(1).map((x) => [x[0], x[1], x[2], x[3], x[6]])).toEqual([
      [1, null, '公司', null, 24],
      [2, 1, '组织', 'R1', 24],
      [3, 2, '组织', 'T1', 14],
      [4, 3, '业务员', 'sp1', 8],
      [5, 3, '业务员', 'sp2', 6],
      [6, 2, '组织', 'T2', 10],
      [7, 6, '业务员', 'sp3', 10],
    ]);
    const before = await app().call('targets.block', { plan_id: r.id }, gm.token);
    const same = await app().call(
      'targets.import',
      { plan_id: r.id, version: before.plan.version, file_base64: f.base64 },
      gm.token,
    );
    expect(same.issues).toEqual([]);
    expect(same.plan.node_count).toBe(7);
    // Broken file: unknown login, a fraction of a customer, an unknown type; nothing is imported.
    const bad = rows.map((x) => [...x]);
    bad[7]![3] = 'nobody';
    bad[4]![6] = 8.5;
    bad[5]![2] = '部门X';
    const ws = XLSX.utils.aoa_to_sheet(bad);
    const wb2 = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb2, ws, '指标');
    const b64 = XLSX.write(wb2, { type: 'base64', bookType: 'xlsx' }) as string;
    const check = await dbChecksum(app());
    const err = await expectError(
      app().call('targets.import', { plan_id: r.id, version: same.plan.version, file_base64: b64 }, gm.token),
      'VALIDATION',
    );
    const errors = (err.details as { errors: { row: number; column: string }[] }).errors;
    expect(errors.map((x) => [x.row, x.column])).toEqual([
      [5, '全年'],
      [6, '类型'],
      [8, '编码'],
    ]);
    expect(err.message_zh).toContain('第 5 行 · 全年');
    expect(err.fields?.[0]?.path).toEqual(['file_base64']);
    expect(await dbChecksum(app())).toBe(check);
    // Raise T2 and sp3 by 2 in December (and the totals above), approve: revision 1 is superseded.
    const up = rows.map((x) => [...x]);
    for (const i of [1, 2, 6, 7]) {
      up[i]![6] = Number(up[i]![6]) + 2; // year
      up[i]![10] = Number(up[i]![10]) + 2; // q4
      up[i]![22] = Number(up[i]![22]) + 2; // m12
    }
    const ws3 = XLSX.utils.aoa_to_sheet(up);
    const wb3 = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb3, ws3, '指标');
    const imported = await app().call(
      'targets.import',
      {
        plan_id: r.id,
        version: same.plan.version,
        file_base64: XLSX.write(wb3, { type: 'base64', bookType: 'xlsx' }) as string,
      },
      gm.token,
    );
    expect(imported.issues).toEqual([]);
    expect(imported.node.values.y).toBe(26);
    const ok = await app().call('targets.approve', { id: r.id, version: imported.plan.version }, gm.token);
    expect(ok.number).toBe('TP2026-0002');
    const plans = await app().call('targets.plans', { year: 2026 }, sp1.token);
    expect(plans.map((p) => [p.revision, p.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    const y = await app().call('analytics.ranking', { year: 2026, metric: 'new_customers' }, gm.token);
    expect(y.rows.find((x) => x.name === '王五')!.target).toBe(12);
  });

  it('the evaluation sheet puts the figures of one person and period on one page', async () => {
    const t = app();
    const saved = t.clock.t;
    t.clock.t = local(2026, 11, 19, 17, 0);
    await t.call(
      'workReports.save',
      { report_date: '2026-11-19', done: '拜访三家客户', visit_count: 2 },
      sp1.token,
    );
    t.clock.t = saved;
    await t.call('workReports.save', { report_date: '2026-11-18', done: '补写', visit_count: 3 }, sp1.token);
    for (const [date, cin, cout] of [
      ['2026-11-02', '09:10', '18:00'],
      ['2026-11-03', '08:55', '17:30'],
      ['2026-11-04', '08:50', '18:10'],
    ] as const) {
      await t.call(
        'attendance.save',
        { user_id: sp1.id, work_date: date, check_in: cin, check_out: cout },
        mgr.token,
      );
    }
    const leave = await t.call(
      'staffStatus.set',
      {
        kind: 'leave',
        starts_at: new Date(local(2026, 11, 5, 0)).toISOString(),
        ends_at: new Date(local(2026, 11, 7, 0)).toISOString(),
      },
      sp1.token,
    );
    await t.call('staffStatus.approve', { id: leave.id, approve: true }, mgr.token);
    const trip = await t.call(
      'staffStatus.set',
      {
        kind: 'trip',
        starts_at: new Date(local(2026, 11, 9, 8)).toISOString(),
        ends_at: new Date(local(2026, 11, 9, 20)).toISOString(),
      },
      sp1.token,
    );
    await t.call('staffStatus.approve', { id: trip.id, approve: true }, mgr.token);
    await t.call(
      'schedules.create',
      {
        subject: '催收回款',
        assignee_id: sp1.id,
        starts_at: new Date(local(2026, 11, 9, 9)).toISOString(),
        ends_at: new Date(local(2026, 11, 10, 18)).toISOString(),
      },
      mgr.token,
    );

    const e = await t.call('analytics.evaluation', { user_id: sp1.id, year: 2026, period: 'm11' }, mgr.token);
    expect(e.user).toMatchObject({ name: '张三', org_unit_name: '一组' });
    expect([e.from, e.to, e.time_bp]).toEqual(['2026-11-01', '2026-11-30', 6667]);
    const fig = Object.fromEntries(e.figures.map((f) => [f.metric, f]));
    expect(fig.new_customers).toMatchObject({
      target: 1,
      actual: 2,
      completion_bp: 20000,
      last_year: 1,
      yoy_bp: 10000,
      rank: 1,
      of: 3,
      source_available: true,
    });
    expect(fig.visits).toMatchObject({
      actual: 5,
      target: null,
      source_available: true,
      basis: 'work_reports',
    });
    expect(fig.sales).toMatchObject({ actual: 0, source_available: true, basis: 'orders' });
    expect(e.collection_rate_bp).toBeNull();
    // 14 working days have passed (2–19 Nov), 2 of them on leave: 12 reports due; one on time, one late.
    expect(e.reports).toEqual({ expected: 12, submitted: 2, on_time: 1, late: 1, missing: 10 });
    // Present 3 (one late, one early), leave 2, trip 1, absent 14 − 6 = 8.
    expect(e.attendance).toEqual({
      workdays: 14,
      present: 3,
      late: 1,
      early: 1,
      absent: 8,
      leave_days: 2,
      trip_days: 1,
    });
    expect(e.tasks).toEqual({ total: 1, done: 0, overdue: 1, rejected: 0 });
  });

  it('the manager dashboard sums what their team has', async () => {
    const d = await app().call('analytics.dashboard', {}, mgr.token);
    expect([d.year, d.month, d.as_of, d.time_bp_month]).toEqual([2026, 11, '2026-11-20', 6667]);
    const nc = d.kpis.find((k) => k.metric === 'new_customers')!;
    expect(nc).toMatchObject({
      target_month: 1,
      actual_month: 2,
      completion_month_bp: 20000,
      target_year: 14,
      actual_year: 4,
    });
    expect(nc.completion_year_bp).toBe(2857);
    expect(d.kpis.find((k) => k.metric === 'sales')).toMatchObject({
      source_available: true,
      actual_month: 0,
    });
    expect(d.tasks).toEqual({ open: 1, overdue: 1, pending_accept: 1 });
    expect(d.people).toBe(3);
    expect(d.reports_today.expected).toBe(3);
    expect(d.reports_today.submitted).toBe(0);
    expect(d.reports_today.missing_names.sort()).toEqual(['一组经理', '张三', '李四'].sort());
  });
});
