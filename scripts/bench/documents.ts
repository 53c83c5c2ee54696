/**
 * The order-to-cash part of the benchmark dataset: sales orders and lines, shipments, invoices, receipts
 * with allocations, the receivables ledger, stock, maintained balances, last prices, number series and
 * CRM activities — written with chunked multi-row INSERTs, not through the dispatcher, but row for row
 * what the services write:
 *
 * - orders are approved in date order (SO numbers per year, gap-free), priced like buildLines (computeLine),
 *   reserving stock and remembering the customer's last prices; the newest ones are still open (reserved,
 *   in open_orders) and a tenth of those are drafts (no number, nothing reserved);
 * - each older order ships whole in one shipment (shipments.approve: partialFigures, stock moves, order lines
 *   delivered, order progress, open_orders → delivered_uninvoiced; cash customers collect on delivery);
 * - each older shipment is invoiced whole (invoices.issue: partOf the shipment lines, due date from the
 *   customer's terms, delivered_on, order closed automatically once delivered and billed, ledger entry,
 *   delivered_uninvoiced → receivable, the customer's unapplied credits applied oldest first);
 * - receipts arrive around the due dates (receipts.create: ledger entry, advances, and most of them
 *   allocated by the clerk to the oldest-due open invoices, the rest left open for matching);
 * - one opening stock adjustment per warehouse covers everything shipped and reserved.
 *
 * Everything is processed in one timeline per customer, so the result is a history the services could
 * have produced; checkDataset then compares every maintained balance with its recomputation.
 */
import { addDays, dueDate } from '../../electron/core/services/finance/common';
import { partOf } from '../../electron/core/services/finance/invoices';
import { formatNumber } from '../../electron/core/services/common/numbering';
import { computeLine, partialFigures, sumFigures, type LineFigures } from '../../shared/pricing';

export interface DocumentSpec {
  orders: number;
  shipments: number;
  invoices: number;
  /** Roughly: receipts follow the invoices' due dates; this sets how many invoices get paid. */
  receipts: number;
  activities: number;
  /** First and last day of the history (three years). */
  start: string;
  end: string;
}

export interface CustomerInfo {
  id: number;
  owner_id: number;
  customer_type: string;
  credit_days: number;
  address: string;
  region_id: number;
  contact_id: number;
}

export interface ProductInfo {
  id: number;
  name: string;
  spec: string | null;
  unit: string;
  list_price: number;
  floor_price: number;
  tax_rate: number;
}

type Row = Record<string, unknown>;
type Insert = (table: string, rows: Row[]) => Promise<void>;

