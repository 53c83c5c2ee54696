import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { login, rpc, saved, shot, tid } from './helpers';
import { pdfPng, pdfText, squash } from '../helpers/pdf';
import { toChineseCapital } from '../../shared/money';
import { readZip } from '../../electron/core/spreadsheets/zip';

/**
 * Printing real documents from their screens: an order (销售合同), its shipment (送货单) and its invoice
 * (销售清单), made through the RPC; the clerk opens each page, clicks 打印, sees the preview, prints it
 * (the next one is 补打) and saves the PDF, which carries the document's number. Then the customer's
 * overdue reminder from the overdue list and the statements' batch PDF.
 */
test.describe.configure({ mode: 'serial' });

const CUSTOMER = '广州市黄埔区宏达印刷包装有限公司';

interface Doc {
  id: number;
  number: string;
}
let order: Doc;
let shipment: Doc;
let invoice: Doc;
let overdue: Doc;
let setup: { customer: number; product: number };

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

const daysAgo = (n: number) => {
  const d = new Date(Date.now() - n * 86_400_000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

async function pickInSelect(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function savePdf(page: Page, name: string): Promise<Buffer> {
  const modal = page.locator(tid('pdf-preview'));
  return fs.readFileSync(await saved(page, () => modal.locator(tid('pdf-save')).click(), name));
}

async function openPreview(page: Page, button: string) {
  await page.locator(tid(button)).click();
  const modal = page.locator(tid('pdf-preview'));
  await expect(modal.locator(tid('pdf-frame'))).toHaveAttribute('src', /^blob:/);
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('尚未打印过');
  return modal;
}

test.beforeAll(async ({ request }) => {
  const w = await rpc<{ id: number }>(request, 'warehouses.save', { code: 'P5B', name: '黄埔仓' });
  const p = await rpc<{ id: number }>(request, 'products.create', {
    code: 'P5B-BOPP',
    name: 'BOPP 封箱胶带',
    spec: '48mm×100m 透明',
    unit: '箱',
    list_price: 16800,
    tax_rate: 1300,
  });
  await rpc(request, 'stock.adjust', {
    warehouse_id: w.id,
    kind: 'opening',
    doc_date: today(),
    reason: '期初库存',
    lines: [{ product_id: p.id, qty: 100_000 }],
  });
  const c = await rpc<{ id: number }>(request, 'customers.create', {
    legal_name: CUSTOMER,
    customer_type: 'account',
    credit_limit: 10_000_000,
    credit_days: 30,
    address: '广州市黄埔区开创大道 2888 号',
    phone: '020-8220 1188',
  });
  const draft = await rpc<{ id: number; version: number }>(request, 'orders.create', {
    customer_id: c.id,
    order_date: today(),
    delivery_date: today(),
    warehouse_id: w.id,
    lines: [{ product_id: p.id, qty: 12_000, unit_price: 16800, discount_bp: 500 }],
  });
  const o = await rpc<{ order: { id: number; number: string; lines: { id: number }[] } }>(
    request,
    'orders.submit',
    { id: draft.id, version: draft.version },
  );
  order = { id: o.order.id, number: o.order.number };
  const s0 = await rpc<{ id: number; version: number }>(request, 'shipments.create', {
    customer_id: c.id,
    warehouse_id: w.id,
    ship_date: today(),
    carrier: '顺丰快运',
    lines: [{ order_line_id: o.order.lines[0]!.id, qty: 12_000 }],
  });
  const s = await rpc<{ id: number; number: string; lines: { id: number }[] }>(request, 'shipments.approve', {
    id: s0.id,
    version: s0.version,
  });
  shipment = { id: s.id, number: s.number };
  const i0 = await rpc<{ id: number; version: number }>(request, 'invoices.create', {
    customer_id: c.id,
    invoice_date: today(),
    lines: [{ shipment_line_id: s.lines[0]!.id, qty: 12_000 }],
  });
  const i = await rpc<{ id: number; number: string }>(request, 'invoices.issue', {
    id: i0.id,
    version: i0.version,
  });
  invoice = { id: i.id, number: i.number };

  // An older delivery, invoiced 60 days ago on 30 days' credit: 30 days overdue today.
  const d2 = await rpc<{ id: number; version: number }>(request, 'orders.create', {
    customer_id: c.id,
    order_date: today(),
    warehouse_id: w.id,
    lines: [{ product_id: p.id, qty: 5_000, unit_price: 16800 }],
  });
  const o2 = await rpc<{ order: { lines: { id: number }[] } }>(request, 'orders.submit', {
    id: d2.id,
    version: d2.version,
  });
  const s2 = await rpc<{ id: number; version: number }>(request, 'shipments.create', {
    customer_id: c.id,
    warehouse_id: w.id,
    ship_date: daysAgo(60),
    lines: [{ order_line_id: o2.order.lines[0]!.id, qty: 5_000 }],
  });
  const s2a = await rpc<{ lines: { id: number }[] }>(request, 'shipments.approve', {
    id: s2.id,
    version: s2.version,
  });
  const i2 = await rpc<{ id: number; version: number }>(request, 'invoices.create', {
    customer_id: c.id,
    invoice_date: daysAgo(60),
    lines: [{ shipment_line_id: s2a.lines[0]!.id, qty: 5_000 }],
  });
  overdue = await rpc<Doc>(request, 'invoices.issue', { id: i2.id, version: i2.version });
  setup = { customer: c.id, product: p.id };
});

test('the order page prints the sales contract; a second print is marked 补打', async ({ page }) => {
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __printed: string[]; __xstPrintHook: (f: { src: string }) => void };
    w.__printed = [];
    w.__xstPrintHook = (f) => w.__printed.push(f.src);
  });
  await login(page);
  await page.goto(`/#/orders/${order.id}`);
  await expect(page.locator(tid('order-title'))).toContainText(order.number);
  const modal = await openPreview(page, 'order-print');
  await expect(page.locator('.ant-modal-title')).toContainText(order.number);
  await page.waitForTimeout(800);
  await shot(page, '05b-01-order-contract-preview');
  // 打印: logged as copy 1; the preview then says the next one is a reprint.
  await modal.locator(tid('pdf-print')).click();
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('已打印 1 次');
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { __printed: string[] }).__printed.length))
    .toBe(1);
  const pdf = await savePdf(page, 'order-contract.pdf');
  const text = squash(pdfText(pdf, undefined, 'raw'));
  expect(text).toContain('销售合同');
  expect(text).toContain(order.number);
  expect(text).toContain(CUSTOMER);
  expect(text).toContain('补打（第1次）');
  expect(text).toContain(toChineseCapital(191520)); // 12 × ¥168.00 − 5 %
  expect(text).toContain('¥1,915.20');
  pdfPng(pdf, 'e2e-order-contract');
  await page.keyboard.press('Escape');
});

