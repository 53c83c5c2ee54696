import { expect, test } from '@playwright/test';
import { createUser, login, rpc, shot, tid } from './helpers';

/**
 * The CRM joined to sales and finance: a salesperson opens a won opportunity, makes the quotation from it in
 * one click and lands on the draft with the opportunity's products; the customer 360 page shows the
 * customer's sales orders and receivables, each row opening its document.
 *
 * Self-contained: everything is created through the RPC API. To win an opportunity without uploading tender
 * documents, the stage requirements are switched off for the duration of the spec and restored afterwards.
 */
test.describe.configure({ mode: 'serial' });

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const TODAY = localDate(new Date());
const CUSTOMER = '广州市黄埔区联科智能装备有限公司';
const OPP = '联科智能装配线改造（二期）';

type Cfg = {
  stages: { key: string; requirements: string[]; tasks: unknown[] }[];
  won_requirements: string[];
};
type Doc = { id: number; version: number; number: string | null };

let sp: { id: number; login: string; password: string };
let customerId = 0;
let oppId = 0;
let savedConfig: Cfg | null = null;
let orderNumber = '';
let invoiceNumber = '';

test.beforeAll(async ({ request }) => {
  sp = await createUser(request, 'cs_sp', '郑晓明', ['salesperson']);
  const product = async (code: string, name: string, unit: string, list: number, floor: number) =>
    (
      await rpc<{ id: number }>(request, 'products.create', {
        code,
        name,
        unit,
        list_price: list,
        floor_price: floor,
      })
    ).id;
  const vfd = await product('CS-VFD-75', '变频器 ACS510 7.5kW', '台', 3680_00, 3200_00);
  const mcb = await product('CS-NSX-100', '塑壳断路器 NSX100F', '个', 860_00, 700_00);
  const wh = (await rpc<{ id: number }>(request, 'warehouses.save', { code: 'CSW', name: '黄埔仓' })).id;
  await rpc(request, 'stock.adjust', {
    warehouse_id: wh,
    kind: 'opening',
    doc_date: TODAY,
    reason: '期初库存',
    lines: [
      { product_id: vfd, qty: 50_000 },
      { product_id: mcb, qty: 200_000 },
    ],
  });
  customerId = (
    await rpc<{ id: number }>(request, 'customers.create', {
      legal_name: CUSTOMER,
      owner_id: sp.id,
      customer_type: 'account',
      credit_limit: 500_000_00,
      credit_days: 30,
    })
  ).id;

  // Two approved orders: the first shipped, invoiced and partly paid; the second still open.
  const order = async (lines: { product_id: number; qty: number; unit_price: number }[]) => {
    const d = await rpc<Doc>(request, 'orders.create', {
      customer_id: customerId,
      order_date: TODAY,
      warehouse_id: wh,
      lines,
    });
    const r = await rpc<{ order: Doc & { lines: { id: number; qty: number }[] } }>(request, 'orders.submit', {
      id: d.id,
      version: d.version,
    });
    return r.order;
  };
  const o1 = await order([
    { product_id: vfd, qty: 2000, unit_price: 3600_00 },
    { product_id: mcb, qty: 10_000, unit_price: 820_00 },
  ]);
  orderNumber = o1.number!;
  await order([{ product_id: vfd, qty: 1000, unit_price: 3650_00 }]);
  const s = await rpc<Doc>(request, 'shipments.create', {
    customer_id: customerId,
    warehouse_id: wh,
    ship_date: TODAY,
    lines: o1.lines.map((l) => ({ order_line_id: l.id, qty: l.qty })),
  });
  const shipped = await rpc<{ lines: { id: number; qty: number }[] }>(request, 'shipments.approve', {
    id: s.id,
    version: s.version,
  });
  const inv = await rpc<Doc>(request, 'invoices.create', {
    customer_id: customerId,
    invoice_date: TODAY,
    lines: shipped.lines.map((l) => ({ shipment_line_id: l.id, qty: l.qty })),
  });
  const issued = await rpc<Doc>(request, 'invoices.issue', { id: inv.id, version: inv.version });
  invoiceNumber = issued.number!;
  await rpc(request, 'receipts.create', {
    customer_id: customerId,
    receipt_date: TODAY,
    method: 'bank_transfer',
    amount: 5000_00,
    reference: '联科首付款',
    allocations: [{ invoice_id: inv.id, amount: 5000_00 }],
  });

  // A won opportunity with expected products (stage requirements off while it moves through the stages).
  const cfg = await rpc<Cfg>(request, 'crm.config', {});
  savedConfig = cfg;
  await rpc(request, 'crm.setConfig', {
    ...cfg,
    stages: cfg.stages.map((s) => ({ ...s, requirements: [], tasks: [] })),
    won_requirements: [],
  });
  const as = { login: sp.login, password: sp.password };
  let opp = await rpc<Doc>(request, 'opportunities.create', { customer_id: customerId, name: OPP }, as);
  oppId = opp.id;
  opp = await rpc<Doc>(
    request,
    'opportunities.setProducts',
    {
      opportunity_id: oppId,
      lines: [
        { product_id: vfd, qty: 6000, price: 3550_00 },
        { product_id: mcb, qty: 24_000, price: 800_00, notes: '含安装调试' },
      ],
    },
    as,
  );
  for (const stage of cfg.stages.slice(1)) {
    opp = await rpc<Doc>(
      request,
      'opportunities.advance',
      { id: oppId, version: opp.version, to_stage: stage.key },
      as,
    );
  }
  await rpc(
    request,
    'opportunities.win',
    { id: oppId, version: opp.version, won_amount: 40_500_00, won_on: TODAY, reason: '技术方案评分第一' },
    as,
  );
});

