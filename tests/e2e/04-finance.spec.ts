import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { createUser, login, rpc, saved, shot, tid } from './helpers';

/**
 * Finance takes two shipments to invoices, records a receipt and matches it to both invoices on the
 * matching screen, records a second receipt with the oldest-first suggestion, takes a return, and reverses
 * a bounced receipt. Screens are photographed along the way.
 */
test.describe.configure({ mode: 'serial' });

interface Setup {
  finance: { login: string; password: string };
  customer: number;
  /** shipment line ids: [shipment 1 line, shipment 2 line] */
  shipLines: number[];
  shipment2: number;
}
let s: Setup;

/** Dates relative to today, so credit rules on overdue days see the same picture on any day the suite runs. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const D1 = daysAgo(40); // first shipment and invoice: due D1 + 30 days = 10 days ago
const D2 = daysAgo(12); // second shipment and invoice

interface Shipment {
  id: number;
  version: number;
  lines: { id: number }[];
}

test.beforeAll(async ({ request }) => {
  const finance = await createUser(request, 'e2e_fin4', '钱会计', ['finance']);
  const w = await rpc<{ id: number }>(request, 'warehouses.save', {
    code: 'SZ04',
    name: '深圳仓',
    address: '深圳市宝安区福永街道',
  });
  const p = await rpc<{ id: number }>(request, 'products.create', {
    code: 'NXB-63',
    name: '断路器 NXB-63 3P',
    spec: 'C63',
    unit: '只',
    category: '低压电器',
    list_price: 12000,
    floor_price: 9000,
    tax_rate: 1300,
  });
  await rpc(request, 'stock.adjust', {
    warehouse_id: w.id,
    kind: 'opening',
    doc_date: daysAgo(60),
    reason: '期初库存',
    lines: [{ product_id: p.id, qty: 1_000_000 }],
  });
  const c = await rpc<{ id: number }>(request, 'customers.create', {
    legal_name: '深圳安达电气有限公司',
    short_name: '安达电气',
    customer_type: 'account',
    credit_limit: 50_000_000,
    credit_days: 30,
    address: '深圳市龙华区民治街道',
    phone: '0755-28100000',
  });
  const order = await rpc<{ id: number; version: number; lines: { id: number }[] }>(
    request,
    'orders.create',
    {
      customer_id: c.id,
      order_date: daysAgo(45),
      warehouse_id: w.id,
      lines: [{ product_id: p.id, qty: 300_000, unit_price: 12000, discount_bp: 0 }],
    },
  );
  const sub = await rpc<{ order: { status: string } }>(request, 'orders.submit', {
    id: order.id,
    version: order.version,
  });
  expect(sub.order.status).toBe('approved');
  const ship = async (date: string, units: number) => {
    const d = await rpc<Shipment>(request, 'shipments.create', {
      customer_id: c.id,
      warehouse_id: w.id,
      ship_date: date,
      lines: [{ order_line_id: order.lines[0]!.id, qty: units * 1000 }],
    });
    return rpc<Shipment>(request, 'shipments.approve', { id: d.id, version: d.version });
  };
  const s1 = await ship(D1, 100); // ¥12,000.00
  const s2 = await ship(D2, 50); // ¥6,000.00
  s = { finance, customer: c.id, shipLines: [s1.lines[0]!.id, s2.lines[0]!.id], shipment2: s2.id };
});

async function pickInSelect(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

test('finance invoices delivered goods: the customer waits in 待开票, one invoice per shipment', async ({
  page,
  request,
}) => {
  await login(page, s.finance.login, s.finance.password);
  await page.goto('/#/finance');
  await expect(page.locator(tid('fin-card-toInvoice'))).toContainText(/已发货未开票¥[\d,]+\.\d\d/);
  await shot(page, '40-finance-home');

  await page.goto('/#/invoices?view=to_invoice');
  const row = page.locator(`${tid('to-invoice-grid')} .ag-row`).filter({ hasText: '深圳安达电气' });
  await expect(row).toContainText('18,000.00');
  await shot(page, '41-to-invoice');
  await row.dblclick();

  // the new invoice lists both shipments' lines; take the first one in part: 60 of 100
  await expect(page.locator(tid('invoice-page'))).toBeVisible();
  await expect(page.locator(`${tid('uninvoiced-lines')} tbody tr.ant-table-row`)).toHaveCount(2);
  await page
    .locator(`${tid('uninvoiced-lines')} tbody tr.ant-table-row`)
    .first()
    .locator('.ant-checkbox-input')
    .check();
  const qty = page.locator(tid(`inv-qty-${s.shipLines[0]}`));
  await expect(qty).toHaveValue('100.000');
  await qty.fill('60');
  await qty.press('Tab');
  await expect(page.locator(tid('invoice-total'))).toHaveText('¥7,200.00');
  await expect(page.locator(tid('invoice-totals'))).toContainText('柒仟贰佰元整');
  await page.locator('.ant-picker input').first().fill(D1);
  await page.locator('.ant-picker input').first().press('Enter');
  await shot(page, '42-invoice-new');
  await page.locator(tid('invoice-issue')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '发票已开具' }).last()).toBeVisible();
  await expect(page.locator(tid('invoice-title'))).toContainText(/INV|FP|\d{6}/);
  await expect(page.locator(tid('invoice-open'))).toHaveText('¥7,200.00');
  // due date from 30-day terms
  await expect(page.locator(tid('invoice-page'))).toContainText(daysAgo(10));
  await shot(page, '43-invoice-issued');

  // the rest of shipment 1 (40) and shipment 2 (50) on a second invoice, prepared by API
  const d = await rpc<{ id: number; version: number }>(request, 'invoices.create', {
    customer_id: s.customer,
    invoice_date: D2,
    lines: [
      { shipment_line_id: s.shipLines[0], qty: 40_000 },
      { shipment_line_id: s.shipLines[1], qty: 50_000 },
    ],
  });
  await rpc(request, 'invoices.issue', { id: d.id, version: d.version });

  await page.goto('/#/invoices?view=open');
  await expect(
    page.locator(`${tid('invoice-grid')} .ag-row`).filter({ hasText: '深圳安达电气' }),
  ).toHaveCount(2);
  await shot(page, '44-invoices-open');

  // The open invoices go to Excel as on screen: statuses in words, amounts as numbers.
  const file = await saved(page, () => page.locator(tid('export-excel')).click(), 'open-invoices.xlsx');
  const book = XLSX.read(fs.readFileSync(file));
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!);
  const mine = rows.filter((r) => String(r['客户']).includes('深圳安达电气'));
  expect(mine).toHaveLength(2);
  expect(mine.map((r) => r['状态'])).toEqual(['已开具', '已开具']);
  expect(mine.every((r) => typeof r['价税合计'] === 'number' && (r['价税合计'] as number) > 0)).toBe(true);
});

test('a receipt is matched to two invoices on the matching screen with the keyboard', async ({ page }) => {
  await login(page, s.finance.login, s.finance.password);
  await page.goto('/#/receipts/new');
  await pickInSelect(page, tid('receipt-customer'), '安达');
  await expect(page.locator(`${tid('receipt-open-invoices')} tbody tr.ant-table-row`)).toHaveCount(2);
  await page.locator(tid('receipt-amount')).fill('15000');
  await page.locator(tid('receipt-reference')).fill('工行回单 0917');
  await expect(page.locator(tid('receipt-left'))).toContainText('¥15,000.00');
  await shot(page, '45-receipt-new');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.ant-message-notice-title', { hasText: '收款已登记' }).last()).toBeVisible();
  await expect(page.locator(tid('receipt-unapplied'))).toHaveText('¥15,000.00');

  // to the matching screen
  await page.getByRole('button', { name: '核销' }).click();
  await expect(page.locator(tid('matching-page'))).toBeVisible();
  const credits = page.locator(`${tid('match-credits')} .ag-row`);
  await expect(credits).toHaveCount(1);
  await expect(credits.first()).toContainText('15,000.00');
  const invoices = page.locator(`${tid('match-invoices')} .ag-row`);
  await expect(invoices).toHaveCount(2);
  // a click ticks the first invoice; ↓ and Space tick the second; Enter matches
  await invoices.first().locator('.ag-cell').nth(1).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.locator(tid('match-apply'))).toContainText('核销 2 张发票 ¥15,000.00');
  await shot(page, '46-matching');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message-notice-title', { hasText: '已核销 2 笔' }).last()).toBeVisible();
  // the receipt is used up; the older invoice (¥7,200) is paid, the newer one has ¥10,800 − ¥7,800 = ¥3,000 open
  await expect(credits).toHaveCount(0);
  await expect(invoices).toHaveCount(1);
  await expect(invoices.first()).toContainText('3,000.00');
  await shot(page, '47-matching-done');

  await page.goto('/#/invoices?view=all');
  const paid = page.locator(`${tid('invoice-grid')} .ag-row`).filter({ hasText: D1 });
  await paid.dblclick();
  await expect(page.locator(tid('invoice-open'))).toHaveText('¥0.00');
  await expect(page.locator(tid('allocations'))).toContainText('¥7,200.00');
  await shot(page, '48-invoice-paid');
});

test('a second receipt takes the oldest-first suggestion; the rest is an advance; a bounced one is reversed', async ({
  page,
}) => {
  await login(page, s.finance.login, s.finance.password);
  await page.goto('/#/receipts/new');
  await pickInSelect(page, tid('receipt-customer'), '安达');
  await expect(page.locator(`${tid('receipt-open-invoices')} tbody tr.ant-table-row`)).toHaveCount(1);
  await page.locator(tid('receipt-method')).click();
  await page.locator('.ant-select-item-option:visible').filter({ hasText: '承兑汇票' }).click();
  await page.locator(tid('receipt-bill-no')).fill('31000051 20261120 88');
  await page.locator(tid('receipt-amount')).fill('5000');
  await page.keyboard.press('F8');
  await expect(page.locator('[data-testid^="alloc-"]').first()).toHaveValue('3,000.00');
  await expect(page.locator(tid('receipt-left'))).toContainText('¥2,000.00');
  await shot(page, '49-receipt-suggest');
  await page.locator(tid('receipt-save')).click();
  await expect(page.locator(tid('receipt-unapplied'))).toHaveText('¥2,000.00');

  // the bill bounces: reversed with a reason; the invoice is open again
  await page.locator(tid('receipt-reverse')).click();
  await page.locator(tid('reason-input')).fill('承兑汇票退票');
  await page.locator('.ant-modal-confirm .ant-btn-dangerous').click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '收款单已冲销' }).last()).toBeVisible();
  await expect(page.locator(tid('receipt-page'))).toContainText('已冲销');
  await expect(page.locator(tid('allocations'))).toContainText('承兑汇票退票');
  await shot(page, '50-receipt-reversed');

  await page.goto('/#/receipts');
  await expect(page.locator(`${tid('receipt-grid')} .ag-row`).filter({ hasText: '安达' })).toHaveCount(2);
  await shot(page, '51-receipts');
});

test('a return against the second shipment credits the invoice', async ({ page }) => {
  await login(page, s.finance.login, s.finance.password);
  await page.goto('/#/returns');
  await page.locator(tid('return-new')).click();
  await page.locator(tid('return-shipment')).click();
  await page
    .locator('.ant-select-item-option:visible')
    .filter({ hasText: '安达' })
    .filter({ hasText: D2 })
    .click();
  await expect(page.locator(`${tid('returnable-lines')} tbody tr.ant-table-row`)).toHaveCount(1);
  await page.locator(tid('ret-qty-NXB-63')).fill('10');
  await page.locator(tid('return-reason')).fill('外壳破损');
  await shot(page, '52-return-new');
  await page.locator(tid('return-save')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '退货单已保存' }).last()).toBeVisible();
  await page.locator(tid('return-approve')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '退货已审核' }).last()).toBeVisible();
  await expect(page.locator(tid('return-lines'))).toContainText('¥1,200.00');
  await expect(page.locator('.ant-drawer')).toContainText('红字凭证');
  await shot(page, '53-return-approved');

  // the second invoice had ¥3,000 open; the return credits ¥1,200 of it
  await page.goto('/#/invoices?view=open');
  const open = page.locator(`${tid('invoice-grid')} .ag-row`).filter({ hasText: D2 });
  await expect(open).toContainText('1,800.00');
});