test('the shipment drawer prints the shipping note without prices on the continuous form', async ({
  page,
}) => {
  await login(page);
  await page.goto(`/#/shipping?shipment=${shipment.id}`);
  await expect(page.locator('.ant-drawer-title')).toContainText(shipment.number);
  const modal = await openPreview(page, 'ship-print');
  await modal.getByText('241×140 连续纸').click();
  await modal.locator(tid('pdf-prices')).click();
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('共 4 页');
  await page.waitForTimeout(2000); // the viewer draws the new PDF
  await shot(page, '05b-02-shipping-note-preview');
  const pdf = await savePdf(page, 'shipping-note.pdf');
  const text = squash(pdfText(pdf, 1));
  expect(text).toContain(shipment.number);
  expect(text).toContain(order.number);
  expect(text).not.toContain('单价');
  pdfPng(pdf, 'e2e-shipping-note', 1, 100);
  await page.keyboard.press('Escape');
});

test('the invoice page prints the sales bill with the total in capitals', async ({ page }) => {
  await login(page);
  await page.goto(`/#/invoices/${invoice.id}`);
  await expect(page.locator(tid('invoice-title'))).toContainText(invoice.number);
  await openPreview(page, 'invoice-print');
  await expect(page.locator('.ant-modal-title')).toContainText(invoice.number);
  await page.waitForTimeout(800);
  await shot(page, '05b-03-invoice-preview');
  const pdf = await savePdf(page, 'invoice.pdf');
  const text = squash(pdfText(pdf, undefined, 'raw'));
  expect(text).toContain('销售清单');
  expect(text).toContain(invoice.number);
  expect(text).toContain(CUSTOMER);
  expect(text).toContain(order.number);
  expect(text).toContain(shipment.number);
  pdfPng(pdf, 'e2e-invoice');
  await page.keyboard.press('Escape');
  await expect(page.locator(tid('pdf-preview'))).toHaveCount(0);
  await shot(page, '05b-04-invoice-page');
});

test("the overdue list prints the customer's overdue reminder and balance confirmation", async ({ page }) => {
  await login(page);
  await page.goto('/#/finance/overdue');
  await page.locator(`${tid('overdue-search')} input`).fill('宏达印刷');
  await page.keyboard.press('Enter');
  await expect(page.locator(tid('overdue-grid')).getByText(overdue.number)).toBeVisible();
  await page.locator(tid('letters-open')).first().click();
  const letters = page.locator(tid('customer-letters'));
  await expect(letters).toBeVisible();
  await letters.getByText('再次催告').click();
  await shot(page, '05b-05-letters');
  await letters.locator(tid('print-dunning')).click();
  await expect(page.locator('.ant-modal-title').last()).toContainText(`CK${today().replace(/-/g, '')}`);
  await expect(page.locator(tid('pdf-frame'))).toHaveAttribute('src', /^blob:/);
  await page.waitForTimeout(1500);
  await shot(page, '05b-06-dunning-preview');
  const pdf = await savePdf(page, 'dunning.pdf');
  const text = squash(pdfText(pdf, undefined, 'raw'));
  expect(text).toContain('催款函');
  expect(text).toContain(overdue.number);
  expect(text).toContain(CUSTOMER);
  expect(text).toContain('30天');
  expect(text).toContain(toChineseCapital(84000)); // 5 × ¥168.00
  pdfPng(pdf, 'e2e-dunning');
  await page.keyboard.press('Escape');
  await letters.locator(tid('print-balance')).click();
  await expect(page.locator('.ant-modal-title').last()).toContainText('余额确认书');
  const bal = await savePdf(page, 'balance.pdf');
  const bt = squash(pdfText(bal, undefined, 'raw'));
  expect(bt).toContain(toChineseCapital(84000 + 191520)); // both invoices are open
  expect(bt).toContain(invoice.number);
  await page.keyboard.press('Escape');
});

