import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type { ReturnDetail } from '../../../../shared/contract/finance';
import { computeLine, formatQty, splitTax, sumFigures, type LineFigures } from '../../../../shared/pricing';
import { lockRow, runList, type ListSpec } from '../common/list';
import { formatNumber, nextNumber } from '../common/numbering';
import { adjustBalance } from '../sales/credit';
import { changeStock, fieldError, lockStock, recordMove, yearOf } from '../sales/common';
import { recomputeOrderProgress } from '../sales/shipments';
import { lockBalance } from './common';
import { customerScope, postCreditNote, requireCustomer } from './invoices';

type Raw = Record<string, unknown>;

const spec: ListSpec = {
  from: 'sales_returns r JOIN customers c ON c.id = r.customer_id JOIN shipments s ON s.id = r.shipment_id',
  select:
    'r.id, r.number, r.status, c.legal_name AS customer_name, s.number AS shipment_number, r.return_date, r.reason, r.total, r.version',
  fields: {
    number: { sql: 'r.number', type: 'text' },
    status: { sql: 'r.status', type: 'enum' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    shipment_number: { sql: 's.number', type: 'text' },
    return_date: { sql: 'r.return_date', type: 'date' },
    reason: { sql: 'r.reason', type: 'text' },
    total: { sql: 'r.total', type: 'number' },
  },
  search: ['r.number', 'c.legal_name', 'c.py', 's.number', 'r.reason'],
  defaultSort: { field: 'return_date', dir: 'desc' },
  tiebreak: 'r.id DESC',
};

async function detail(ctx: ServiceContext, id: number): Promise<ReturnDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT r.*, c.legal_name AS customer_name, s.number AS shipment_number, cn.number AS credit_note_number
     FROM sales_returns r JOIN customers c ON c.id = r.customer_id JOIN shipments s ON s.id = r.shipment_id
       LEFT JOIN invoices cn ON cn.id = r.credit_note_id WHERE r.id = ?`,
    [id],
  );
  if (!r) throw notFound('退货单', 'Return');
  const lines = await ctx.db.all<Raw>(
    `SELECT l.*, p.code AS product_code, p.name, p.unit FROM sales_return_lines l JOIN products p ON p.id = l.product_id WHERE l.return_id = ? ORDER BY l.line_no`,
    [id],
  );
  return {
    id,
    number: (r.number as string | null) ?? null,
    status: r.status === 'approved' ? 'approved' : 'draft',
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    shipment_id: Number(r.shipment_id),
    shipment_number: (r.shipment_number as string | null) ?? null,
    warehouse_id: Number(r.warehouse_id),
    return_date: String(r.return_date),
    reason: String(r.reason),
    total: Number(r.total),
    credit_note_id: r.credit_note_id == null ? null : Number(r.credit_note_id),
    credit_note_number: (r.credit_note_number as string | null) ?? null,
    lines: lines.map((l) => ({
      id: Number(l.id),
      shipment_line_id: Number(l.shipment_line_id),
      product_id: Number(l.product_id),
      product_code: String(l.product_code),
      name: String(l.name),
      unit: String(l.unit),
      qty: Number(l.qty),
      uninvoiced_total: Number(l.uninvoiced_total),
      credited_total: Number(l.credited_total),
      total: Number(l.total),
    })),
    version: Number(r.version),
  };
}

/** A part of a line's remaining quantity / value; exactly the rest when it takes all of it. */
function part(sl: Raw, leftQty: number, leftTotal: number, qty: number): LineFigures {
  const rate = Number(sl.tax_rate);
  if (qty >= leftQty) return splitTax(leftTotal, rate);
  const f = computeLine(qty, Number(sl.unit_price), Number(sl.discount_bp), rate);
  return f.total > leftTotal ? splitTax(leftTotal, rate) : f;
}

export const returnHandlers: HandlersFor<'returns.'> = {
  async 'returns.returnable'(ctx, { shipment_id }) {
    const s = await ctx.db.get<Raw>('SELECT customer_id, status FROM shipments WHERE id = ?', [shipment_id]);
    if (!s) throw notFound('发货单', 'Shipment');
    await requireCustomer(ctx, Number(s.customer_id), { zh: '发货单', en: 'Shipment' });
    const rows = await ctx.db.all<Raw>(
      `SELECT sl.id, sl.product_id, p.code, p.name, p.unit, sl.qty, sl.returned_qty FROM shipment_lines sl JOIN products p ON p.id = sl.product_id
       WHERE sl.shipment_id = ? ORDER BY sl.line_no`,
      [shipment_id],
    );
    return rows.map((r) => ({
      shipment_line_id: Number(r.id),
      product_id: Number(r.product_id),
      product_code: String(r.code),
      name: String(r.name),
      unit: String(r.unit),
      shipped_qty: Number(r.qty),
      returned_qty: Number(r.returned_qty),
      returnable_qty: s.status === 'approved' ? Number(r.qty) - Number(r.returned_qty) : 0,
    }));
  },

  async 'returns.list'(ctx, q) {
    const base = { clauses: [] as string[], params: [] as unknown[] };
    const scope = await customerScope(ctx, 'r');
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    if (q.customer_id) {
      base.clauses.push('r.customer_id = ?');
      base.params.push(q.customer_id);
    }
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return {
      rows: r.rows.map((x) => ({
        id: Number(x.id),
        number: (x.number as string | null) ?? null,
        status: x.status === 'approved' ? ('approved' as const) : ('draft' as const),
        customer_name: String(x.customer_name),
        shipment_number: (x.shipment_number as string | null) ?? null,
        return_date: String(x.return_date),
        reason: String(x.reason),
        total: Number(x.total),
        version: Number(x.version),
      })),
      total: r.total,
    };
  },

  async 'returns.get'(ctx, { id }) {
    const r = await ctx.db.get<Raw>('SELECT customer_id FROM sales_returns WHERE id = ?', [id]);
    if (!r) throw notFound('退货单', 'Return');
    await requireCustomer(ctx, Number(r.customer_id), { zh: '退货单', en: 'Return' });
    return detail(ctx, id);
  },

  async 'returns.create'(ctx, input) {
    const user = ctx.requireUser();
    const s = await ctx.db.get<Raw>(
      'SELECT id, customer_id, warehouse_id, status, ship_date FROM shipments WHERE id = ?',
      [input.shipment_id],
    );
    if (!s || s.status !== 'approved')
      throw fieldError(['shipment_id'], '发货单：不存在或未审核', 'Shipment: not found or not approved');
    await requireCustomer(ctx, Number(s.customer_id), { zh: '发货单', en: 'Shipment' });
    if (input.return_date < String(s.ship_date))
      throw fieldError(
        ['return_date'],
        '退货日期不能早于发货日期',
        'The return cannot be dated before the shipment',
      );
    const used = new Map<number, number>();
    const sls: Raw[] = [];
    for (const [i, l] of input.lines.entries()) {
      const sl = await ctx.db.get<Raw>('SELECT * FROM shipment_lines WHERE id = ? AND shipment_id = ?', [
        l.shipment_line_id,
        input.shipment_id,
      ]);
      if (!sl)
        throw fieldError(
          ['lines', i, 'shipment_line_id'],
          `第 ${i + 1} 行 · 不是该发货单的明细`,
          `row ${i + 1} · not a line of this shipment`,
        );
      const sum = (used.get(l.shipment_line_id) ?? 0) + l.qty;
      used.set(l.shipment_line_id, sum);
      const left = Number(sl.qty) - Number(sl.returned_qty);
      if (sum > left) {
        throw fieldError(
          ['lines', i, 'qty'],
          `第 ${i + 1} 行 · 数量：超过可退数量（${formatQty(left)}）`,
          `row ${i + 1} · quantity: more than can be returned (${formatQty(left)})`,
        );
      }
      sls.push(sl);
    }
    const now = ctx.nowIso();
    const id = await ctx.db.insert('sales_returns', {
      number: null,
      status: 'draft',
      customer_id: Number(s.customer_id),
      shipment_id: input.shipment_id,
      warehouse_id: Number(s.warehouse_id),
      return_date: input.return_date,
      reason: input.reason,
      amount: 0,
      tax: 0,
      total: 0,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    const figures: LineFigures[] = [];
    for (const [i, l] of input.lines.entries()) {
      const sl = sls[i]!;
      const f = part(
        sl,
        Number(sl.qty) - Number(sl.returned_qty),
        Number(sl.total) - Number(sl.returned_total),
        l.qty,
      );
      figures.push(f);
      await ctx.db.insert('sales_return_lines', {
        return_id: id,
        line_no: i + 1,
        shipment_line_id: l.shipment_line_id,
        product_id: Number(sl.product_id),
        qty: l.qty,
        uninvoiced_total: 0,
        credited_total: 0,
        ...f,
      });
    }
    const t = sumFigures(figures);
    await ctx.db.run('UPDATE sales_returns SET amount = ?, tax = ?, total = ? WHERE id = ?', [
      t.amount,
      t.tax,
      t.total,
      id,
    ]);
    ctx.audit(id, `新建退货单草稿 #${id}：${input.reason}`);
    return detail(ctx, id);
  },

  async 'returns.delete'(ctx, { id, version }) {
    await lockRow(ctx.db, 'sales_returns', id);
    const r = await ctx.db.get<Raw>('SELECT * FROM sales_returns WHERE id = ?', [id]);
    if (!r) throw notFound('退货单', 'Return');
    await requireCustomer(ctx, Number(r.customer_id), { zh: '退货单', en: 'Return' });
    if (Number(r.version) !== version) throw versionConflict();
    if (r.status !== 'draft')
      throw new AppError(
        'BUSINESS_RULE',
        '退货单已审核，不能删除',
        'The return is approved; it cannot be deleted',
      );
    await ctx.db.run('DELETE FROM sales_return_lines WHERE return_id = ?', [id]);
    await ctx.db.run('DELETE FROM sales_returns WHERE id = ?', [id]);
    ctx.audit(id, `删除退货单草稿 #${id}`);
    return { ok: true as const };
  },

  /**
   * Posting a return: goods back into stock; each line first takes what was not yet invoiced (that value
   * leaves delivered-not-invoiced), the rest was invoiced and is credited by a credit note applied to the
   * invoices of those lines. Locks: balance row → shipment lines → stock rows.
   */
  async 'returns.approve'(ctx, { id, version }) {
    const head = await ctx.db.get<Raw>('SELECT customer_id FROM sales_returns WHERE id = ?', [id]);
    if (!head) throw notFound('退货单', 'Return');
    const customerId = Number(head.customer_id);
    await requireCustomer(ctx, customerId, { zh: '退货单', en: 'Return' });
    await lockBalance(ctx, customerId);
    await lockRow(ctx.db, 'sales_returns', id);
    const r = await ctx.db.get<Raw>('SELECT * FROM sales_returns WHERE id = ?', [id]);
    if (!r) throw notFound('退货单', 'Return');
    if (Number(r.version) !== version) throw versionConflict();
    if (r.status !== 'draft')
      throw new AppError('BUSINESS_RULE', '退货单已审核', 'The return is already approved');
    const lines = await ctx.db.all<Raw>(
      'SELECT * FROM sales_return_lines WHERE return_id = ? ORDER BY shipment_line_id, id',
      [id],
    );
    const warehouseId = Number(r.warehouse_id);
    const now = ctx.nowIso();
    for (const slId of [...new Set(lines.map((l) => Number(l.shipment_line_id)))].sort((a, b) => a - b))
      await lockRow(ctx.db, 'shipment_lines', slId);
    await lockStock(
      ctx.db,
      lines.map((l) => ({ product_id: Number(l.product_id), warehouse_id: warehouseId })),
      now,
    );
    const year = yearOf(String(r.return_date));
    const number = formatNumber('RT', year, await nextNumber(ctx.db, 'RT', year));
    let uninvoicedOff = 0;
    const credited: { line: Raw; f: LineFigures; qty: number }[] = [];
    const orders = new Set<number>();
    for (const l of lines) {
      const sl = (await ctx.db.get<Raw>('SELECT * FROM shipment_lines WHERE id = ?', [
        Number(l.shipment_line_id),
      ]))!;
      const q = Number(l.qty);
      if (q > Number(sl.qty) - Number(sl.returned_qty)) {
        throw new AppError(
          'BUSINESS_RULE',
          `退货数量超过可退数量（${formatQty(Number(sl.qty) - Number(sl.returned_qty))}）`,
          'More than can be returned',
        );
      }
      const uninvQtyLeft =
        Number(sl.qty) - Number(sl.invoiced_qty) - (Number(sl.returned_qty) - Number(sl.credited_qty));
      const uninvTotalLeft =
        Number(sl.total) -
        Number(sl.invoiced_total) -
        (Number(sl.returned_total) - Number(sl.credited_total));
      const u = Math.min(q, uninvQtyLeft);
      const c = q - u;
      const fu = u > 0 ? part(sl, uninvQtyLeft, uninvTotalLeft, u) : { amount: 0, tax: 0, total: 0 };
      const fc =
        c > 0
          ? part(
              sl,
              Number(sl.invoiced_qty) - Number(sl.credited_qty),
              Number(sl.invoiced_total) - Number(sl.credited_total),
              c,
            )
          : { amount: 0, tax: 0, total: 0 };
      await ctx.db.run(
        'UPDATE shipment_lines SET returned_qty = returned_qty + ?, returned_total = returned_total + ?, credited_qty = credited_qty + ?, credited_total = credited_total + ? WHERE id = ?',
        [q, fu.total + fc.total, c, fc.total, Number(sl.id)],
      );
      await ctx.db.run('UPDATE sales_order_lines SET returned_qty = returned_qty + ? WHERE id = ?', [
        q,
        Number(sl.order_line_id),
      ]);
      await ctx.db.run(
        'UPDATE sales_return_lines SET uninvoiced_total = ?, credited_total = ?, amount = ?, tax = ?, total = ? WHERE id = ?',
        [fu.total, fc.total, fu.amount + fc.amount, fu.tax + fc.tax, fu.total + fc.total, Number(l.id)],
      );
      await changeStock(ctx.db, Number(l.product_id), warehouseId, { on_hand: q }, now);
      await recordMove(ctx, {
        product_id: Number(l.product_id),
        warehouse_id: warehouseId,
        qty: q,
        doc_type: 'return',
        doc_id: id,
        doc_number: number,
      });
      uninvoicedOff += fu.total;
      if (c > 0) credited.push({ line: sl, f: fc, qty: c });
      orders.add(Number(sl.order_id));
    }
    for (const o of orders) await recomputeOrderProgress(ctx.db, o, now);
    await ctx.db.run(
      'UPDATE sales_returns SET amount = (SELECT COALESCE(SUM(amount), 0) FROM sales_return_lines WHERE return_id = ?), tax = (SELECT COALESCE(SUM(tax), 0) FROM sales_return_lines WHERE return_id = ?), total = (SELECT COALESCE(SUM(total), 0) FROM sales_return_lines WHERE return_id = ?) WHERE id = ?',
      [id, id, id, id],
    );
    if (uninvoicedOff) await adjustBalance(ctx.db, customerId, { delivered_uninvoiced: -uninvoicedOff }, now);
    let creditNoteId: number | null = null;
    if (credited.length) {
      const t = sumFigures(credited.map((x) => x.f));
      const owner = await ctx.db.get<Raw>('SELECT owner_id FROM customers WHERE id = ?', [customerId]);
      creditNoteId = await ctx.db.insert('invoices', {
        kind: 'credit_note',
        number: null,
        status: 'draft',
        customer_id: customerId,
        salesperson_id: Number(owner!.owner_id),
        invoice_date: String(r.return_date),
        ...t,
        open_amount: 0,
        reason: `退货 ${number}：${String(r.reason)}`.slice(0, 200),
        credit_kind: 'return',
        return_id: id,
        created_by: ctx.requireUser().id,
        updated_by: ctx.requireUser().id,
        created_at: now,
        updated_at: now,
        version: 0,
      });
      for (const [i, x] of credited.entries()) {
        const ol = await ctx.db.get<Raw>('SELECT name, unit FROM sales_order_lines WHERE id = ?', [
          Number(x.line.order_line_id),
        ]);
        await ctx.db.insert('invoice_lines', {
          invoice_id: creditNoteId,
          line_no: i + 1,
          shipment_line_id: Number(x.line.id),
          order_line_id: Number(x.line.order_line_id),
          product_id: Number(x.line.product_id),
          description: String(ol?.name ?? ''),
          unit: (ol?.unit as string | null) ?? null,
          qty: x.qty,
          unit_price: Number(x.line.unit_price),
          discount_bp: Number(x.line.discount_bp),
          tax_rate: Number(x.line.tax_rate),
          ...x.f,
        });
      }
      const cn = (await ctx.db.get<Raw>('SELECT * FROM invoices WHERE id = ?', [creditNoteId]))!;
      await postCreditNote(ctx, cn);
    }
    await ctx.db.run(
      "UPDATE sales_returns SET status = 'approved', number = ?, credit_note_id = ?, approved_by = ?, approved_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [number, creditNoteId, ctx.requireUser().id, now, now, id],
    );
    ctx.audit(id, `退货审核 ${number}：¥${Number(r.total) / 100}${creditNoteId ? '，已开红字' : ''}`);
    return detail(ctx, id);
  },
};
