import type { TestApp } from './harness';

/**
 * A small sales office: a manager with two salespeople, finance, a warehouse keeper; a warehouse with
 * opening stock; products with list and floor prices; customers of each credit kind.
 */
export interface SalesFixture {
  mgr: { id: number; token: string };
  sp: { id: number; token: string };
  sp2: { id: number; token: string };
  fin: { id: number; token: string };
  wh: { id: number; token: string };
  warehouse: number;
  warehouse2: number;
  /** 接触器: list ¥100.00, floor ¥80.00, 13 % */
  p1: number;
  /** 断路器: list ¥35.50, floor ¥30.00, 13 % */
  p2: number;
  /** 电缆: list ¥1,280.00, floor ¥1,100.00, 9 % */
  p3: number;
  /** account customer, limit ¥10,000, 30 days */
  acct: number;
  /** cash customer */
  cash: number;
  /** account customer with a bad record */
  bad: number;
  /** account customer of sp2 */
  other: number;
}

export async function salesFixture(app: TestApp, prefix = ''): Promise<SalesFixture> {
  const admin = app.adminToken;
  const mgr = await app.user(`${prefix}mgr`, ['sales_manager'], { name: '李经理' });
  const sp = await app.user(`${prefix}sp`, ['salesperson'], { name: '张三', manager_id: mgr.id });
  const sp2 = await app.user(`${prefix}sp2`, ['salesperson'], { name: '李四', manager_id: mgr.id });
  const fin = await app.user(`${prefix}fin`, ['finance'], { name: '赵会计' });
  const wh = await app.user(`${prefix}wh`, ['warehouse'], { name: '马仓管' });
  const warehouse = (
    await app.call('warehouses.save', { code: `${prefix}W1`, name: `${prefix}广州总仓` }, admin)
  ).id;
  const warehouse2 = (
    await app.call('warehouses.save', { code: `${prefix}W2`, name: `${prefix}佛山仓` }, admin)
  ).id;
  const p = async (code: string, name: string, list: number, floor: number, tax = 1300, unit = '个') =>
    (
      await app.call(
        'products.create',
        {
          code: `${prefix}${code}`,
          name,
          spec: `${code}-SPEC`,
          unit,
          list_price: list,
          floor_price: floor,
          tax_rate: tax,
        },
        admin,
      )
    ).id;
  const p1 = await p('CJX2', '交流接触器', 10000, 8000);
  const p2 = await p('DZ47', '小型断路器', 3550, 3000);
  const p3 = await p('YJV', '电力电缆 YJV 4×10', 128000, 110000, 900, '卷');
  const cust = async (name: string, owner: number, extra: Record<string, unknown> = {}) =>
    (
      await app.call(
        'customers.create',
        { legal_name: `${prefix}${name}`, owner_id: owner, ...extra } as never,
        admin,
      )
    ).id;
  const acct = await cust('广州恒通机电设备有限公司', sp.id, {
    customer_type: 'account',
    credit_limit: 1_000_000,
    credit_days: 30,
  });
  const cash = await cust('佛山顺发五金商行', sp.id, { customer_type: 'cash' });
  const bad = await cust('东莞宏图电子科技有限公司', sp.id, {
    customer_type: 'account',
    credit_limit: 5_000_000,
    credit_days: 30,
    bad_record: true,
  });
  const other = await cust('深圳瑞丰自动化有限公司', sp2.id, {
    customer_type: 'account',
    credit_limit: 50_000_000,
    credit_days: 60,
  });
  await app.call(
    'stock.adjust',
    {
      warehouse_id: warehouse,
      kind: 'opening',
      doc_date: '2026-11-01',
      reason: '期初库存',
      lines: [
        { product_id: p1, qty: 100_000 },
        { product_id: p2, qty: 500_000 },
        { product_id: p3, qty: 20_000 },
      ],
    },
    wh.token,
  );
  return { mgr, sp, sp2, fin, wh, warehouse, warehouse2, p1, p2, p3, acct, cash, bad, other };
}

/** A draft order of `lines` [product, qty (units), price (fen)] for a customer, as the salesperson. */
export async function draftOrder(
  app: TestApp,
  f: SalesFixture,
  customer: number,
  lines: [number, number, number?, number?][],
  opts: { token?: string; delivery_date?: string | null; warehouse?: number } = {},
) {
  return app.call(
    'orders.create',
    {
      customer_id: customer,
      order_date: '2026-11-20',
      delivery_date: opts.delivery_date ?? '2026-11-25',
      warehouse_id: opts.warehouse ?? f.warehouse,
      lines: lines.map(([product_id, units, price, discount]) => ({
        product_id,
        qty: units * 1000,
        unit_price: price ?? 10000,
        discount_bp: discount ?? 0,
      })),
    },
    opts.token ?? f.sp.token,
  );
}
