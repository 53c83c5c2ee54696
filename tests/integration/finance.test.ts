import { beforeAll, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { checkConsistency } from '../../electron/core/services/sales/recompute';
import { describeEachDb, expectError } from '../helpers/harness';
import { salesFixture, type SalesFixture } from '../helpers/sales-fixture';
import { approvedOrder, invoice, receive, ship } from '../helpers/finance-fixture';

describeEachDb('finance: invoices, receipts, matching, returns, credit notes, statements, ageing', (app) => {
  let f: SalesFixture;
  const consistent = async () =>
    expect(await app().core.database.read((db) => checkConsistency(db))).toEqual([]);
  const bal = (c: number) =>
    app().core.database.read((db) =>
      db.get<Record<string, number>>('SELECT * FROM customer_balances WHERE customer_id = ?', [c]),
    );

  beforeAll(async () => {
    f = await salesFixture(app());
  });

  it('invoices partial shipments: delivered-not-invoiced becomes receivable, due from the payment terms', async () => {
    // 10 contactors at ¥100.00, shipped 4 then 6
    const o = await approvedOrder(app(), f, f.other, [[f.p1, 10, 10000]]);
    const line = o.lines[0]!.id;
    const s1 = await ship(app(), f, f.other, [[line, 4]]);
    const s2 = await ship(app(), f, f.other, [[line, 6]]);
    expect(Number((await bal(f.other))!.delivered_uninvoiced)).toBe(100000);
    // the customer waits in the to-invoice list (待开票) with what was delivered
    const waiting = await app().call('invoices.toInvoice', { q: '' }, f.fin.token);
    expect(waiting.rows.find((r) => r.id === f.other)?.delivered_uninvoiced).toBe(100000);
    const open = await app().call('invoices.uninvoiced', { customer_id: f.other }, f.fin.token);
    expect(open.map((l) => [l.shipment_number, l.remaining_qty, l.remaining_total])).toEqual([
      [s1.number, 4000, 40000],
      [s2.number, 6000, 60000],
    ]);
    // one invoice covering the first shipment and half of the second
    const inv = await invoice(app(), f, f.other, [
      [s1.lines[0]!.id, 4],
      [s2.lines[0]!.id, 3],
    ]);
    expect(inv.status).toBe('approved');
    expect(inv.number).toBe('IV2026-000001');
    expect(inv.total).toBe(70000);
    expect(inv.amount + inv.tax).toBe(70000);
    expect(inv.due_date).toBe('2027-01-19'); // 60 days from the invoice date
    const b = await bal(f.other);
    expect(Number(b!.delivered_uninvoiced)).toBe(30000);
    expect(Number(b!.receivable)).toBe(70000);
    const ord = await app().call('orders.get', { id: o.id }, f.mgr.token);
    expect(ord.per_billed).toBe(7000);
    expect(ord.lines[0]!.invoiced_qty).toBe(7000);
    await expectError(invoice(app(), f, f.other, [[s2.lines[0]!.id, 4]]), 'VALIDATION'); // only 3 left
    // the rest: the order is now delivered and billed in full and closes itself
    const inv2 = await invoice(app(), f, f.other, [[s2.lines[0]!.id, 3]]);
    expect(inv2.total).toBe(30000);
    const after = await app().call('invoices.toInvoice', {}, f.fin.token);
    expect(after.rows.some((r) => r.id === f.other)).toBe(false);
    const closed = await app().call('orders.get', { id: o.id }, f.mgr.token);
    expect(closed.status).toBe('closed');
    expect(closed.trail.map((t) => t.kind)).toEqual(['order', 'shipment', 'shipment', 'invoice', 'invoice']);
    await consistent();
  });

  it('month-end terms (月结): due at the end of the invoice month plus the credit days', async () => {
    const c = await app().call('customers.get', { id: f.acct }, f.fin.token);
    await app().call(
      'customers.setCredit',
      {
        id: f.acct,
        version: c.version,
        credit_limit: c.credit_limit,
        credit_days: 30,
        term_basis: 'month_end',
        bad_record: false,
      },
      f.fin.token,
    );
    const o = await approvedOrder(app(), f, f.acct, [[f.p2, 2, 3550]]);
    const s = await ship(app(), f, f.acct, [[o.lines[0]!.id, 2]]);
    const inv = await invoice(app(), f, f.acct, [[s.lines[0]!.id, 2]], '2026-11-20');
    expect(inv.due_date).toBe('2026-12-30');
    const cash = await approvedOrder(app(), f, f.cash, [[f.p2, 1, 3550]]);
    const upd = await app().call(
      'shipments.create',
      {
        customer_id: f.cash,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        collect_on_delivery: true,
        lines: [{ order_line_id: cash.lines[0]!.id, qty: 1000 }],
      },
      f.wh.token,
    );
    const cs = await app().call('shipments.approve', { id: upd.id, version: upd.version }, f.wh.token);
    const ci = await invoice(app(), f, f.cash, [[cs.lines[0]!.id, 1]], '2026-11-20');
    expect(ci.due_date).toBe('2026-11-20'); // cash: due at once
  });

  it('a receipt paid across two invoices; the rest stays an advance used by the next invoice', async () => {
    const invs = (
      await app().call('invoices.list', { customer_id: f.other, view: 'open' }, f.fin.token)
    ).rows.sort((a, b) => a.id - b.id);
    expect(invs.map((i) => i.open_amount)).toEqual([70000, 30000]);
    // oldest due first (same due date: oldest invoice first)
    const suggest = await app().call(
      'receipts.suggest',
      { customer_id: f.other, amount: 85000 },
      f.fin.token,
    );
    expect(suggest).toEqual([
      { invoice_id: invs[0]!.id, amount: 70000 },
      { invoice_id: invs[1]!.id, amount: 15000 },
    ]);
    const r = await receive(app(), f, f.other, 120000, [
      { invoice_id: invs[0]!.id, amount: 70000 },
      { invoice_id: invs[1]!.id, amount: 30000 },
    ]);
    expect(r.number).toBe('RC2026-000001');
    expect(r.applied_total).toBe(100000);
    expect(r.unapplied).toBe(20000);
    const b = await bal(f.other);
    expect(Number(b!.receivable)).toBe(0);
    expect(Number(b!.advances)).toBe(20000);
    // next invoice: the advance is applied on issue
    const o = await approvedOrder(app(), f, f.other, [[f.p2, 10, 3550]]);
    const s = await ship(app(), f, f.other, [[o.lines[0]!.id, 10]]);
    const inv = await invoice(app(), f, f.other, [[s.lines[0]!.id, 10]]);
    expect(inv.total).toBe(35500);
    expect(inv.open_amount).toBe(15500);
    expect(inv.allocations.map((a) => [a.source_number, a.amount])).toEqual([['RC2026-000001', 20000]]);
    expect(Number((await bal(f.other))!.advances)).toBe(0);
    // allocating more than is open is refused and changes nothing
    await expectError(receive(app(), f, f.other, 100, [{ invoice_id: inv.id, amount: 20000 }]), 'VALIDATION');
    await consistent();
  });

  it('a bounced bill is reversed: the invoices it paid are open again', async () => {
    const o = await approvedOrder(app(), f, f.other, [[f.p1, 3, 10000]]);
    const s = await ship(app(), f, f.other, [[o.lines[0]!.id, 3]]);
    const inv = await invoice(app(), f, f.other, [[s.lines[0]!.id, 3]]);
    const r = await app().call(
      'receipts.create',
      {
        customer_id: f.other,
        receipt_date: '2026-11-22',
        method: 'acceptance_bill',
        amount: 30000,
        bill_no: 'CD2026112200001',
        bill_maturity: '2027-05-22',
        allocations: [{ invoice_id: inv.id, amount: 30000 }],
      },
      f.fin.token,
    );
    await expectError(
      app().call(
        'receipts.create',
        { customer_id: f.other, receipt_date: '2026-11-22', method: 'acceptance_bill', amount: 1 },
        f.fin.token,
      ),
      'VALIDATION',
    );
    expect((await app().call('invoices.get', { id: inv.id }, f.fin.token)).open_amount).toBe(0);
    const rev = await app().call(
      'receipts.reverse',
      { id: r.id, version: r.version, reason: '承兑汇票退票', reversal_date: '2026-11-25' },
      f.fin.token,
    );
    expect(rev.status).toBe('reversed');
    expect(rev.allocations.map((a) => a.amount)).toEqual([30000, -30000]);
    expect((await app().call('invoices.get', { id: inv.id }, f.fin.token)).open_amount).toBe(30000);
    await expectError(
      app().call(
        'receipts.reverse',
        { id: r.id, version: rev.version, reason: 'x', reversal_date: '2026-11-25' },
        f.fin.token,
      ),
      'BUSINESS_RULE',
    );
    await consistent();
  });

  it('matching screen: manual match, unmatch by reversal with a reason, auto-match with preview', async () => {
    const items = await app().call('matching.items', { customer_id: f.other }, f.fin.token);
    expect(items.invoices.length).toBeGreaterThan(0);
    const adv = await receive(app(), f, f.other, 10000);
    const target = items.invoices[0]!;
    const m = await app().call(
      'matching.apply',
      {
        customer_id: f.other,
        lines: [{ source_type: 'receipt', source_id: adv.id, invoice_id: target.id, amount: 10000 }],
      },
      f.fin.token,
    );
    expect(m).toEqual({ applied: 1, amount: 10000 });
    const hist = await app().call('matching.history', { receipt_id: adv.id }, f.fin.token);
    await expectError(
      app().call('matching.unapply', { allocation_id: hist[0]!.id, reason: 'x' }, f.sp.token),
      'FORBIDDEN',
    );
    await app().call(
      'matching.unapply',
      { allocation_id: hist[0]!.id, reason: '客户说明这笔是预付下批货款' },
      f.fin.token,
    );
    await expectError(
      app().call('matching.unapply', { allocation_id: hist[0]!.id, reason: '再来一次' }, f.fin.token),
      'BUSINESS_RULE',
    );
    const after = await app().call('matching.history', { receipt_id: adv.id }, f.fin.token);
    expect(after.map((a) => [a.amount, a.reversed, a.reason])).toEqual([
      [10000, true, null],
      [-10000, false, '客户说明这笔是预付下批货款'],
    ]);
    // bulk auto-match: preview, then commit exactly that
    const pre = await app().call('matching.autoPreview', {}, f.fin.token);
    expect(pre.matches).toBeGreaterThan(0);
    expect(pre.amount).toBeLessThanOrEqual(10000);
    await receive(app(), f, f.other, 1); // the data changes after the preview …
    await expectError(
      app().call('matching.autoCommit', { fingerprint: pre.fingerprint }, f.fin.token),
      'CONFLICT',
    );
    const pre2 = await app().call('matching.autoPreview', {}, f.fin.token);
    const done = await app().call('matching.autoCommit', { fingerprint: pre2.fingerprint }, f.fin.token);
    expect(done).toEqual({ matches: pre2.matches, amount: pre2.amount });
    expect((await app().call('matching.autoPreview', {}, f.fin.token)).matches).toBe(0);
    await consistent();
  });

  it('returns: before invoicing they come off delivered-not-invoiced; after, a credit note pays the invoice back', async () => {
    const o = await approvedOrder(app(), f, f.other, [[f.p1, 10, 10000]]);
    const s = await ship(app(), f, f.other, [[o.lines[0]!.id, 10]]);
    const sl = s.lines[0]!.id;
    const stock0 = await app().core.database.read((db) =>
      db.get<{ on_hand: number }>('SELECT on_hand FROM stock WHERE product_id = ? AND warehouse_id = ?', [
        f.p1,
        f.warehouse,
      ]),
    );
    const b0 = await bal(f.other);
    // 2 come back before any invoice
    const r1 = await app().call(
      'returns.create',
      {
        shipment_id: s.id,
        return_date: '2026-11-21',
        reason: '包装破损',
        lines: [{ shipment_line_id: sl, qty: 2000 }],
      },
      f.sp2.token,
    );
    await expectError(
      app().call('returns.approve', { id: r1.id, version: r1.version }, f.sp2.token),
      'FORBIDDEN',
    );
    const a1 = await app().call('returns.approve', { id: r1.id, version: r1.version }, f.fin.token);
    expect(a1.number).toMatch(/^RT2026-/);
    expect(a1.credit_note_id).toBeNull();
    expect(a1.lines[0]!.uninvoiced_total).toBe(20000);
    expect(Number((await bal(f.other))!.delivered_uninvoiced)).toBe(Number(b0!.delivered_uninvoiced) - 20000);
    const stock1 = await app().core.database.read((db) =>
      db.get<{ on_hand: number }>('SELECT on_hand FROM stock WHERE product_id = ? AND warehouse_id = ?', [
        f.p1,
        f.warehouse,
      ]),
    );
    expect(Number(stock1!.on_hand)).toBe(Number(stock0!.on_hand) + 2000);
    // only 8 remain to invoice
    const left = (await app().call('invoices.uninvoiced', { customer_id: f.other }, f.fin.token)).find(
      (l) => l.shipment_line_id === sl,
    )!;
    expect([left.remaining_qty, left.remaining_total]).toEqual([8000, 80000]);
    const inv = await invoice(app(), f, f.other, [[sl, 8]]);
    // 3 more come back after invoicing: credit note applied to that invoice
    const r2 = await app().call(
      'returns.create',
      {
        shipment_id: s.id,
        return_date: '2026-11-23',
        reason: '型号不符',
        lines: [{ shipment_line_id: sl, qty: 3000 }],
      },
      f.sp2.token,
    );
    const a2 = await app().call('returns.approve', { id: r2.id, version: r2.version }, f.fin.token);
    expect(a2.credit_note_number).toMatch(/^CN2026-/);
    expect(a2.lines[0]!.credited_total).toBe(30000);
    const after = await app().call('invoices.get', { id: inv.id }, f.fin.token);
    expect(after.open_amount).toBe(inv.open_amount - 30000);
    await expectError(
      app().call(
        'returns.create',
        {
          shipment_id: s.id,
          return_date: '2026-11-23',
          reason: 'x',
          lines: [{ shipment_line_id: sl, qty: 5001 }],
        },
        f.sp2.token,
      ),
      'VALIDATION',
    );
    await consistent();
  });

  it('price corrections and write-offs are credit notes with a reason and an approval', async () => {
    const inv = (await app().call('invoices.list', { customer_id: f.other, view: 'open' }, f.fin.token))
      .rows[0]!;
    const cn = await app().call(
      'creditNotes.create',
      {
        customer_id: f.other,
        credit_kind: 'price',
        invoice_date: '2026-11-24',
        target_invoice_id: inv.id,
        total: 1000,
        reason: '价格调整：按合同价',
      },
      f.sp2.token,
    );
    expect(cn.status).toBe('draft');
    expect(cn.amount + cn.tax).toBe(1000);
    await expectError(
      app().call('creditNotes.approve', { id: cn.id, version: cn.version }, f.sp2.token),
      'FORBIDDEN',
    );
    const ok = await app().call('creditNotes.approve', { id: cn.id, version: cn.version }, f.mgr.token);
    expect(ok.number).toMatch(/^CN2026-/);
    expect(ok.allocations[0]?.amount).toBe(1000);
    expect((await app().call('invoices.get', { id: inv.id }, f.fin.token)).open_amount).toBe(
      inv.open_amount - 1000,
    );
    await consistent();
  });

  it('the official VAT number is recorded on an issued invoice; invoice application workflow', async () => {
    const inv = (await app().call('invoices.list', { customer_id: f.other, kind: 'invoice' }, f.fin.token))
      .rows[0]!;
    const v = await app().call(
      'invoices.setVat',
      { id: inv.id, vat_invoice_no: '44031234 00123456', vat_invoice_date: '2026-11-25' },
      f.fin.token,
    );
    expect(v.vat_invoice_no).toBe('44031234 00123456');
    await app().call(
      'finance.setSettings',
      {
        invoice_workflow: true,
        bad_debt_months: 6,
        ageing_buckets: [30, 60, 90, 180, 365],
        auto_apply_advances: true,
      },
      app().adminToken,
    );
    const o = await approvedOrder(app(), f, f.other, [[f.p2, 1, 3550]]);
    const s = await ship(app(), f, f.other, [[o.lines[0]!.id, 1]]);
    const d = await app().call(
      'invoices.create',
      {
        customer_id: f.other,
        invoice_date: '2026-11-25',
        lines: [{ shipment_line_id: s.lines[0]!.id, qty: 1000 }],
      },
      f.sp2.token,
    );
    await expectError(
      app().call('invoices.issue', { id: d.id, version: d.version }, f.fin.token),
      'BUSINESS_RULE',
    ); // must be applied for and checked first
    const sub = await app().call('invoices.submit', { id: d.id, version: d.version }, f.sp2.token);
    await expectError(
      app().call('invoices.check', { id: d.id, version: sub.version }, f.sp2.token),
      'FORBIDDEN',
    );
    const chk = await app().call('invoices.check', { id: d.id, version: sub.version }, f.mgr.token);
    await expectError(
      app().call('invoices.issue', { id: d.id, version: chk.version }, f.sp2.token),
      'FORBIDDEN',
    );
    const issued = await app().call('invoices.issue', { id: d.id, version: chk.version }, f.fin.token);
    expect(issued.status).toBe('approved');
    expect(issued.checked_by?.name).toBe('李经理');
    await app().call(
      'finance.setSettings',
      {
        invoice_workflow: false,
        bad_debt_months: 6,
        ageing_buckets: [30, 60, 90, 180, 365],
        auto_apply_advances: true,
      },
      app().adminToken,
    );
  });

  it('statements: opening, entries with running balance, closing equals the ageing total; batch, sent, confirmed', async () => {
    const st = await app().call(
      'statements.preview',
      { customer_id: f.other, from: '2026-11-01', to: '2026-11-30' },
      f.fin.token,
    );
    expect(st.opening).toBe(0);
    expect(st.entries.length).toBeGreaterThan(5);
    let run = st.opening;
    for (const e of st.entries) {
      run += e.debit - e.credit;
      expect(e.balance).toBe(run);
    }
    expect(st.closing).toBe(run);
    expect(st.closing).toBe(st.open_total);
    expect(st.entries.some((e) => e.doc_type === '收款冲销')).toBe(true);
    // as of a date inside the period, the statement up to that date agrees with the ageing of that date
    for (const d of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-24', '2026-11-30']) {
      const s = await app().call(
        'statements.preview',
        { customer_id: f.other, from: '2026-11-01', to: d },
        f.fin.token,
      );
      const ag = await app().call(
        'reports.ageing',
        { as_of: d, group_by: 'customer', q: '瑞丰' },
        f.fin.token,
      );
      const row = ag.rows.find((r) => r.key === f.other);
      expect(s.closing, d).toBe(s.open_total);
      expect(s.closing, d).toBe(row ? row.total : 0);
    }
    const gen = await app().call(
      'statements.generate',
      { from: '2026-11-01', to: '2026-11-30', limit: 2 },
      f.fin.token,
    );
    expect(gen.total_customers).toBeGreaterThanOrEqual(3);
    expect(gen.generated).toHaveLength(2);
    expect(gen.next_offset).toBe(2);
    const rest = await app().call(
      'statements.generate',
      { from: '2026-11-01', to: '2026-11-30', offset: 2, limit: 100 },
      f.fin.token,
    );
    expect(rest.next_offset).toBeNull();
    const mine = rest.generated.concat(gen.generated).find((g) => g.customer_id === f.other)!;
    expect(mine.closing).toBe(st.closing);
    // Generating the period again refreshes the unsent statement instead of adding a second one.
    const again = await app().call(
      'statements.generate',
      { from: '2026-11-01', to: '2026-11-30', customer_ids: [f.other] },
      f.fin.token,
    );
    expect(again.generated).toEqual([{ id: mine.id, customer_id: f.other, closing: st.closing }]);
    await app().call('statements.markSent', { id: mine.id, via: '邮件' }, f.fin.token);
    // Once sent it is a record of what the customer saw: a later run makes a new one beside it.
    const after = await app().call(
      'statements.generate',
      { from: '2026-11-01', to: '2026-11-30', customer_ids: [f.other] },
      f.fin.token,
    );
    expect(after.generated[0]!.id).not.toBe(mine.id);
    const listed = await app().call('statements.list', { customer_id: f.other }, f.fin.token);
    expect(
      listed.rows
        .filter((r) => r.period_from === '2026-11-01')
        .map((r) => r.status)
        .sort(),
    ).toEqual(['generated', 'sent']);
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    const conf = await app().call(
      'statements.confirm',
      {
        id: mine.id,
        agreed: true,
        confirmed_on: '2026-12-03',
        confirmed_by_name: '刘会计',
        scan: { name: '回执.png', type: 'image/png', data_base64: png },
      },
      f.fin.token,
    );
    expect(conf).toMatchObject({
      status: 'confirmed',
      confirmed_by_name: '刘会计',
      confirmed_amount: st.closing,
      has_scan: true,
      sent_via: '邮件',
    });
    expect((await app().call('statements.scan', { id: mine.id }, f.fin.token)).data_base64).toBe(png);
    await expectError(
      app().call(
        'statements.confirm',
        {
          id: mine.id,
          agreed: true,
          confirmed_on: '2026-12-03',
          confirmed_by_name: 'x',
          scan: { name: 'a.exe', type: 'application/x-msdownload', data_base64: 'AA==' },
        },
        f.fin.token,
      ),
      'VALIDATION',
    );
  });

  it('ageing by due date and invoice date, grouped three ways, drilled into; overdue list; the overdue credit rule', async () => {
    app().clock.advance(45 * 86_400_000); // 45 days later
    const today = '2027-01-04';
    const byCustomer = await app().call(
      'reports.ageing',
      { as_of: today, group_by: 'customer' },
      f.fin.token,
    );
    const bySales = await app().call(
      'reports.ageing',
      { as_of: today, group_by: 'salesperson' },
      f.fin.token,
    );
    const byRegion = await app().call('reports.ageing', { as_of: today, group_by: 'region' }, f.fin.token);
    expect(byCustomer.labels).toEqual([
      '未到期',
      '1-30天',
      '31-60天',
      '61-90天',
      '91-180天',
      '181-365天',
      '365天以上',
    ]);
    expect(bySales.total.total).toBe(byCustomer.total.total);
    expect(byRegion.total.total).toBe(byCustomer.total.total);
    const row = byCustomer.rows.find((r) => r.key === f.other)!;
    expect(row.current + row.buckets.reduce((a, b) => a + b, 0) - row.unapplied).toBe(row.total);
    expect(row.buckets.every((b) => b === 0)).toBe(true); // due 2027-01-19: nothing overdue yet
    // drill into a customer's overdue bucket: acct was due 2026-12-30 → 1–30 days
    const acctAge = byCustomer.rows.find((r) => r.key === f.acct)!;
    expect(acctAge.buckets[0]).toBeGreaterThan(0);
    const items = await app().call(
      'reports.ageingItems',
      { as_of: today, group_by: 'customer', key: f.acct, bucket: 0 },
      f.fin.token,
    );
    expect(items.rows.reduce((s, r) => s + r.open, 0)).toBe(acctAge.buckets[0]);
    expect(items.rows.every((r) => r.days === 5)).toBe(true);
    const byInvoiceDate = await app().call(
      'reports.ageing',
      { as_of: today, basis: 'invoice', group_by: 'customer' },
      f.fin.token,
    );
    expect(byInvoiceDate.total.total).toBe(byCustomer.total.total);
    // overdue list: the acct invoice was due 2026-12-30
    const over = await app().call(
      'reports.overdue',
      { sort: [{ field: 'days_overdue', dir: 'desc' }] },
      f.fin.token,
    );
    const acctRow = over.rows.find((r) => r.customer_id === f.acct)!;
    expect(acctRow.days_overdue).toBe(5);
    expect(acctRow.salesperson_name).toBe('张三');
    expect(over.rows.some((r) => r.customer_id === f.other)).toBe(false);
    const cashRow = over.rows.find((r) => r.customer_id === f.cash)!;
    expect(cashRow.days_overdue).toBe(45);
    expect(over.rows[0]!.days_overdue).toBeGreaterThanOrEqual(over.rows[over.rows.length - 1]!.days_overdue);
    const home = await app().call('finance.home', {}, f.fin.token);
    expect(home.overdue_count).toBeGreaterThan(0);
  });

  it('the ageing report and a statement go to Excel as on screen, under the report permissions', async () => {
    const today = '2027-01-04';
    const screen = await app().call('reports.ageing', { as_of: today, limit: 1000 }, f.fin.token);
    const file = await app().call('exports.ageing', { as_of: today, group_by: 'customer' }, f.fin.token);
    const book = XLSX.read(Buffer.from(file.xlsx_base64, 'base64'));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['账龄分析']!, { header: 1 });
    expect(rows[0]).toEqual(['客户', '未到期', ...screen.labels, '预收未核销', '合计']);
    expect(rows).toHaveLength(screen.rows.length + 2); // header, rows, totals
    const yuan = (fen: number) => fen / 100;
    for (const r of screen.rows) {
      const line = rows.find((x) => x[0] === r.name)!;
      expect(line.at(-1)).toBe(yuan(r.total));
      expect(line[1]).toBe(yuan(r.current));
    }
    expect(rows.at(-1)![0]).toBe('合计');
    expect(rows.at(-1)!.at(-1)).toBe(yuan(screen.total.total));
    // The warehouse may export lists but may not read the finance reports, so not export them either.
    await expectError(app().call('exports.ageing', { as_of: today }, f.wh.token), 'FORBIDDEN');
    await expectError(
      app().call('exports.statement', { customer_id: f.other, from: '2026-11-01', to: today }, f.wh.token),
      'FORBIDDEN',
    );

    const st = await app().call(
      'statements.preview',
      { customer_id: f.other, from: '2026-11-01', to: today },
      f.fin.token,
    );
    const sf = await app().call(
      'exports.statement',
      { customer_id: f.other, from: '2026-11-01', to: today },
      f.fin.token,
    );
    const sb = XLSX.read(Buffer.from(sf.xlsx_base64, 'base64'));
    const lines = XLSX.utils.sheet_to_json<unknown[]>(sb.Sheets['对账单']!, { header: 1 });
    expect(lines).toHaveLength(st.entries.length + 3); // header, opening, entries, closing
    expect(lines[1]!.at(-1)).toBe(yuan(st.opening));
    expect(lines.at(-1)!.at(-1)).toBe(yuan(st.closing));
    expect(lines.slice(2, -1).map((l) => l[2])).toEqual(st.entries.map((e) => e.doc_number));
    const ageing = XLSX.utils.sheet_to_json<unknown[]>(sb.Sheets['账龄']!, { header: 1 });
    expect(ageing.slice(1).map((a) => a[1])).toEqual(st.ageing.map((a) => yuan(a.amount)));
  });

  it('DSO, the 3-month collection forecast, bad debts after 6 months', async () => {
    const dso = await app().call('reports.dso', { as_of: '2027-01-04', days: 90 }, f.fin.token);
    const other = dso.rows.find((r) => r.customer_id === f.other)!;
    expect(other.sales).toBeGreaterThan(0);
    expect(other.dso).toBeCloseTo((other.receivable / other.sales) * 90, 1);
    const fc = await app().call('reports.forecast', { from: '2026-12-01' }, f.fin.token);
    expect(fc.labels).toEqual([
      '12月上旬',
      '12月中旬',
      '12月下旬',
      '01月上旬',
      '01月中旬',
      '01月下旬',
      '02月上旬',
      '02月中旬',
      '02月下旬',
    ]);
    const acct = fc.rows.find((r) => r.customer_id === f.acct)!;
    expect(acct.buckets[2]).toBeGreaterThan(0); // due 2026-12-30: December, 21st–end
    expect(fc.totals.total).toBe(fc.rows.reduce((s, r) => s + r.total, 0));
    const none = await app().call('reports.badDebts', {}, f.fin.token);
    expect(none.rows).toEqual([]);
    app().clock.advance(150 * 86_400_000); // now about 6.5 months after the November deliveries
    const bad = await app().call('reports.badDebts', {}, f.fin.token);
    expect(bad.rows.length).toBeGreaterThan(0);
    expect(bad.rows.every((r) => r.months >= 6)).toBe(true);
    // acct is now 155 days overdue (> 30): a new order goes on hold, naming the overdue invoices
    const o = await app().call(
      'orders.create',
      {
        customer_id: f.acct,
        order_date: '2027-06-03',
        warehouse_id: f.warehouse,
        lines: [{ product_id: f.p2, qty: 1000, unit_price: 3550 }],
      },
      f.sp.token,
    );
    const h = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp.token);
    expect(h.order.status).toBe('hold');
    expect(h.credit?.reasons.map((r) => r.code)).toContain('overdue');
    expect(h.order.credit_reason).toContain('逾期');
    await consistent();
  });
});