test.afterAll(async ({ request }) => {
  if (savedConfig) await rpc(request, 'crm.setConfig', savedConfig);
});

test('a won opportunity becomes a quotation in one click', async ({ page }) => {
  await login(page, sp.login, sp.password);
  await page.goto(`/#/crm/customer?id=${customerId}`);
  await expect(page.locator(tid('c360-name'))).toHaveText(CUSTOMER);
  await page.locator(tid('c360-section-opportunities')).locator('tbody tr', { hasText: OPP }).click();
  const drawer = page.locator(tid('opp-drawer'));
  const make = drawer.locator(tid('opp-to-quotation'));
  await expect(make).toBeVisible();
  await expect(drawer.locator('.ant-alert')).toContainText('中标');
  await shot(page, '06b-01-won-opportunity');

  await make.click();
  await expect(page).toHaveURL(/#\/quotations\/\d+$/);
  const q = page.locator(tid('quotation-page'));
  await expect(q).toContainText('草稿');
  await expect(q.locator(tid('quotation-customer'))).toContainText(CUSTOMER);
  // 6 × ¥3,550.00 and 24 × ¥800.00, as the opportunity holds them
  await expect(q.locator(tid('qty-0'))).toHaveValue('6.000');
  await expect(q.locator(tid('price-0'))).toHaveValue('3550.00');
  await expect(q.locator(tid('qty-1'))).toHaveValue('24.000');
  await expect(q.locator(tid('line-total'))).toHaveText(['21,300.00', '19,200.00']);
  await shot(page, '06b-02-quotation-from-opportunity');

  // back on the opportunity: the quotation is listed, and a second one is not offered
  await page.goto(`/#/crm/customer?id=${customerId}`);
  await page.locator(tid('c360-section-opportunities')).locator('tbody tr', { hasText: OPP }).click();
  await expect(drawer.locator(tid('opp-quotation-link'))).toHaveCount(1);
  await expect(drawer.locator(tid('opp-to-quotation'))).toHaveCount(0);
});

test('the customer 360 page shows the sales orders and the receivables', async ({ page }) => {
  await login(page, sp.login, sp.password);
  await page.goto(`/#/crm/customer?id=${customerId}`);
  const orders = page.locator(tid('c360-section-orders'));
  await orders.scrollIntoViewIfNeeded();
  await expect(orders.locator('tbody tr')).toHaveCount(2);
  await expect(orders).toContainText(orderNumber);
  await expect(orders).toContainText('¥15,400.00'); // 2 × 3,600 + 10 × 820
  await expect(orders).toContainText('¥3,650.00');
  const receivables = page.locator(tid('c360-section-receivables'));
  await expect(receivables).toContainText(invoiceNumber);
  // invoiced ¥15,400.00, ¥5,000.00 received
  await expect(receivables.locator(tid('c360-balance'))).toContainText('¥10,400.00');
  await expect(receivables.locator('tbody tr')).toHaveCount(1);
  await expect(receivables.locator('tbody tr')).toContainText('¥10,400.00');
  await orders.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, '06b-03-customer-orders-receivables');

  // each row opens its document
  await orders.locator(tid('c360-order-link'), { hasText: orderNumber }).click();
  await expect(page).toHaveURL(/#\/orders\/\d+$/);
  await expect(page.getByText(orderNumber).first()).toBeVisible();
  await page.goBack();
  await page.locator(tid('c360-section-receivables')).locator(tid('c360-invoice-link')).click();
  await expect(page).toHaveURL(/#\/invoices\/\d+$/);
  await expect(page.getByText(invoiceNumber).first()).toBeVisible();
});