const ts = (date: string, minute: number) =>
  `${date}T${String(1 + (Math.floor(minute / 60) % 10)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
const minDate = (a: string, b: string) => (a < b ? a : b);
const yearOf = (d: string) => Number(d.slice(0, 4));

class Series {
  readonly next = new Map<string, number>();
  take(prefix: string, date: string): string {
    const y = yearOf(date);
    const k = `${prefix}:${y}`;
    const n = (this.next.get(k) ?? 1) as number;
    this.next.set(k, n + 1);
    return formatNumber(prefix, y, n);
  }
  rows(): { series: string; year: number; next_value: number }[] {
    return [...this.next].map(([k, v]) => {
      const [series, year] = k.split(':') as [string, string];
      return { series, year: Number(year), next_value: v };
    });
  }
}

interface Inv {
  id: number;
  customer: number;
  number: string;
  date: string;
  due: string;
  total: number;
  open: number;
  allocations: number;
}

interface Credit {
  id: number;
  number: string;
  date: string;
  amount: number;
  applied: number;
  allocations: number;
}

/**
 * Generates and inserts the documents. `insert` writes rows in chunks (each call in its own
 * transaction); `random` is the dataset's seeded generator.
 */
export async function buildDocuments(
  spec: DocumentSpec,
  customers: CustomerInfo[],
  products: ProductInfo[],
  users: { managers: number[]; admin: number },
  random: () => number,
  insert: Insert,
  log: (s: string) => void,
): Promise<Record<string, number>> {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const days = Math.round((Date.parse(spec.end) - Date.parse(spec.start)) / 86_400_000);
  const series = new Series();
  const counts: Record<string, number> = {};
  const count = (k: string, n = 1) => (counts[k] = (counts[k] ?? 0) + n);

  // Favourite products per customer (customers buy the same things again): fewer last-price rows, as in life.
  const favourites = customers.map(() => Array.from({ length: int(12, 30) }, () => pick(products)));
  // A few big customers take 0.5 % of the orders each (a statement of ~600 lines a year).
  const big = customers.filter((c) => c.customer_type === 'account').slice(0, 5);
  const pickCustomer = (): CustomerInfo =>
    big.length && random() < 0.025 ? pick(big) : customers[Math.floor(random() * customers.length)]!;
  const warehouseOf = (c: CustomerInfo) =>
    c.region_id === 1 ? (c.id % 3 === 0 ? 2 : 1) : c.region_id === 2 ? 3 : 1;

  // Order dates, ascending: the history grows a little year on year.
  const orderDates: string[] = [];
  for (let i = 0; i < spec.orders; i++) {
    const f = Math.sqrt((i + random()) / spec.orders) * 0.6 + ((i + random()) / spec.orders) * 0.4;
    orderDates.push(addDays(spec.start, Math.min(days, Math.floor(f * (days + 1)))));
  }
  orderDates.sort();

  const balances = new Map<
    number,
    { receivable: number; delivered_uninvoiced: number; open_orders: number; advances: number }
  >();
  const bal = (id: number) => {
    let b = balances.get(id);
    if (!b) balances.set(id, (b = { receivable: 0, delivered_uninvoiced: 0, open_orders: 0, advances: 0 }));
    return b;
  };
  const shipped = new Map<string, number>(); // product:warehouse → qty
  const reserved = new Map<string, number>();
  const lastPrice = new Map<string, Row>();
  const invoicesByCustomer = new Map<number, Inv[]>();
  const invoiceRows: [Row, Inv][] = [];
  const invoiceLines: Row[] = []; // written after their invoices, whose open amounts come last
  const drafts = Math.round((spec.orders - spec.shipments) / 10);

  let lineId = 0;
  let shipmentId = 0;
  let shipmentLineId = 0;
  let invoiceId = 0;
  let invoiceLineId = 0;
  let moveId = 0;
  const CHUNK = 5000;
  const buf: Record<string, Row[]> = {
    sales_orders: [],
    sales_order_lines: [],
    shipments: [],
    shipment_lines: [],
    stock_moves: [],
  };
  const flush = async () => {
    for (const [t, rows] of Object.entries(buf)) {
      if (rows.length) await insert(t, rows);
      count(t, rows.length);
      buf[t] = [];
    }
  };
  // Opening stock first: its moves have the lowest ids (the adjustment precedes every shipment).
  const openingDate = addDays(spec.start, -1);
  const openingNumbers = [1, 2, 3].map(() => series.take('SA', openingDate));

  const t0 = performance.now();
  for (let i = 0; i < spec.orders; i++) {
    const id = i + 1;
    const c = pickCustomer();
    const orderDate = orderDates[i]!;
    const isShipped = i < spec.shipments;
    const isInvoiced = i < spec.invoices;
    const isDraft = !isShipped && (i - spec.shipments) % 10 === 0 && drafts > 0;
    const warehouse = warehouseOf(c);
    const nLines = int(3, 7);
    const fav = favourites[c.id - 1]!;
    const used = new Set<number>();
    const lines: (Row & LineFigures & { id: number; product: ProductInfo; qty: number })[] = [];
    for (let k = 0; k < nLines; k++) {
      let p = pick(fav);
      while (used.has(p.id)) p = pick(products);
      used.add(p.id);
      const qty = int(1, 20) * 1000;
      const unitPrice = Math.max(
        p.floor_price,
        Math.round((p.list_price * (0.95 + random() * 0.1)) / 10) * 10,
      );
      const discount = pick([0, 0, 0, 0, 200, 500]);
      const f = computeLine(qty, unitPrice, discount, p.tax_rate);
      lines.push({
        id: ++lineId,
        product: p,
        order_id: id,
        line_no: k + 1,
        product_id: p.id,
        name: p.name,
        spec: p.spec,
        unit: p.unit,
        qty,
        unit_price: unitPrice,
        discount_bp: discount,
        tax_rate: p.tax_rate,
        ...f,
        floor_price: p.floor_price,
        delivered_qty: 0,
        delivered_total: 0,
        invoiced_qty: 0,
        invoiced_total: 0,
        reserved_qty: 0,
        returned_qty: 0,
        quotation_line_id: null,
        notes: null,
      });
    }
    const totals = sumFigures(lines);
    const created = ts(orderDate, i % 480);
    const approver = pick(users.managers);
    const number = isDraft ? null : series.take('SO', orderDate);
    const order: Row = {
      id,
      number,
      status: isDraft ? 'draft' : 'approved',
      customer_id: c.id,
      contact_id: c.contact_id,
      salesperson_id: c.owner_id,
      quotation_id: null,
      order_date: orderDate,
      delivery_date: addDays(orderDate, int(3, 20)),
      warehouse_id: warehouse,
      customer_type: c.customer_type,
      credit_days: c.credit_days,
      delivery_address: c.address,
      receiver: null,
      receiver_phone: null,
      customer_po: random() < 0.3 ? `PO${orderDate.replace(/-/g, '')}${int(100, 999)}` : null,
      notes: null,
      ...totals,
      delivered_total: 0,
      invoiced_total: 0,
      per_delivered: 0,
      per_billed: 0,
      needs_approval: false,
      approval_reason: null,
      credit_status: isDraft ? null : 'pass',
      credit_reason: isDraft || c.customer_type === 'account' ? null : '现款客户：发货前须收款',
      credit_snapshot: null,
      credit_checked_at: isDraft ? null : created,
      released_by: null,
      released_at: null,
      release_reason: null,
      reject_reason: null,
      approved_by: isDraft ? null : approver,
      approved_at: isDraft ? null : created,
      closed_at: null,
      close_reason: null,
      void_reason: null,
      submitted_at: null,
      created_by: c.owner_id,
      updated_by: isDraft ? c.owner_id : approver,
      created_at: created,
      updated_at: created,
      version: isDraft ? 0 : 1,
    };
    if (!isDraft) {
      for (const l of lines) {
        lastPrice.set(`${c.id}:${l.product.id}`, {
          customer_id: c.id,
          product_id: l.product.id,
          unit_price: l.unit_price,
          discount_bp: l.discount_bp,
          order_id: id,
          order_date: orderDate,
        });
      }
    }
    if (isShipped) {
      // shipments.approve: one shipment of every line, whole
      const shipDate = minDate(addDays(orderDate, int(1, 7)), spec.end);
      const sid = ++shipmentId;
      const shNumber = series.take('SH', shipDate);
      const shAt = ts(shipDate, (i * 7) % 480);
      const sls: Row[] = [];
      const figs: LineFigures[] = [];
      for (const [k, l] of lines.entries()) {
        const f = partialFigures(
          {
            qty: l.qty,
            unit_price: l.unit_price as number,
            discount_bp: l.discount_bp as number,
            tax_rate: l.tax_rate as number,
            total: l.total,
          },
          0,
          0,
          l.qty,
        );
        figs.push(f);
        const sl: Row = {
          id: ++shipmentLineId,
          shipment_id: sid,
          line_no: k + 1,
          order_id: id,
          order_line_id: l.id,
          product_id: l.product.id,
          qty: l.qty,
          unit_price: l.unit_price,
          discount_bp: l.discount_bp,
          tax_rate: l.tax_rate,
          ...f,
          invoiced_qty: 0,
          invoiced_total: 0,
          returned_qty: 0,
          returned_total: 0,
          credited_qty: 0,
          credited_total: 0,
        };
        sls.push(sl);
        l.delivered_qty = l.qty;
        l.delivered_total = f.total;
        const key = `${l.product.id}:${warehouse}`;
        shipped.set(key, (shipped.get(key) ?? 0) + l.qty);
        buf.stock_moves!.push({
          id: ++moveId + 3 * products.length,
          product_id: l.product.id,
          warehouse_id: warehouse,
          qty: -l.qty,
          doc_type: 'shipment',
          doc_id: sid,
          doc_number: shNumber,
          moved_at: shAt,
          created_by: users.admin,
        });
      }
      const st = sumFigures(figs);
      order.delivered_total = st.total;
      order.per_delivered = 10000;
      order.updated_at = shAt;
      order.version = Number(order.version) + 1;
      const shipment: Row = {
        id: sid,
        number: shNumber,
        status: 'approved',
        customer_id: c.id,
        warehouse_id: warehouse,
        ship_date: shipDate,
        carrier: pick(['德邦物流', '顺丰速运', '自送', '安能物流', null]),
        vehicle_no: null,
        waybill_no: null,
        receiver: null,
        receiver_phone: null,
        delivery_address: c.address,
        collect_on_delivery: c.customer_type !== 'account',
        notes: null,
        ...st,
        invoiced_total: 0,
        approved_by: users.admin,
        approved_at: shAt,
        void_reason: null,
        voided_at: null,
        created_by: users.admin,
        updated_by: users.admin,
        created_at: shAt,
        updated_at: shAt,
        version: 1,
      };
      if (isInvoiced) {
        // invoices.issue: the whole shipment
        const invDate = minDate(addDays(shipDate, int(0, 10)), spec.end);
        const iid = ++invoiceId;
        const figsI: LineFigures[] = [];
        for (const [k, sl] of sls.entries()) {
          const f = partOf(sl, { qty: Number(sl.qty), total: Number(sl.total) }, Number(sl.qty));
          figsI.push(f);
          const l = lines[k]!;
          invoiceLines.push({
            id: ++invoiceLineId,
            invoice_id: iid,
            line_no: k + 1,
            shipment_line_id: sl.id,
            order_line_id: l.id,
            product_id: l.product.id,
            description: l.product.name,
            unit: l.product.unit,
            qty: sl.qty,
            unit_price: sl.unit_price,
            discount_bp: sl.discount_bp,
            tax_rate: sl.tax_rate,
            ...f,
          });
          sl.invoiced_qty = sl.qty;
          sl.invoiced_total = f.total;
          l.invoiced_qty = sl.qty;
          l.invoiced_total = f.total;
        }
        const it = sumFigures(figsI);
        shipment.invoiced_total = it.total;
        order.invoiced_total = it.total;
        order.per_billed = 10000;
        const ivAt = ts(invDate, (i * 11) % 480);
        order.status = 'closed';
        order.closed_at = ivAt;
        order.close_reason = '已全部发货开票，自动结案';
        order.updated_at = ivAt;
        order.version = Number(order.version) + 2;
        const ivNumber = series.take('IV', invDate);
        const due = dueDate(invDate, {
          customer_type: c.customer_type,
          credit_days: c.credit_days,
          term_basis: 'invoice',
        });
        const invRow: Row = {
          id: iid,
          kind: 'invoice',
          number: ivNumber,
          status: 'approved',
          customer_id: c.id,
          salesperson_id: c.owner_id,
          invoice_date: invDate,
          due_date: due,
          delivered_on: shipDate,
          ...it,
          open_amount: it.total, // lowered below by the allocations
          vat_invoice_no: null,
          vat_invoice_date: null,
          reason: null,
          credit_kind: null,
          target_invoice_id: null,
          return_id: null,
          notes: null,
          submitted_at: null,
          checked_by: null,
          checked_at: null,
          approved_by: users.admin,
          approved_at: ivAt,
          void_reason: null,
          created_by: users.admin,
          updated_by: users.admin,
          created_at: ivAt,
          updated_at: ivAt,
          version: 1,
        };
        const inv: Inv = {
          id: iid,
          customer: c.id,
          number: ivNumber,
          date: invDate,
          due,
          total: it.total,
          open: it.total,
          allocations: 0,
        };
        invoiceRows.push([invRow, inv]);
        if (!invoicesByCustomer.has(c.id)) invoicesByCustomer.set(c.id, []);
        invoicesByCustomer.get(c.id)!.push(inv);
      } else {
        bal(c.id).delivered_uninvoiced += st.total;
      }
      buf.shipments!.push(shipment);
      buf.shipment_lines!.push(...sls);
    } else if (!isDraft) {
      for (const l of lines) {
        l.reserved_qty = l.qty;
        const key = `${l.product.id}:${warehouse}`;
        reserved.set(key, (reserved.get(key) ?? 0) + l.qty);
      }
      bal(c.id).open_orders += totals.total;
    }
    buf.sales_orders!.push(order);
    for (const l of lines) {
      const { product: _p, ...row } = l;
      buf.sales_order_lines!.push(row);
    }
    if (buf.sales_orders!.length >= CHUNK) await flush();
  }
  await flush();
  log(`  orders, shipments, invoices in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Stock: one opening adjustment per warehouse, enough for everything shipped and reserved, and a buffer.
  const adjustments = openingNumbers.map((number, w) => ({
    id: w + 1,
    number,
    kind: 'opening',
    warehouse_id: w + 1,
    doc_date: openingDate,
    reason: '期初库存',
    created_by: users.admin,
    created_at: ts(openingDate, 0),
  }));
  const openingMoves: Row[] = [];
  const stock: Row[] = [];
  let openingId = 0;
  for (let w = 1; w <= 3; w++) {
    for (const p of products) {
      const key = `${p.id}:${w}`;
      const opening = (shipped.get(key) ?? 0) + (reserved.get(key) ?? 0) + int(20, 300) * 1000;
      openingMoves.push({
        id: ++openingId,
        product_id: p.id,
        warehouse_id: w,
        qty: opening,
        doc_type: 'stock_opening',
        doc_id: w,
        doc_number: openingNumbers[w - 1],
        moved_at: ts(openingDate, 0),
        created_by: users.admin,
      });
      stock.push({
        product_id: p.id,
        warehouse_id: w,
        on_hand: opening - (shipped.get(key) ?? 0),
        reserved: reserved.get(key) ?? 0,
        updated_at: ts(spec.end, 0),
      });
    }
  }
  await insert('stock_adjustments', adjustments);
  await insert('stock_moves', openingMoves);
  await insert('stock', stock);
  count('stock_moves', openingMoves.length);
  await insert('customer_prices', [...lastPrice.values()]);
  count('customer_prices', lastPrice.size);

  // Receipts: one timeline per customer. Invoices apply the customer's open credits when issued
  // (auto_apply_advances); receipts are allocated by the clerk to the oldest-due open invoices, or left open.
  const t1 = performance.now();
  const payShare = Math.min(1, spec.receipts / Math.max(1, spec.invoices) + 0.02);
  interface RcEvent {
    date: string;
    customer: CustomerInfo;
    amount: number;
    allocate: boolean;
    method: string;
    seq: number;
  }
  const receiptEvents: RcEvent[] = [];
  for (const c of customers) {
    for (const inv of invoicesByCustomer.get(c.id) ?? []) {
      if (random() > payShare) continue;
      const late = random() < 0.06 ? int(60, 200) : int(-10, 35);
      const date = addDays(inv.due < inv.date ? inv.date : inv.due, late);
      const payDate = date < inv.date ? inv.date : date;
      if (payDate > spec.end) continue;
      const r = random();
      const amount =
        r < 0.88 ? inv.total : r < 0.94 ? Math.round(inv.total / 2) : Math.ceil(inv.total / 100000) * 100000;
      receiptEvents.push({
        date: payDate,
        customer: c,
        amount,
        allocate: random() < 0.85,
        method: pick([
          'bank_transfer',
          'bank_transfer',
          'bank_transfer',
          'acceptance_bill',
          'wechat',
          'cash',
        ]),
        seq: 0,
      });
    }
  }
  // numbers in date order, as a finance clerk enters them day by day
  receiptEvents.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.customer.id - b.customer.id));
  const receipts: Row[] = [];
  const ledger: Row[] = [];
  const allocations: Row[] = [];
  const byCustomerRc = new Map<number, (RcEvent & { credit: Credit })[]>();
  for (const [k, e] of receiptEvents.entries()) {
    e.seq = k;
    const credit: Credit = {
      id: k + 1,
      number: series.take('RC', e.date),
      date: e.date,
      amount: e.amount,
      applied: 0,
      allocations: 0,
    };
    if (!byCustomerRc.has(e.customer.id)) byCustomerRc.set(e.customer.id, []);
    byCustomerRc.get(e.customer.id)!.push({ ...e, credit });
  }
  const finance = users.admin;
  let allocId = 0;
  const allocate = (customerId: number, credit: Credit, inv: Inv, amount: number, at: string) => {
    allocations.push({
      id: ++allocId,
      source_type: 'receipt',
      source_id: credit.id,
      invoice_id: inv.id,
      customer_id: customerId,
      amount,
      effective_date: credit.date > inv.date ? credit.date : inv.date,
      reversal_of: null,
      reversed: false,
      reason: null,
      created_by: finance,
      created_at: at,
    });
    inv.open -= amount;
    inv.allocations++;
    credit.applied += amount;
    credit.allocations++;
  };
  for (const c of customers) {
    const invs = invoicesByCustomer.get(c.id) ?? [];
    const rcs = byCustomerRc.get(c.id) ?? [];
    // events in time order: an invoice before a receipt of the same day
    const events: (
      { kind: 'iv'; inv: Inv; date: string } | { kind: 'rc'; rc: (typeof rcs)[number]; date: string }
    )[] = [
      ...invs.map((inv) => ({ kind: 'iv' as const, inv, date: inv.date })),
      ...rcs.map((rc) => ({ kind: 'rc' as const, rc, date: rc.date })),
    ];
    events.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === b.kind ? 0 : a.kind === 'iv' ? -1 : 1,
    );
    const open: Inv[] = [];
    const credits: Credit[] = [];
    for (const ev of events) {
      if (ev.kind === 'iv') {
        const inv = ev.inv;
        ledger.push({
          customer_id: c.id,
          entry_date: inv.date,
          doc_type: 'invoice',
          doc_id: inv.id,
          doc_number: inv.number,
          amount: inv.total,
          description: '销售发票',
          created_at: ts(inv.date, 30),
        });
        for (const cr of credits) {
          if (inv.open === 0) break;
          const a = Math.min(cr.amount - cr.applied, inv.open);
          if (a > 0) allocate(c.id, cr, inv, a, ts(inv.date, 30));
        }
        if (inv.open > 0) open.push(inv);
      } else {
        const { rc } = ev;
        const cr = rc.credit;
        ledger.push({
          customer_id: c.id,
          entry_date: rc.date,
          doc_type: 'receipt',
          doc_id: cr.id,
          doc_number: cr.number,
          amount: -cr.amount,
          description: '收款',
          created_at: ts(rc.date, 45),
        });
        if (rc.allocate) {
          open.sort((a, b) =>
            a.due < b.due ? -1 : a.due > b.due ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id,
          );
          for (const inv of open) {
            const a = Math.min(cr.amount - cr.applied, inv.open);
            if (a <= 0) break;
            allocate(c.id, cr, inv, a, ts(rc.date, 45));
          }
        }
        credits.push(cr);
      }
      for (let k = open.length - 1; k >= 0; k--) if (open[k]!.open === 0) open.splice(k, 1);
      for (let k = credits.length - 1; k >= 0; k--)
        if (credits[k]!.applied === credits[k]!.amount) credits.splice(k, 1);
    }
    const b = bal(c.id);
    for (const inv of invs) b.receivable += inv.open;
    for (const rc of rcs) b.advances += rc.credit.amount - rc.credit.applied;
    for (const rc of rcs) {
      const at = ts(rc.date, 45);
      receipts.push({
        id: rc.credit.id,
        number: rc.credit.number,
        status: 'approved',
        customer_id: c.id,
        receipt_date: rc.date,
        method: rc.method,
        amount: rc.credit.amount,
        applied_total: rc.credit.applied,
        bank_account: null,
        reference: null,
        bill_no: rc.method === 'acceptance_bill' ? `BILL${String(rc.credit.id).padStart(10, '0')}` : null,
        bill_maturity: rc.method === 'acceptance_bill' ? addDays(rc.date, 180) : null,
        order_id: null,
        notes: null,
        approved_by: finance,
        approved_at: at,
        reversed_by: null,
        reversed_at: null,
        reversal_date: null,
        reversal_reason: null,
        created_by: finance,
        updated_by: finance,
        created_at: at,
        updated_at: at,
        version: rc.credit.allocations,
      });
    }
  }
  receipts.sort((a, b) => Number(a.id) - Number(b.id));
  log(`  receipts and allocations simulated in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  ledger.sort((a, b) =>
    String(a.created_at) < String(b.created_at) ? -1 : String(a.created_at) > String(b.created_at) ? 1 : 0,
  );
  await insert(
    'ar_ledger',
    ledger.map((l, k) => ({ id: k + 1, ...l })),
  );
  count('ar_ledger', ledger.length);
  // the invoices with their open amounts after the allocations (allocations lower the open amount and
  // bump the version, as allocate() does)
  await insert(
    'invoices',
    invoiceRows.map(([row, inv]) => ({
      ...row,
      open_amount: inv.open,
      version: Number(row.version) + inv.allocations,
    })),
  );
  count('invoices', invoiceRows.length);
  await insert('invoice_lines', invoiceLines);
  count('invoice_lines', invoiceLines.length);
  counts.open_invoices = invoiceRows.filter(([, inv]) => inv.open > 0).length;
  await insert('receipts', receipts);
  count('receipts', receipts.length);
  await insert('allocations', allocations);
  count('allocations', allocations.length);

  await insert(
    'customer_balances',
    [...balances].map(([customer_id, b]) => ({ customer_id, ...b, updated_at: ts(spec.end, 0), version: 0 })),
  );
  await insert('number_series', series.rows());

  // CRM activities: visits and calls by the owners; each settles the owner's earlier follow-up on the customer.
  const acts: Row[] = [];
  const lastAct = new Map<string, Row>();
  const actDates = Array.from({ length: spec.activities }, () => addDays(spec.start, int(0, days))).sort();
  const SUMMARIES = [
    '拜访采购经理，介绍新品',
    '电话跟进报价',
    '了解下季度采购计划',
    '催收货款',
    '送样品并演示',
    '商务洽谈，确认价格',
    '回访使用情况',
  ];
  for (const [k, d] of actDates.entries()) {
    const c = customers[Math.floor(random() * customers.length)]!;
    const type = pick(['visit', 'call', 'call', 'wechat', 'meeting']);
    const at = ts(d, k % 480);
    const prev = lastAct.get(`${c.id}:${c.owner_id}`);
    if (prev) {
      prev.followup_done = true;
      prev.followup_done_at = at;
    }
    const row: Row = {
      id: k + 1,
      type,
      user_id: c.owner_id,
      customer_id: c.id,
      lead_id: null,
      contact_id: c.contact_id,
      opportunity_id: null,
      occurred_at: at,
      checkin_at: type === 'visit' ? at : null,
      checkin_place: type === 'visit' ? c.address : null,
      summary: pick(SUMMARIES),
      customer_requests: null,
      promises: null,
      next_followup_on: addDays(d, int(7, 30)),
      followup_owner_id: c.owner_id,
      followup_done: false,
      followup_done_at: null,
      created_at: at,
    };
    lastAct.set(`${c.id}:${c.owner_id}`, row);
    acts.push(row);
  }
  await insert('crm_activities', acts);
  count('crm_activities', acts.length);
  return counts;
}
