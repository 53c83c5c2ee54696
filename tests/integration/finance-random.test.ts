import { beforeAll, expect, it } from 'vitest';
import { checkConsistency } from '../../electron/core/services/sales/recompute';
import { describeEachDb, RpcCallError } from '../helpers/harness';
import { salesFixture, type SalesFixture } from '../helpers/sales-fixture';

/**
 * A random sequence of at least 500 order-to-cash documents (orders, shipments, invoices, receipts,
 * matches and unmatches, reversals, returns, credit notes, closings, voids) on a deterministic seed.
 * Afterwards (and along the way) every maintained balance equals its recomputation, and for every customer
 * and several dates the statement's closing balance equals the ageing total.
 */
describeEachDb('random order-to-cash sequence', (app) => {
  let f: SalesFixture;
  let seed = 4242;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const customers: number[] = [];
  const day = (step: number) => {
    const d = new Date(Date.UTC(2026, 0, 1 + Math.floor(step / 4)));
    return d.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    f = await salesFixture(app());
    const a = app().adminToken;
    await app().call(
      'credit.setRules',
      {
        order: { mode: 'warn', warn_bp: 8000, block_bp: 10000 },
        shipment: { mode: 'warn', warn_bp: 8000, block_bp: 10000 },
        invoice: { mode: 'warn', warn_bp: 8000, block_bp: 10000 },
        overdue_block_days: null,
        cash_requires_payment: true,
        bad_record_prepay: false,
        discount_approval_bp: 10000,
        floor_price_approval: false,
      },
      a,
    );
    for (let i = 0; i < 5; i++) {
      const c = await app().call(
        'customers.create',
        {
          legal_name: `随机测试${i}号贸易有限公司`,
          customer_type: 'account',
          credit_limit: 5_000_000,
          credit_days: int(0, 60),
          term_basis: i % 2 ? 'month_end' : 'invoice',
          owner_id: f.sp.id,
        },
        a,
      );
      customers.push(c.id);
    }
    await app().call(
      'stock.adjust',
      {
        warehouse_id: f.warehouse,
        kind: 'receipt',
        doc_date: '2026-01-01',
        reason: '随机测试备货',
        lines: [f.p1, f.p2, f.p3].map((p) => ({ product_id: p, qty: 10_000_000 })),
      },
      f.wh.token,
    );
  });

  it('keeps every balance, ledger and ageing consistent over 500+ documents', async () => {
    const t = { mgr: f.mgr.token, fin: f.fin.token, wh: f.wh.token };
    const call = app().call;
    let documents = 0;
    const counts: Record<string, number> = {};
    const expected = (e: unknown) =>
      e instanceof RpcCallError && ['BUSINESS_RULE', 'VALIDATION', 'CONFLICT'].includes(e.body.code);
    const ops: [string, (step: number) => Promise<boolean>][] = [
      [
        'order',
        async (step) => {
          const c = pick(customers);
          const lines = Array.from({ length: int(1, 3) }, () => ({
            product_id: pick([f.p1, f.p2, f.p3]),
            qty: int(1, 20) * 1000 + pick([0, 0, 500, 250]),
            unit_price: int(100, 150000),
            discount_bp: pick([0, 0, 0, 500, 1000, 333]),
          }));
          const d = await call(
            'orders.create',
            { customer_id: c, order_date: day(step), warehouse_id: f.warehouse, lines },
            t.mgr,
          );
          const r = await call('orders.submit', { id: d.id, version: d.version }, t.mgr);
          return r.order.status === 'approved';
        },
      ],
      [
        'shipment',
        async (step) => {
          const q = await call('shipments.queue', { limit: 50, customer_id: pick(customers) }, t.wh);
          if (!q.rows.length) return false;
          const first = pick(q.rows);
          const same = q.rows.filter((r) => r.customer_id === first.customer_id).slice(0, int(1, 3));
          const s = await call(
            'shipments.create',
            {
              customer_id: first.customer_id,
              warehouse_id: f.warehouse,
              ship_date: day(step),
              lines: same.map((r) => ({
                order_line_id: r.order_line_id,
                qty: Math.max(1, Math.min(r.remaining_qty, pick([r.remaining_qty, int(1, r.remaining_qty)]))),
              })),
            },
            t.wh,
          );
          await call('shipments.approve', { id: s.id, version: s.version }, t.wh);
          return true;
        },
      ],
      [
        'invoice',
        async (step) => {
          const c = pick(customers);
          const open = await call('invoices.uninvoiced', { customer_id: c }, t.fin);
          if (!open.length) return false;
          const lines = open.slice(0, int(1, 4)).map((l) => ({
            shipment_line_id: l.shipment_line_id,
            qty: pick([l.remaining_qty, Math.max(1, Math.floor(l.remaining_qty / 2))]),
          }));
          const d = await call('invoices.create', { customer_id: c, invoice_date: day(step), lines }, t.fin);
          await call('invoices.issue', { id: d.id, version: d.version }, t.fin);
          return true;
        },
      ],
      [
        'receipt',
        async (step) => {
          const c = pick(customers);
          const amount = int(1, 300000);
          const sug = rnd() < 0.7 ? await call('receipts.suggest', { customer_id: c, amount }, t.fin) : [];
          const allocations = sug
            .slice(0, int(0, sug.length))
            .map((s) => ({ invoice_id: s.invoice_id, amount: s.amount }));
          await call(
            'receipts.create',
            {
              customer_id: c,
              receipt_date: day(step),
              method: pick(['bank_transfer', 'cash', 'wechat'] as const),
              amount,
              allocations,
            },
            t.fin,
          );
          return true;
        },
      ],
      [
        'match',
        async () => {
          const c = pick(customers);
          const items = await call('matching.items', { customer_id: c }, t.fin);
          if (!items.invoices.length || !items.credits.length) return false;
          const inv = pick(items.invoices);
          const cr = pick(items.credits);
          const amount = Math.min(inv.open, cr.open, int(1, Math.min(inv.open, cr.open)));
          await call(
            'matching.apply',
            {
              customer_id: c,
              lines: [
                {
                  source_type: cr.type === 'credit_note' ? 'credit_note' : 'receipt',
                  source_id: cr.id,
                  invoice_id: inv.id,
                  amount,
                },
              ],
            },
            t.fin,
          );
          return false;
        },
      ],
      [
        'unmatch',
        async () => {
          const rs = await call(
            'receipts.list',
            { limit: 30, customer_id: pick(customers), view: 'all' },
            t.fin,
          );
          const r = rs.rows.filter((x) => x.applied_total > 0 && x.status === 'approved');
          if (!r.length) return false;
          const hist = (await call('matching.history', { receipt_id: pick(r).id }, t.fin)).filter(
            (a) => a.reversal_of === null && !a.reversed,
          );
          if (!hist.length) return false;
          await call('matching.unapply', { allocation_id: pick(hist).id, reason: '随机取消核销' }, t.fin);
          return false;
        },
      ],
      [
        'reverse',
        async (step) => {
          const rs = await call(
            'receipts.list',
            { limit: 30, customer_id: pick(customers), view: 'all' },
            t.fin,
          );
          const r = rs.rows.filter((x) => x.status === 'approved');
          if (!r.length || rnd() < 0.6) return false;
          const x = pick(r);
          await call(
            'receipts.reverse',
            {
              id: x.id,
              version: x.version,
              reason: '随机冲销',
              reversal_date: day(step) > x.receipt_date ? day(step) : x.receipt_date,
            },
            t.fin,
          );
          return true;
        },
      ],
      [
        'return',
        async (step) => {
          const ss = await call(
            'shipments.list',
            { limit: 30, status: ['approved'], customer_id: pick(customers) },
            t.wh,
          );
          if (!ss.rows.length) return false;
          const s = pick(ss.rows);
          const rl = (await call('returns.returnable', { shipment_id: s.id }, t.wh)).filter(
            (l) => l.returnable_qty > 0,
          );
          if (!rl.length) return false;
          const l = pick(rl);
          const r = await call(
            'returns.create',
            {
              shipment_id: s.id,
              return_date: day(step) > s.ship_date ? day(step) : s.ship_date,
              reason: '随机退货',
              lines: [{ shipment_line_id: l.shipment_line_id, qty: int(1, l.returnable_qty) }],
            },
            t.wh,
          );
          await call('returns.approve', { id: r.id, version: r.version }, t.fin);
          return true;
        },
      ],
      [
        'credit_note',
        async (step) => {
          const c = pick(customers);
          const inv = (
            await call('invoices.list', { customer_id: c, kind: 'invoice', view: 'open', limit: 20 }, t.fin)
          ).rows;
          const target = inv.length && rnd() < 0.8 ? pick(inv) : null;
          const d = await call(
            'creditNotes.create',
            {
              customer_id: c,
              credit_kind: pick(['price', 'writeoff'] as const),
              invoice_date: target && target.invoice_date > day(step) ? target.invoice_date : day(step),
              target_invoice_id: target?.id ?? null,
              total: int(1, 20000),
              reason: '随机红字',
            },
            t.fin,
          );
          await call('creditNotes.approve', { id: d.id, version: d.version }, t.mgr);
          return true;
        },
      ],
      [
        'close',
        async () => {
          if (rnd() < 0.7) return false;
          const o = (
            await call('orders.list', { view: 'open', limit: 30, customer_id: pick(customers) }, t.mgr)
          ).rows;
          if (!o.length) return false;
          const x = pick(o);
          await call('orders.close', { id: x.id, version: x.version, reason: '随机结案' }, t.mgr);
          return false;
        },
      ],
      [
        'void_shipment',
        async () => {
          if (rnd() < 0.7) return false;
          const ss = (
            await call(
              'shipments.list',
              { limit: 20, status: ['approved'], customer_id: pick(customers) },
              t.wh,
            )
          ).rows;
          if (!ss.length) return false;
          const s = pick(ss);
          await call('shipments.void', { id: s.id, version: s.version, reason: '随机作废' }, t.wh);
          return false;
        },
      ],
    ];
    const weights = [6, 6, 5, 5, 2, 1, 1, 2, 1, 1, 1];
    const total = weights.reduce((a, b) => a + b, 0);
    let step = 0;
    while (documents < 500) {
      step++;
      let r = rnd() * total;
      let k = 0;
      while (r >= weights[k]!) r -= weights[k++]!;
      const [name, op] = ops[k]!;
      try {
        if (await op(step)) {
          documents++;
          counts[name] = (counts[name] ?? 0) + 1;
        }
      } catch (e) {
        if (!expected(e)) throw e;
      }
      if (step % 250 === 0)
        expect(await app().core.database.read((db) => checkConsistency(db)), `after step ${step}`).toEqual(
          [],
        );
      if (step > 5000) throw new Error('the sequence does not progress');
    }
    expect(await app().core.database.read((db) => checkConsistency(db))).toEqual([]);
    for (const k of ['order', 'shipment', 'invoice', 'receipt', 'return', 'credit_note'])
      expect(counts[k] ?? 0, k).toBeGreaterThan(5);

    // every statement's closing balance equals the ageing total for that customer and date
    const last = day(step);
    const dates = [day(Math.floor(step / 3)), day(Math.floor((2 * step) / 3)), last];
    for (const d of dates) {
      const ageing = await call('reports.ageing', { as_of: d, group_by: 'customer', limit: 1000 }, t.fin);
      for (const c of customers) {
        const st = await call('statements.preview', { customer_id: c, from: '2026-01-01', to: d }, t.fin);
        const row = ageing.rows.find((r) => r.key === c);
        expect(st.closing, `${c} @ ${d}`).toBe(st.open_total);
        expect(st.closing, `${c} @ ${d} vs ageing`).toBe(row ? row.total : 0);
      }
    }
  });
});
