import type { TestApp } from './harness';
import { draftOrder, type SalesFixture } from './sales-fixture';

/** An approved order for the customer (submitted by the manager, who approves directly). */
export async function approvedOrder(
  app: TestApp,
  f: SalesFixture,
  customer: number,
  lines: [number, number, number?, number?][],
) {
  const d = await draftOrder(app, f, customer, lines, { token: f.mgr.token });
  const r = await app.call('orders.submit', { id: d.id, version: d.version }, f.mgr.token);
  if (r.order.status !== 'approved')
    throw new Error(`order not approved: ${r.order.status} ${r.order.credit_reason}`);
  return r.order;
}

/** Ships [order line, units] pairs in one approved shipment. */
export async function ship(
  app: TestApp,
  f: SalesFixture,
  customer: number,
  lines: [number, number][],
  date = '2026-11-20',
) {
  const s = await app.call(
    'shipments.create',
    {
      customer_id: customer,
      warehouse_id: f.warehouse,
      ship_date: date,
      lines: lines.map(([id, units]) => ({ order_line_id: id, qty: units * 1000 })),
    },
    f.wh.token,
  );
  return app.call('shipments.approve', { id: s.id, version: s.version }, f.wh.token);
}

/** Invoices [shipment line, units] and issues the invoice (finance). */
export async function invoice(
  app: TestApp,
  f: SalesFixture,
  customer: number,
  lines: [number, number][],
  date = '2026-11-20',
) {
  const d = await app.call(
    'invoices.create',
    {
      customer_id: customer,
      invoice_date: date,
      lines: lines.map(([id, units]) => ({ shipment_line_id: id, qty: units * 1000 })),
    },
    f.fin.token,
  );
  return app.call('invoices.issue', { id: d.id, version: d.version }, f.fin.token);
}

export async function receive(
  app: TestApp,
  f: SalesFixture,
  customer: number,
  amount: number,
  allocations: { invoice_id: number; amount: number }[] = [],
  date = '2026-11-21',
) {
  return app.call(
    'receipts.create',
    {
      customer_id: customer,
      receipt_date: date,
      method: 'bank_transfer',
      amount,
      reference: `回单${amount}`,
      allocations,
    },
    f.fin.token,
  );
}
