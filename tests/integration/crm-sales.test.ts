import { expect, it } from 'vitest';
import { dbChecksum, describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { salesFixture, draftOrder, type SalesFixture } from '../helpers/sales-fixture';
import { invoice, receive, ship } from '../helpers/finance-fixture';
import {
  actualsFor,
  actualsSource,
  registeredActualsSources,
} from '../../electron/core/services/targets/actuals';
import type { Basis, EvalMetric } from '../../shared/contract/targets';

/**
 * Where the CRM meets sales, finance, staff and targets: after-sales care scheduled by a shipment approval, a
 * won opportunity made into a draft quotation, a leaving salesperson's CRM work handed over with the customers,
 * and the target actuals computed from orders, invoices, receipts, visits and complaints.
 */

/** A local time on the office clock (the harness runs in the machine's time zone, as the app does). */
const local = (y: number, mo: number, d: number, h = 10, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).toISOString();

/** An order approved by the manager, with an order date and (optionally) another salesperson. */
async function orderOn(
  app: TestApp,
  f: SalesFixture,
  date: string,
  lines: [number, number, number, number?][],
  salesperson_id?: number,
) {
  const d = await app.call(
    'orders.create',
    {
      customer_id: f.acct,
      salesperson_id,
      order_date: date,
      warehouse_id: f.warehouse,
      lines: lines.map(([product_id, units, unit_price, discount_bp]) => ({
        product_id,
        qty: units * 1000,
        unit_price,
        discount_bp: discount_bp ?? 0,
      })),
    },
    f.mgr.token,
  );
  const r = await app.call('orders.submit', { id: d.id, version: d.version }, f.mgr.token);
  expect(r.order.status).toBe('approved');
  return r.order;
}

describeEachDb('crm ↔ sales, finance, staff, targets', (app) => {
  let f: SalesFixture;
  let staffAdmin: { id: number; token: string };
  let o1: Awaited<ReturnType<typeof orderOn>>;
  let o3: Awaited<ReturnType<typeof orderOn>>;
  let i1Id = 0;

  const actuals = async (metric: EvalMetric, basis: Basis, from = '2026-10-01', to = '2026-11-30') => {
    const r = await app().core.database.read((db) =>
      actualsFor(db, metric, basis, { from, to, userIds: null }),
    );
    if (!r) throw new Error(`no source for ${metric}:${basis}`);
    // { user id: { month: value } } for the two salespeople only (others have nothing)
    const out: Record<string, Record<string, number>> = {};
    for (const [u, months] of r.byUserMonth) {
      const who = u === f.sp.id ? 'sp' : u === f.sp2.id ? 'sp2' : `#${u}`;
      out[who] = Object.fromEntries([...months].filter(([, v]) => v !== 0));
    }
    return out;
  };
  const byDimension = async (metric: EvalMetric, basis: Basis, dimension: 'product' | 'customer') => {
    const src = actualsSource(metric, basis)!;
    const rows = await app().core.database.read((db) =>
      src.byUserDimension!(db, { from: '2026-10-01', to: '2026-11-30', userIds: [f.sp.id], dimension }),
    );
    return rows
      .map((r) => `${r.month} ${r.dim_id} ${r.value}`)
      .sort()
      .join('; ');
  };

  it('sets up a sales office; every evaluation metric has an actuals source on each of its bases', async () => {
    const t = app();
    f = await salesFixture(t);
    staffAdmin = await t.user('hr', ['admin'], { name: '人事' });
    const have = registeredActualsSources().map((s) => `${s.metric}:${s.basis}`);
    for (const k of [
      'sales:orders',
      'sales:invoices',
      'collection:receipts',
      'quantity:orders',
      'quantity:invoices',
      'profit:orders',
      'profit:invoices',
      'new_customers:customers',
      'visits:work_reports',
      'visits:crm',
      'complaints:crm',
    ]) {
      expect(have).toContain(k);
    }
    // Product costs for the profit contribution: 接触器 ¥60.00, 电缆 ¥1,000.00; 断路器 has none.
    for (const [id, cost] of [
      [f.p1, 6000],
      [f.p3, 100000],
    ] as const) {
      const p = await t.call('products.get', { id }, t.adminToken);
      await t.call(
        'products.update',
        {
          id,
          version: p.version,
          code: p.code,
          name: p.name,
          spec: p.spec,
          unit: p.unit,
          list_price: p.list_price,
          floor_price: p.floor_price,
          cost_price: cost,
          tax_rate: p.tax_rate,
        },
        t.adminToken,
      );
    }
  });

  it('approving a shipment schedules the after-sales care of its customer in the same transaction', async () => {
    const t = app();
    // 接触器 10 × ¥100.00 less 5 % = ¥950.00; 断路器 4 × ¥35.50 = ¥142.00
    o1 = await orderOn(t, f, '2026-11-20', [
      [f.p1, 10, 10000, 500],
      [f.p2, 4, 3550],
    ]);
    expect(o1.total).toBe(95000 + 14200);
    const before = await t.call('aftersales.list', { customer_id: f.acct }, f.sp.token);
    expect(before.total).toBe(0);
    // a draft shipment schedules nothing
    const draft = await t.call(
      'shipments.create',
      {
        customer_id: f.acct,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        lines: o1.lines.map((l) => ({ order_line_id: l.id, qty: l.qty })),
      },
      f.wh.token,
    );
    expect((await t.call('aftersales.list', { customer_id: f.acct }, f.sp.token)).total).toBe(0);
    const s = await t.call('shipments.approve', { id: draft.id, version: draft.version }, f.wh.token);
    expect(s.status).toBe('approved');
    const tasks = await t.call(
      'aftersales.list',
      { customer_id: f.acct, sort: [{ field: 'due_on', dir: 'asc' }] },
      f.sp.token,
    );
    // default care plan: archive check within 2 days, first call day 3–7, satisfaction calls at 30 and 90 days (+7)
    expect(
      tasks.rows.map((r) => [
        r.kind,
        r.seq,
        r.source_type,
        r.source_id,
        r.delivered_on,
        r.due_from,
        r.due_on,
      ]),
    ).toEqual([
      ['archive_check', 0, 'shipment', s.id, '2026-11-20', '2026-11-20', '2026-11-22'],
      ['first_call', 0, 'shipment', s.id, '2026-11-20', '2026-11-23', '2026-11-27'],
      ['satisfaction_call', 1, 'shipment', s.id, '2026-11-20', '2026-12-20', '2026-12-27'],
      ['satisfaction_call', 2, 'shipment', s.id, '2026-11-20', '2027-02-18', '2027-02-25'],
    ]);
    // the customer's owner calls
    expect(new Set(tasks.rows.map((r) => r.assignee_id))).toEqual(new Set([f.sp.id]));
    expect(tasks.rows.every((r) => r.status === 'open')).toBe(true);
  });

  it('a won opportunity becomes a draft quotation with its expected products, once; other opportunities are refused', async () => {
    const t = app();
    // One stage and nothing required to win, so that the test can win at once.
    const cfg = await t.call('crm.config', {}, t.adminToken);
    await t.call(
      'crm.setConfig',
      {
        ...cfg,
        stages: [
          { key: 'opportunity', zh: '商机', en: 'Opportunity', limit_days: 30, requirements: [], tasks: [] },
        ],
        won_requirements: [],
      },
      t.adminToken,
    );
    const opp = await t.call(
      'opportunities.create',
      { customer_id: f.acct, name: '恒通机电二期配电' },
      f.sp.token,
    );
    await t.call(
      'opportunities.setProducts',
      {
        opportunity_id: opp.id,
        lines: [
          // 12.5 接触器 at ¥95.00; 3 卷 电缆 at ¥1,250.00
          { product_id: f.p1, qty: 12_500, price: 9500 },
          { product_id: f.p3, qty: 3000, price: 125000, notes: '含安装' },
        ],
      },
      f.sp.token,
    );
    // still open: refused, nothing changes
    const sum = await dbChecksum(t);
    const open = await expectError(
      t.call('opportunities.toQuotation', { id: opp.id }, f.sp.token),
      'BUSINESS_RULE',
    );
    expect(open.message_zh).toContain('尚未中标');
    expect(await dbChecksum(t)).toBe(sum);
    // a lost one is refused too
    const lost = await t.call(
      'opportunities.create',
      { customer_id: f.acct, name: '恒通机电照明' },
      f.sp.token,
    );
    await t.call(
      'opportunities.setProducts',
      { opportunity_id: lost.id, lines: [{ product_id: f.p2, qty: 1000, price: 3550 }] },
      f.sp.token,
    );
    await t.call(
      'opportunities.lose',
      {
        id: lost.id,
        version: (await t.call('opportunities.get', { id: lost.id }, f.sp.token)).version,
        lost_reason: '价格',
        lost_to: '正泰',
      },
      f.sp.token,
    );
    await expectError(t.call('opportunities.toQuotation', { id: lost.id }, f.sp.token), 'BUSINESS_RULE');

    const o = await t.call('opportunities.get', { id: opp.id }, f.sp.token);
    await t.call(
      'opportunities.win',
      { id: opp.id, version: o.version, won_amount: 493_750, won_on: '2026-11-20', reason: '技术评分第一' },
      f.sp.token,
    );
    // warehouse staff cannot make quotations; a salesperson who does not see the opportunity finds nothing
    await expectError(t.call('opportunities.toQuotation', { id: opp.id }, f.wh.token), 'FORBIDDEN');
    await expectError(t.call('opportunities.toQuotation', { id: opp.id }, f.sp2.token), 'NOT_FOUND');

    // the manager makes it: the opportunity's owner is the quotation's salesperson
    const q = await t.call('opportunities.toQuotation', { id: opp.id }, f.mgr.token);
    expect(q).toMatchObject({
      status: 'draft',
      number: null,
      customer_id: f.acct,
      salesperson_id: f.sp.id,
      quote_date: '2026-11-20',
      valid_until: '2026-12-20',
      needs_approval: false,
    });
    expect(
      q.lines.map((l) => [l.product_id, l.qty, l.unit_price, l.discount_bp, l.tax_rate, l.total, l.notes]),
    ).toEqual([
      [f.p1, 12_500, 9500, 0, 1300, 118_750, null], // 12.5 × ¥95.00
      [f.p3, 3000, 125000, 0, 900, 375_000, '含安装'], // 3 × ¥1,250.00
    ]);
    expect(q.total).toBe(493_750);
    expect(q.amount + q.tax).toBe(q.total);
    for (const l of q.lines) expect(l.amount + l.tax).toBe(l.total);
    const linked = await t.call('opportunities.get', { id: opp.id }, f.sp.token);
    expect(linked.quotations).toEqual([
      { id: q.id, number: null, status: 'draft', quote_date: '2026-11-20', total: 493_750 },
    ]);
    // the salesperson sees the quotation like any other of theirs
    expect((await t.call('quotations.get', { id: q.id }, f.sp.token)).lines).toHaveLength(2);

    // a second click makes no second quotation
    const again = await expectError(
      t.call('opportunities.toQuotation', { id: opp.id }, f.sp.token),
      'BUSINESS_RULE',
    );
    expect(again.message_zh).toContain('已生成报价单');
    expect(again.details).toEqual({ quotation_id: q.id });
    // the draft deleted (its link with it), the opportunity can make a new one
    await t.call('quotations.delete', { id: q.id, version: q.version }, f.sp.token);
    expect((await t.call('opportunities.get', { id: opp.id }, f.sp.token)).quotations).toEqual([]);
    const q2 = await t.call('opportunities.toQuotation', { id: opp.id }, f.sp.token);
    expect(q2.lines).toHaveLength(2);
    // voided, too
    const approved = await t.call('quotations.submit', { id: q2.id, version: q2.version }, f.sp.token);
    expect(approved.status).toBe('approved');
    await t.call(
      'quotations.void',
      { id: q2.id, version: approved.version, reason: '客户改型号' },
      f.sp.token,
    );
    const q3 = await t.call('opportunities.toQuotation', { id: opp.id }, f.sp.token);
    expect(
      (await t.call('opportunities.get', { id: opp.id }, f.sp.token)).quotations.map((x) => [x.id, x.status]),
    ).toEqual([
      [q2.id, 'void'],
      [q3.id, 'draft'],
    ]);

    // won without expected products: nothing to quote
    const bare = await t.call(
      'opportunities.create',
      { customer_id: f.acct, name: '恒通机电维保' },
      f.sp.token,
    );
    await t.call(
      'opportunities.win',
      { id: bare.id, version: bare.version, won_amount: 100_00, won_on: '2026-11-20' },
      f.sp.token,
    );
    const none = await expectError(
      t.call('opportunities.toQuotation', { id: bare.id }, f.sp.token),
      'BUSINESS_RULE',
    );
    expect(none.message_zh).toContain('没有预计产品');
  });

  it('actuals on the orders basis: approved and closed orders by order date and salesperson', async () => {
    const t = app();
    // October, 电缆 2 × ¥1,280.00, approved then closed (结案): still counts
    const o2 = await orderOn(t, f, '2026-10-15', [[f.p3, 2, 128000]]);
    await t.call('orders.close', { id: o2.id, version: o2.version, reason: '客户不再要货' }, f.mgr.token);
    // an order for 恒通 taken by 李四: counts for 李四
    o3 = await orderOn(t, f, '2026-11-18', [[f.p1, 5, 9000]], f.sp2.id);
    // a draft, and an approved order voided: neither counts
    await draftOrder(t, f, f.acct, [[f.p1, 1, 10000]]);
    const o5 = await orderOn(t, f, '2026-11-19', [[f.p2, 2, 3550]]);
    await t.call('orders.void', { id: o5.id, version: o5.version, reason: '重复下单' }, f.mgr.token);

    expect(await actuals('sales', 'orders')).toEqual({
      sp: { '2026-10': 256_000, '2026-11': 109_200 },
      sp2: { '2026-11': 45_000 },
    });
    expect(await actuals('quantity', 'orders')).toEqual({
      sp: { '2026-10': 2000, '2026-11': 14_000 },
      sp2: { '2026-11': 5000 },
    });
    // 接触器 ¥950.00 − 10 × ¥60.00; 断路器 has no cost (left out); 电缆 ¥2,560.00 − 2 × ¥1,000.00;
    // 李四: ¥450.00 − 5 × ¥60.00
    expect(await actuals('profit', 'orders')).toEqual({
      sp: { '2026-10': 56_000, '2026-11': 35_000 },
      sp2: { '2026-11': 15_000 },
    });
    // November only
    expect(await actuals('sales', 'orders', '2026-11-01', '2026-11-30')).toEqual({
      sp: { '2026-11': 109_200 },
      sp2: { '2026-11': 45_000 },
    });
    expect(await byDimension('sales', 'orders', 'product')).toBe(
      `2026-10 ${f.p3} 256000; 2026-11 ${f.p1} 95000; 2026-11 ${f.p2} 14200`,
    );
    expect(await byDimension('sales', 'orders', 'customer')).toBe(
      `2026-10 ${f.acct} 256000; 2026-11 ${f.acct} 109200`,
    );
    expect(await byDimension('profit', 'orders', 'product')).toBe(
      `2026-10 ${f.p3} 56000; 2026-11 ${f.p1} 35000`,
    );
  });

  it('actuals on the invoices basis: issued invoices net of credit notes (not write-offs); drafts do not count', async () => {
    const t = app();
    // o1 was shipped above: invoice all of it
    const shipment = (await t.call('shipments.list', { limit: 10 }, f.wh.token)).rows.find((r) =>
      r.orders.includes(o1.number!),
    )!;
    const sd = await t.call('shipments.get', { id: shipment.id }, f.wh.token);
    const i1 = await invoice(
      t,
      f,
      f.acct,
      sd.lines.map((l) => [l.id, l.qty / 1000] as [number, number]),
    );
    expect(i1.status).toBe('approved');
    expect(i1.total).toBe(109_200);
    i1Id = i1.id;
    // a price correction of ¥50.00 and a write-off of ¥30.00, both approved
    for (const [credit_kind, total] of [
      ['price', 5000],
      ['writeoff', 3000],
    ] as const) {
      const cn = await t.call(
        'creditNotes.create',
        {
          customer_id: f.acct,
          credit_kind,
          invoice_date: '2026-11-20',
          total,
          reason: `红字 ${credit_kind}`,
        },
        f.fin.token,
      );
      await t.call('creditNotes.approve', { id: cn.id, version: cn.version }, f.fin.token);
    }
    // 李四's order shipped and invoiced, but the invoice stays a draft
    const s3 = await ship(t, f, f.acct, [[o3.lines[0]!.id, 5]], '2026-11-20');
    await t.call(
      'invoices.create',
      {
        customer_id: f.acct,
        invoice_date: '2026-11-20',
        lines: [{ shipment_line_id: s3.lines[0]!.id, qty: 5000 }],
      },
      f.fin.token,
    );

    expect(await actuals('sales', 'invoices')).toEqual({ sp: { '2026-11': 109_200 - 5000 } });
    expect(await actuals('quantity', 'invoices')).toEqual({ sp: { '2026-11': 14_000 } });
    // 接触器 margin ¥350.00, less the ¥50.00 price correction
    expect(await actuals('profit', 'invoices')).toEqual({ sp: { '2026-11': 35_000 - 5000 } });
    expect(await byDimension('sales', 'invoices', 'product')).toBe(
      `2026-11 ${f.p1} 95000; 2026-11 ${f.p2} 14200`,
    );
  });

  it('collections: approved receipts not reversed, by receipt date; an advance on an order counts for its salesperson', async () => {
    const t = app();
    await receive(t, f, f.acct, 50_000, [{ invoice_id: i1Id, amount: 50_000 }], '2026-11-20');
    const wrong = await receive(t, f, f.acct, 20_000, [], '2026-11-20');
    await t.call(
      'receipts.reverse',
      { id: wrong.id, version: wrong.version, reason: '银行退票', reversal_date: '2026-11-20' },
      f.fin.token,
    );
    await t.call(
      'receipts.create',
      {
        customer_id: f.acct,
        receipt_date: '2026-11-19',
        method: 'bank_transfer',
        amount: 30_000,
        reference: '预付款',
        order_id: o3.id,
        allocations: [],
      },
      f.fin.token,
    );
    expect(await actuals('collection', 'receipts')).toEqual({
      sp: { '2026-11': 50_000 },
      sp2: { '2026-11': 30_000 },
    });
    expect(await byDimension('collection', 'receipts', 'customer')).toBe(`2026-11 ${f.acct} 50000`);

    // the evaluation sheet reads the same figures (default bases: orders and receipts)
    const e = await t.call(
      'analytics.evaluation',
      { user_id: f.sp.id, year: 2026, period: 'm11' },
      f.mgr.token,
    );
    const fig = Object.fromEntries(e.figures.map((x) => [x.metric, x]));
    expect(fig.sales).toMatchObject({ basis: 'orders', source_available: true, actual: 109_200 });
    expect(fig.collection).toMatchObject({ basis: 'receipts', source_available: true, actual: 50_000 });
    expect(fig.quantity).toMatchObject({ actual: 14_000 });
    expect(fig.profit).toMatchObject({ actual: 35_000 });
    expect(e.collection_rate_bp).toBe(Math.round((50_000 * 10_000) / 109_200));
  });

  it('CRM visits and complaints count per person and office-local month', async () => {
    const t = app();
    const visit = (at: string, token = f.sp.token) =>
      t.call(
        'activities.create',
        {
          type: 'visit',
          customer_id: f.acct,
          occurred_at: at,
          checkin_at: at,
          checkin_place: '广州天河',
          summary: '拜访采购',
          next_followup_on: '2026-11-27',
        },
        token,
      );
    await visit(local(2026, 10, 31, 23, 30)); // October, local time
    await visit(local(2026, 11, 1, 0, 30)); // November, local time
    await visit(local(2026, 11, 19, 15));
    // a call is not a visit
    await t.call(
      'activities.create',
      { type: 'call', customer_id: f.acct, summary: '电话回访', next_followup_on: '2026-11-27' },
      f.sp.token,
    );
    await t.call(
      'complaints.create',
      {
        kind: 'complaint',
        customer_id: f.acct,
        product_id: f.p1,
        cause: 'quality',
        severity: 'medium',
        description: '接触器异响',
      },
      f.sp.token,
    );
    expect(await actuals('visits', 'crm')).toEqual({ sp: { '2026-10': 1, '2026-11': 2 } });
    expect(await actuals('complaints', 'crm')).toEqual({ sp: { '2026-11': 1 } });
    expect(await byDimension('complaints', 'crm', 'product')).toBe(`2026-11 ${f.p1} 1`);
    expect(await byDimension('visits', 'crm', 'customer')).toBe(`2026-10 ${f.acct} 1; 2026-11 ${f.acct} 2`);
  });

  it('a leaving salesperson’s leads and open opportunities go to the successor with the customers, in one audited action', async () => {
    const t = app();
    const lead = await t.call(
      'leads.create',
      { company: '广州市白云区顺景电器厂', source: 'phone' },
      f.sp.token,
    );
    const openOpp = await t.call(
      'opportunities.create',
      { customer_id: f.acct, name: '恒通机电三期' },
      f.sp.token,
    );
    const won = (await t.call('opportunities.list', { status: 'won' }, f.sp.token)).rows.map((r) => r.id);
    expect(won.length).toBeGreaterThan(0);

    const preview = await t.call('staff.handoverPreview', { user_id: f.sp.id }, staffAdmin.token);
    const crm = preview.find((p) => p.name === 'crm')!;
    expect(crm.label_zh).toContain('线索');
    // 1 lead, 1 open opportunity, 1 open follow-up (each contact closed the one before), 8 after-sales tasks
    // (two shipments to 恒通, 4 each), 1 complaint
    expect(crm.count).toBe(1 + 1 + 1 + 8 + 1);
    expect(preview.find((p) => p.name === 'customers')!.count).toBe(3);

    const r = await t.call(
      'staff.leave',
      { user_id: f.sp.id, handover_to_id: f.sp2.id, effective_date: '2026-11-20', reason: '离职' },
      staffAdmin.token,
    );
    const moved = Object.fromEntries(r.handed_over.map((i) => [i.name, i.count]));
    expect(moved.customers).toBe(3);
    expect(moved.crm).toBe(crm.count);
    expect((await t.call('leads.get', { id: lead.id }, f.sp2.token)).owner_id).toBe(f.sp2.id);
    expect((await t.call('opportunities.get', { id: openOpp.id }, f.sp2.token)).owner_id).toBe(f.sp2.id);
    // closed opportunities keep their owner (history)
    for (const id of won)
      expect((await t.call('opportunities.get', { id }, t.adminToken)).owner_id).toBe(f.sp.id);
    // the after-sales calls of both shipments now fall to the successor
    const tasks = await t.call('aftersales.list', { customer_id: f.acct, status: 'open' }, f.sp2.token);
    expect(tasks.rows.length).toBe(8);
    expect(tasks.rows.every((x) => x.assignee_id === f.sp2.id)).toBe(true);
    expect((await t.call('customers.get', { id: f.acct }, f.sp2.token)).owner_id).toBe(f.sp2.id);
    // one audit row for the whole leave, naming the CRM part
    const audit = await t.core.database.read((db) =>
      db.all<{ summary: string }>("SELECT summary FROM audit_log WHERE method = 'staff.leave'"),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain(`销售过程：线索、未结商机、待跟进、售后任务、投诉 ${crm.count}`);
    // the successor is told what they took over
    const rem = await t.call('crm.reminders', {}, f.sp2.token);
    expect(rem.rows.some((x) => x.kind === 'handover' && x.title_zh.includes('线索 1'))).toBe(true);
  });
});
