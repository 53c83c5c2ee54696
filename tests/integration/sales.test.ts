import { beforeAll, expect, it } from 'vitest';
import { checkConsistency } from '../../electron/core/services/sales/recompute';
import { dbChecksum, describeEachDb, expectError } from '../helpers/harness';
import { draftOrder, salesFixture, type SalesFixture } from '../helpers/sales-fixture';

describeEachDb('order-to-cash: quotations, orders, credit, shipping', (app) => {
  let f: SalesFixture;
  const consistent = async () => {
    const m = await app().core.database.read((db) => checkConsistency(db));
    expect(m).toEqual([]);
  };
  const balance = async (customerId: number) =>
    app().core.database.read((db) =>
      db.get<Record<string, number>>('SELECT * FROM customer_balances WHERE customer_id = ?', [customerId]),
    );
  const stock = async (productId: number, warehouseId = f.warehouse) =>
    app().core.database.read((db) =>
      db.get<{ on_hand: number; reserved: number }>(
        'SELECT on_hand, reserved FROM stock WHERE product_id = ? AND warehouse_id = ?',
        [productId, warehouseId],
      ),
    );

  beforeAll(async () => {
    f = await salesFixture(app());
  });

  /* ------------------------------------------------------------ quotations */

  it('a quotation below the floor price waits for the manager; approval numbers it', async () => {
    const q = await app().call(
      'quotations.create',
      {
        customer_id: f.acct,
        quote_date: '2026-11-20',
        valid_until: '2026-12-20',
        terms: '含税含运费，款到发货',
        lines: [
          { product_id: f.p1, qty: 5000, unit_price: 7500 }, // ¥75 < floor ¥80
          { product_id: f.p2, qty: 10000, unit_price: 3550, discount_bp: 500 },
        ],
      },
      f.sp.token,
    );
    expect(q.status).toBe('draft');
    expect(q.number).toBeNull();
    expect(q.needs_approval).toBe(true);
    expect(q.total).toBe(37500 + 33725); // 5 × 75.00 + (10 × 35.50 − 5 %)
    expect(q.lines[0]!.name).toBe('交流接触器');
    const sub = await app().call('quotations.submit', { id: q.id, version: q.version }, f.sp.token);
    expect(sub.status).toBe('submitted');
    expect(sub.approval_reason).toContain('低于最低限价');
    await expectError(
      app().call('quotations.approve', { id: q.id, version: sub.version }, f.sp.token),
      'FORBIDDEN',
    );
    await expectError(
      app().call(
        'quotations.update',
        {
          id: q.id,
          version: sub.version,
          customer_id: f.acct,
          quote_date: '2026-11-20',
          lines: [{ product_id: f.p1, qty: 1000, unit_price: 1 }],
        },
        f.sp.token,
      ),
      'BUSINESS_RULE',
    );
    const ok = await app().call('quotations.approve', { id: q.id, version: sub.version }, f.mgr.token);
    expect(ok.status).toBe('approved');
    expect(ok.number).toBe('QT2026-000001');
    expect(ok.approved_by?.name).toBe('李经理');
  });

  it('converts a quotation into orders in parts, tracking what remains', async () => {
    const list = await app().call('quotations.list', { status: ['approved'] }, f.sp.token);
    const q = await app().call('quotations.get', { id: list.rows[0]!.id }, f.sp.token);
    const [l1, l2] = q.lines;
    const o1 = await app().call(
      'quotations.toOrder',
      {
        id: q.id,
        warehouse_id: f.warehouse,
        order_date: '2026-11-20',
        lines: [{ quotation_line_id: l1!.id, qty: 3000 }],
      },
      f.sp.token,
    );
    expect(o1.status).toBe('draft');
    expect(o1.quotation_id).toBe(q.id);
    expect(o1.lines[0]).toMatchObject({ qty: 3000, unit_price: 7500, quotation_line_id: l1!.id });
    let after = await app().call('quotations.get', { id: q.id }, f.sp.token);
    expect(after.conversion).toBe('partial');
    expect(after.lines[0]!.converted_qty).toBe(3000);
    const too = await expectError(
      app().call(
        'quotations.toOrder',
        {
          id: q.id,
          warehouse_id: f.warehouse,
          order_date: '2026-11-20',
          lines: [{ quotation_line_id: l1!.id, qty: 3000 }],
        },
        f.sp.token,
      ),
      'VALIDATION',
    );
    expect(too.fields?.[0]?.path).toEqual(['lines', 0, 'qty']);
    expect(too.message_zh).toContain('剩余 2');
    await app().call(
      'quotations.toOrder',
      {
        id: q.id,
        warehouse_id: f.warehouse,
        order_date: '2026-11-20',
        lines: [
          { quotation_line_id: l1!.id, qty: 2000 },
          { quotation_line_id: l2!.id, qty: 10000 },
        ],
      },
      f.sp.token,
    );
    after = await app().call('quotations.get', { id: q.id }, f.sp.token);
    expect(after.status).toBe('closed');
    expect(after.conversion).toBe('full');
    expect(after.orders).toHaveLength(2);
    // deleting a converted draft gives the quantity back and reopens the quotation
    await app().call('orders.delete', { id: o1.id, version: o1.version }, f.sp.token);
    after = await app().call('quotations.get', { id: q.id }, f.sp.token);
    expect(after.status).toBe('approved');
    expect(after.lines[0]!.converted_qty).toBe(2000);
  });

  /* ------------------------------------------------------------ orders and credit */

  it('an order within the limit is approved on submit: numbered, stock reserved, open orders raised', async () => {
    const before = await stock(f.p1);
    const o = await draftOrder(app(), f, f.acct, [[f.p1, 20, 10000]]);
    expect(o.total).toBe(200000);
    expect(o.amount).toBe(176991);
    expect(o.tax).toBe(23009);
    expect(o.salesperson_name).toBe('张三'); // defaults to the customer's owner
    const r = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp.token);
    expect(r.credit?.outcome).toBe('pass');
    expect(r.order.status).toBe('approved');
    expect(r.order.number).toBe('SO2026-000001');
    expect(r.order.lines[0]!.reserved_qty).toBe(20000);
    expect((await stock(f.p1))!.reserved).toBe(Number(before!.reserved) + 20000);
    expect(Number((await balance(f.acct))!.open_orders)).toBe(200000);
    // 一客一价: the price is remembered for this customer
    const prices = await app().call(
      'orders.prices',
      { customer_id: f.acct, product_ids: [f.p1, f.p2] },
      f.sp.token,
    );
    expect(prices.find((p) => p.product_id === f.p1)).toMatchObject({ last_price: 10000, list_price: 10000 });
    expect(prices.find((p) => p.product_id === f.p2)!.last_price).toBeNull();
    // approved orders are immutable
    await expectError(
      app().call(
        'orders.update',
        {
          id: o.id,
          version: r.order.version,
          customer_id: f.acct,
          order_date: '2026-11-20',
          warehouse_id: f.warehouse,
          lines: [{ product_id: f.p1, qty: 1000, unit_price: 1 }],
        },
        f.sp.token,
      ),
      'BUSINESS_RULE',
    );
    await consistent();
  });

  it('warns from 80 % of the limit, holds above 100 %, with the exposure breakdown', async () => {
    const preview = await app().call('credit.preview', { customer_id: f.acct, amount: 600000 }, f.sp.token);
    expect(preview.breakdown).toMatchObject({
      credit_limit: 1_000_000,
      open_orders: 200000,
      this_document: 600000,
      exposure: 800000,
      available: 200000,
      usage_bp: 8000,
    });
    expect(preview.outcome).toBe('warn');
    const warn = await draftOrder(app(), f, f.acct, [[f.p1, 60, 10000]]);
    const w = await app().call('orders.submit', { id: warn.id, version: warn.version }, f.sp.token);
    expect(w.order.status).toBe('approved');
    expect(w.order.credit_status).toBe('warn');
    expect(w.order.number).toBe('SO2026-000002');

    const held = await draftOrder(app(), f, f.acct, [[f.p1, 30, 10000]]);
    const h = await app().call('orders.submit', { id: held.id, version: held.version }, f.sp.token);
    expect(h.order.status).toBe('hold');
    expect(h.order.number).toBeNull(); // no number while held
    expect(h.credit?.outcome).toBe('hold');
    expect(h.order.credit_reason).toContain('超出信用额度');
    expect(h.order.credit_snapshot?.breakdown).toMatchObject({
      exposure: 1_100_000,
      effective_limit: 1_000_000,
      usage_bp: 11000,
    });
    expect(h.order.lines[0]!.reserved_qty).toBe(0);
    expect(Number((await balance(f.acct))!.open_orders)).toBe(800000);
    // the finance queue shows it
    const queue = await app().call('orders.list', { view: 'held' }, f.fin.token);
    expect(queue.rows.map((r) => r.id)).toContain(held.id);
    await consistent();
  });

  it('finance releases a held order with a temporary limit; the next number follows without a gap', async () => {
    const held = (await app().call('orders.list', { view: 'held' }, f.fin.token)).rows[0]!;
    await expectError(
      app().call('orders.release', { id: held.id, version: held.version, reason: 'x' }, f.sp.token),
      'FORBIDDEN',
    );
    const r = await app().call(
      'orders.release',
      {
        id: held.id,
        version: held.version,
        reason: '客户承诺月底回款',
        temp_limit: { extra: 200000, until: '2026-12-31' },
      },
      f.fin.token,
    );
    expect(r.order.status).toBe('approved');
    expect(r.order.credit_status).toBe('released');
    expect(r.order.number).toBe('SO2026-000003');
    expect(r.order.released_by?.name).toBe('赵会计');
    expect(r.order.release_reason).toBe('客户承诺月底回款');
    const after = await app().call('credit.preview', { customer_id: f.acct, amount: 0 }, f.sp.token);
    expect(after.breakdown).toMatchObject({
      temp_limit: 200000,
      effective_limit: 1_200_000,
      exposure: 1_100_000,
    });
    const audit = await app().core.database.read((db) =>
      db.get<{ summary: string; user_name: string }>(
        "SELECT summary, user_name FROM audit_log WHERE method = 'orders.release' ORDER BY id DESC",
      ),
    );
    expect(audit?.summary).toContain('临时额度');
    expect(audit?.user_name).toBe('赵会计');
    await consistent();
  });

  it('finance can reject a held order instead', async () => {
    const o = await draftOrder(app(), f, f.acct, [[f.p1, 50, 10000]]);
    const h = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp.token);
    expect(h.order.status).toBe('hold');
    const r = await app().call(
      'orders.creditReject',
      { id: o.id, version: h.order.version, reason: '逾期未还，暂停供货' },
      f.fin.token,
    );
    expect(r.order.status).toBe('rejected');
    await expectError(
      app().call('orders.release', { id: o.id, version: r.order.version, reason: 'x' }, f.fin.token),
      'BUSINESS_RULE',
    );
  });

  it('a discount above the limit needs the manager before the credit check', async () => {
    const o = await draftOrder(app(), f, f.other, [[f.p2, 10, 3550, 2000]], { token: f.sp2.token });
    const s = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp2.token);
    expect(s.order.status).toBe('submitted');
    expect(s.credit).toBeNull();
    const rej = await app().call(
      'orders.reject',
      { id: o.id, version: s.order.version, reason: '折扣太大' },
      f.mgr.token,
    );
    expect(rej.order.status).toBe('draft');
    expect(rej.order.reject_reason).toBe('折扣太大');
    const s2 = await app().call('orders.submit', { id: o.id, version: rej.order.version }, f.sp2.token);
    const a = await app().call('orders.approve', { id: o.id, version: s2.order.version }, f.mgr.token);
    expect(a.order.status).toBe('approved');
    expect(a.order.approved_by?.name).toBe('李经理');
  });

  it('bad-record customers only on prepayment; cash customers are controlled at shipment', async () => {
    const b = await draftOrder(app(), f, f.bad, [[f.p2, 2, 3550]]);
    const rb = await app().call('orders.submit', { id: b.id, version: b.version }, f.sp.token);
    expect(rb.order.status).toBe('hold');
    expect(rb.credit?.reasons[0]?.code).toBe('bad_record_prepay');
    const c = await draftOrder(app(), f, f.cash, [[f.p2, 4, 3550]]);
    const rc = await app().call('orders.submit', { id: c.id, version: c.version }, f.sp.token);
    expect(rc.order.status).toBe('approved');
    expect(rc.credit?.reasons.map((r) => r.code)).toEqual(['cash_customer']);
    // shipping a cash order without payment is refused …
    const line = rc.order.lines[0]!;
    const ship = await app().call(
      'shipments.create',
      {
        customer_id: f.cash,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        lines: [{ order_line_id: line.id, qty: 4000 }],
      },
      f.wh.token,
    );
    const e = await expectError(
      app().call('shipments.approve', { id: ship.id, version: ship.version }, f.wh.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('现款客户须先付款或货到收款');
    expect(
      (e.details as { credit: { breakdown: { customer_type: string } } }).credit.breakdown.customer_type,
    ).toBe('cash');
    // … unless the goods are paid on delivery
    const upd = await app().call(
      'shipments.update',
      {
        id: ship.id,
        version: ship.version,
        customer_id: f.cash,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        collect_on_delivery: true,
        lines: [{ order_line_id: line.id, qty: 4000 }],
      },
      f.wh.token,
    );
    const ok = await app().call('shipments.approve', { id: ship.id, version: upd.version }, f.wh.token);
    expect(ok.status).toBe('approved');
    await consistent();
  });

  /* ------------------------------------------------------------ shipping */

  it('ships an order in parts; the parts add up to the order exactly', async () => {
    const o = await draftOrder(app(), f, f.other, [[f.p2, 3, 33, 5000]], { token: f.sp2.token });
    expect(o.total).toBe(49); // 3 × 0.33 = 0.99, −50 % (0.495 → 0.50) = 0.49
    // a 50 % discount needs the manager: the manager submits it, which approves it at once
    const a = await app().call('orders.submit', { id: o.id, version: o.version }, f.mgr.token);
    expect(a.order.status).toBe('approved');
    const lineId = a.order.lines[0]!.id;
    const before = await balance(f.other);
    const totals: number[] = [];
    for (const n of [1, 1, 1]) {
      const s = await app().call(
        'shipments.create',
        {
          customer_id: f.other,
          warehouse_id: f.warehouse,
          ship_date: '2026-11-20',
          carrier: '德邦物流',
          lines: [{ order_line_id: lineId, qty: n * 1000 }],
        },
        f.wh.token,
      );
      const ap = await app().call('shipments.approve', { id: s.id, version: s.version }, f.wh.token);
      totals.push(ap.total);
    }
    expect(totals).toEqual([16, 16, 17]);
    const after = await app().call('orders.get', { id: o.id }, f.sp2.token);
    expect(after.per_delivered).toBe(10000);
    expect(after.delivered_total).toBe(49);
    expect(after.lines[0]!.reserved_qty).toBe(0);
    const b = await balance(f.other);
    expect(Number(b!.open_orders)).toBe(Number(before!.open_orders) - 49);
    expect(Number(b!.delivered_uninvoiced)).toBe(Number(before!.delivered_uninvoiced) + 49);
    expect(after.trail.filter((t) => t.kind === 'shipment')).toHaveLength(3);
    await consistent();
  });

  it('partial shipment: stock, reservations, delivered quantities and per_delivered move together', async () => {
    const o = await draftOrder(
      app(),
      f,
      f.other,
      [
        [f.p1, 5, 10000],
        [f.p3, 2, 128000],
      ],
      { token: f.sp2.token },
    );
    const a = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp2.token);
    const [l1, l2] = a.order.lines;
    const s1 = await stock(f.p1);
    const ship = await app().call(
      'shipments.create',
      {
        customer_id: f.other,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        carrier: '顺丰',
        waybill_no: 'SF1234567890',
        lines: [
          { order_line_id: l1!.id, qty: 2000 },
          { order_line_id: l2!.id, qty: 1000 },
        ],
      },
      f.wh.token,
    );
    expect(ship.number).toBeNull();
    expect(ship.delivery_address).toBeNull();
    const ap = await app().call('shipments.approve', { id: ship.id, version: ship.version }, f.wh.token);
    expect(ap.number).toMatch(/^SH2026-\d{6}$/);
    expect(ap.total).toBe(20000 + 128000);
    const s2 = await stock(f.p1);
    expect(Number(s2!.on_hand)).toBe(Number(s1!.on_hand) - 2000);
    expect(Number(s2!.reserved)).toBe(Number(s1!.reserved) - 2000);
    const after = await app().call('orders.get', { id: o.id }, f.sp2.token);
    expect(after.lines.map((l) => [l.delivered_qty, l.reserved_qty])).toEqual([
      [2000, 3000],
      [1000, 1000],
    ]);
    expect(after.per_delivered).toBe(4285); // 3 of 7 units
    expect(after.late).toBe(false);
    // more than remains is refused, naming the line
    const e = await expectError(
      app().call(
        'shipments.create',
        {
          customer_id: f.other,
          warehouse_id: f.warehouse,
          ship_date: '2026-11-20',
          lines: [{ order_line_id: l1!.id, qty: 3001 }],
        },
        f.wh.token,
      ),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['lines', 0, 'qty']);
    expect(e.message_zh).toContain('剩余 3');
    // the warehouse queue lists what is left, oldest requested date first
    const queue = await app().call('shipments.queue', { customer_id: f.other }, f.wh.token);
    expect(queue.rows.map((r) => [r.order_line_id, r.remaining_qty])).toEqual(
      expect.arrayContaining([
        [l1!.id, 3000],
        [l2!.id, 1000],
      ]),
    );
    await consistent();
  });

  it('never ships more than is on hand; a refused shipment changes nothing', async () => {
    const o = await draftOrder(app(), f, f.other, [[f.p3, 30, 128000]], { token: f.sp2.token });
    const a = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp2.token);
    expect(a.order.status).toBe('approved'); // orders may exceed stock (back order); shipping may not
    const s = await app().call(
      'shipments.create',
      {
        customer_id: f.other,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        lines: [{ order_line_id: a.order.lines[0]!.id, qty: 30000 }],
      },
      f.wh.token,
    );
    const before = await dbChecksum(app());
    const e = await expectError(
      app().call('shipments.approve', { id: s.id, version: s.version }, f.wh.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('库存不足');
    expect(e.message_zh).toContain('电力电缆');
    expect(await dbChecksum(app())).toBe(before);
    await app().call('shipments.delete', { id: s.id, version: s.version }, f.wh.token);
  });

  it('held, draft or closed orders cannot ship; shipments of one customer only; the order warehouse', async () => {
    const o = await draftOrder(app(), f, f.acct, [[f.p2, 1, 3550]]);
    const e1 = await expectError(
      app().call(
        'shipments.create',
        {
          customer_id: f.acct,
          warehouse_id: f.warehouse,
          ship_date: '2026-11-20',
          lines: [{ order_line_id: o.lines[0]!.id, qty: 1000 }],
        },
        f.wh.token,
      ),
      'VALIDATION',
    );
    expect(e1.message_zh).toContain('不能发货');
    const other = (await app().call('orders.list', { view: 'open', customer_id: f.other }, f.wh.token))
      .rows[0]!;
    const od = await app().call('orders.get', { id: other.id }, f.wh.token);
    const e2 = await expectError(
      app().call(
        'shipments.create',
        {
          customer_id: f.acct,
          warehouse_id: f.warehouse,
          ship_date: '2026-11-20',
          lines: [{ order_line_id: od.lines[0]!.id, qty: 1 }],
        },
        f.wh.token,
      ),
      'VALIDATION',
    );
    expect(e2.message_zh).toContain('同一客户');
    const e3 = await expectError(
      app().call(
        'shipments.create',
        {
          customer_id: f.other,
          warehouse_id: f.warehouse2,
          ship_date: '2026-11-20',
          lines: [{ order_line_id: od.lines[0]!.id, qty: 1 }],
        },
        f.wh.token,
      ),
      'VALIDATION',
    );
    expect(e3.fields?.[0]?.path).toEqual(['warehouse_id']);
  });

  it('the shipment stage checks credit again: a lowered limit blocks shipping until finance acts', async () => {
    const o = await draftOrder(app(), f, f.other, [[f.p1, 3, 10000]], { token: f.sp2.token });
    const a = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp2.token);
    expect(a.order.status).toBe('approved');
    const c = await app().call('customers.get', { id: f.other }, f.fin.token);
    await app().call(
      'customers.setCredit',
      {
        id: f.other,
        version: c.version,
        credit_limit: 1000,
        credit_days: 60,
        bad_record: false,
        reason: '风险上升',
      },
      f.fin.token,
    );
    const s = await app().call(
      'shipments.create',
      {
        customer_id: f.other,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        lines: [{ order_line_id: a.order.lines[0]!.id, qty: 1000 }],
      },
      f.wh.token,
    );
    const e = await expectError(
      app().call('shipments.approve', { id: s.id, version: s.version }, f.wh.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('超出信用额度');
    const c2 = await app().call('customers.get', { id: f.other }, f.fin.token);
    await app().call(
      'customers.setCredit',
      { id: f.other, version: c2.version, credit_limit: 50_000_000, credit_days: 60, bad_record: false },
      f.fin.token,
    );
    const ok = await app().call('shipments.approve', { id: s.id, version: s.version }, f.wh.token);
    expect(ok.status).toBe('approved');
    await consistent();
  });

  it('voiding a shipment reverses it; closing an order releases the rest', async () => {
    const o = await draftOrder(app(), f, f.other, [[f.p1, 4, 10000]], { token: f.sp2.token });
    const a = await app().call('orders.submit', { id: o.id, version: o.version }, f.sp2.token);
    const line = a.order.lines[0]!;
    const s = await app().call(
      'shipments.create',
      {
        customer_id: f.other,
        warehouse_id: f.warehouse,
        ship_date: '2026-11-20',
        lines: [{ order_line_id: line.id, qty: 1000 }],
      },
      f.wh.token,
    );
    const before = await stock(f.p1);
    const ap = await app().call('shipments.approve', { id: s.id, version: s.version }, f.wh.token);
    const v = await app().call(
      'shipments.void',
      { id: s.id, version: ap.version, reason: '司机未出车' },
      f.wh.token,
    );
    expect(v.status).toBe('void');
    expect(v.number).toBe(ap.number); // the number stays used
    expect(await stock(f.p1)).toEqual(before);
    const again = await app().call('orders.get', { id: o.id }, f.sp2.token);
    expect(again.lines[0]!.delivered_qty).toBe(0);
    expect(again.lines[0]!.reserved_qty).toBe(4000);
    await consistent();
    // a manager closes the order (结案): reservation and open value released
    await expectError(
      app().call('orders.close', { id: o.id, version: again.version, reason: '客户取消' }, f.sp2.token),
      'FORBIDDEN',
    );
    const closed = await app().call(
      'orders.close',
      { id: o.id, version: again.version, reason: '客户取消' },
      f.mgr.token,
    );
    expect(closed.order.status).toBe('closed');
    expect(closed.order.lines[0]!.reserved_qty).toBe(0);
    await consistent();
  });

  it('order lists: views, filters by product and customer, data scope', async () => {
    const late = await draftOrder(app(), f, f.other, [[f.p2, 1, 3550]], {
      token: f.sp2.token,
      delivery_date: '2026-11-10',
    });
    await app().call('orders.submit', { id: late.id, version: late.version }, f.sp2.token);
    const lateList = await app().call('orders.list', { view: 'late' }, f.mgr.token);
    expect(lateList.rows.map((r) => r.id)).toContain(late.id);
    expect(lateList.rows.every((r) => r.late)).toBe(true);
    const byProduct = await app().call('orders.list', { product_id: f.p3 }, f.mgr.token);
    expect(byProduct.rows.length).toBeGreaterThan(0);
    for (const r of byProduct.rows) {
      const d = await app().call('orders.get', { id: r.id }, f.mgr.token);
      expect(d.lines.some((l) => l.product_id === f.p3)).toBe(true);
    }
    // sp sees only sp's orders; sp2's are invisible to sp
    const mine = await app().call('orders.list', {}, f.sp.token);
    expect(mine.rows.every((r) => r.salesperson_id === f.sp.id)).toBe(true);
    await expectError(app().call('orders.get', { id: late.id }, f.sp.token), 'NOT_FOUND');
    const cards = await app().call('dashboard.cards', {}, f.sp2.token);
    expect(cards.my_open_orders).toBeGreaterThan(0);
    expect(cards.held_orders).toBeNull();
    const whCards = await app().call('dashboard.cards', {}, f.wh.token);
    expect(whCards.to_ship_today).toBeGreaterThan(0);
  });

  it('stock adjustments are numbered, never drive stock below zero, and copy an order', async () => {
    const e = await expectError(
      app().call(
        'stock.adjust',
        {
          warehouse_id: f.warehouse2,
          kind: 'adjustment',
          doc_date: '2026-11-20',
          reason: '盘亏',
          lines: [{ product_id: f.p1, qty: -1000 }],
        },
        f.wh.token,
      ),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('库存为负');
    const r = await app().call(
      'stock.adjust',
      {
        warehouse_id: f.warehouse2,
        kind: 'receipt',
        doc_date: '2026-11-20',
        reason: '采购入库',
        lines: [{ product_id: f.p1, qty: 5000 }],
      },
      f.wh.token,
    );
    expect(r.number).toMatch(/^SA2026-\d{6}$/);
    await expectError(
      app().call(
        'stock.adjust',
        {
          warehouse_id: f.warehouse2,
          kind: 'receipt',
          doc_date: '2026-11-20',
          reason: 'x',
          lines: [{ product_id: f.p1, qty: -5 }],
        },
        f.wh.token,
      ),
      'VALIDATION',
    );
    await expectError(
      app().call(
        'stock.adjust',
        {
          warehouse_id: f.warehouse2,
          kind: 'receipt',
          doc_date: '2026-11-20',
          reason: 'x',
          lines: [{ product_id: f.p1, qty: 5 }],
        },
        f.sp.token,
      ),
      'FORBIDDEN',
    );
    const list = await app().call('stock.list', { warehouse_id: f.warehouse2 }, f.sp.token);
    expect(list.rows.find((s) => s.product_id === f.p1)?.on_hand).toBe(5000);
    const src = (await app().call('orders.list', { view: 'open' }, f.sp.token)).rows[0]!;
    const copy = await app().call('orders.copy', { id: src.id }, f.sp.token);
    expect(copy.status).toBe('draft');
    expect(copy.number).toBeNull();
    expect(copy.lines.length).toBeGreaterThan(0);
    await consistent();
  });

  it('numbers are consecutive per series and year', async () => {
    const rows = await app().core.database.read((db) =>
      db.all<{ number: string }>('SELECT number FROM sales_orders WHERE number IS NOT NULL ORDER BY number'),
    );
    const nums = rows.map((r) => Number(r.number.slice(-6)));
    expect(nums).toEqual(Array.from({ length: nums.length }, (_, i) => i + 1));
  });
});