test('statements: a batch run made into PDFs (one per customer and merged); the preview prints it as 补打', async ({
  page,
}) => {
  await login(page);
  await page.goto('/#/finance/statements?tab=batch');
  const batch = page.locator(tid('statement-batch'));
  await page.locator(tid('batch-start')).click();
  await expect(page.locator(tid('batch-result'))).toContainText('已生成');
  await page.locator(tid('batch-pdf-start')).click();
  const result = page.locator(tid('batch-pdf-result'));
  await expect(result).toContainText('份对账单 PDF');
  await shot(page, '05b-07-statement-batch-pdf');
  const zipFile = await saved(page, () => batch.locator(tid('batch-pdf-zip')).click(), 'statements.zip');
  const entries = readZip(fs.readFileSync(zipFile), { maxTotal: 100e6, maxEntries: 1000 });
  const mine = entries.find((e) => e.name.includes(CUSTOMER));
  expect(mine).toBeTruthy();
  // Last month: the invoice of 60 days ago is the opening balance, 1–30 days overdue at the month's end.
  expect(squash(pdfText(mine!.data))).toContain('期末余额：¥840.00');
  await batch.locator(tid('batch-pdf-view')).click();
  await expect(page.locator(tid('batch-pdf-frame'))).toHaveAttribute('src', /^blob:/);
  await page.waitForTimeout(1500);
  await shot(page, '05b-08-statement-batch-merged');
  await page.keyboard.press('Escape');

  // The preview's 打印 finds the statement the batch generated: it was printed once already.
  await page.getByRole('tab', { name: '对账单预览' }).click();
  await pickInSelect(page, '[data-testid="st-customer"]', '宏达印刷');
  await expect(page.locator(tid('st-customer-name'))).toHaveText(CUSTOMER);
  await page.locator(tid('st-print')).click();
  const modal = page.locator(tid('pdf-preview'));
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('已打印 1 次');
  await expect(page.locator('.ant-modal-title').last()).toContainText('DZ');
  await page.waitForTimeout(1500);
  await shot(page, '05b-09-statement-preview-print');
});

test('a draft quotation prints watermarked; a receipt prints with 大写; the customer page has the letters', async ({
  page,
  request,
}) => {
  const q = await rpc<{ id: number }>(request, 'quotations.create', {
    customer_id: setup.customer,
    quote_date: today(),
    valid_until: null,
    lines: [{ product_id: setup.product, qty: 20_000, unit_price: 16000 }],
  });
  const r = await rpc<Doc>(request, 'receipts.create', {
    customer_id: setup.customer,
    receipt_date: today(),
    method: 'bank_transfer',
    amount: 84000,
    reference: '工行回单 5521',
    allocations: [{ invoice_id: overdue.id, amount: 84000 }],
  });
  await login(page);
  await page.goto(`/#/quotations/${q.id}`);
  const modal = await openPreview(page, 'quotation-print');
  await page.waitForTimeout(1500);
  await shot(page, '05b-10-quotation-draft-preview');
  const qt = squash(pdfText(await savePdf(page, 'quotation-draft.pdf'), undefined, 'raw'));
  expect(qt).toContain('草稿（未编号）');
  expect(qt).toContain(toChineseCapital(320000));
  await expect(modal).toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.goto(`/#/receipts/${r.id}`);
  await expect(page.locator(tid('receipt-title'))).toContainText(r.number);
  await openPreview(page, 'receipt-print');
  await page.waitForTimeout(1500);
  await shot(page, '05b-11-receipt-preview');
  const rt = squash(pdfText(await savePdf(page, 'receipt.pdf'), undefined, 'raw'));
  expect(rt).toContain(r.number);
  expect(rt).toContain(toChineseCapital(84000));
  expect(rt).toContain(overdue.number);
  await page.keyboard.press('Escape');

  await page.goto(`/#/crm/customer?id=${setup.customer}`);
  const letters = page.locator(tid('customer-letters'));
  await letters.scrollIntoViewIfNeeded();
  await expect(letters.locator(tid('print-balance'))).toBeVisible();
  await shot(page, '05b-12-customer-letters');
});
