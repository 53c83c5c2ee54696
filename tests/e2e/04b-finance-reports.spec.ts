import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ADMIN, createUser, login, rpc, saved, shot, tid } from './helpers';

/**
 * Finance reports and statements: two customers with invoices of different ages (dates relative to
 * today), a part payment and an advance; finance reads the ageing and drills into a bucket, checks the
 * overdue list, DSO, the collection forecast and bad debts, previews a statement, generates statements in
 * batch, sends and records confirmations; the administrator changes the finance settings.
 */
test.describe.configure({ mode: 'serial' });

const A = '报表测试华南五金机电有限公司';
const B = '报表测试东莞精密机械制造厂';

/** A local date `offset` days from today (the server ages by its local date too). */
function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface Setup {
  fin: { login: string; password: string };
  a: number;
  b: number;
  inv: { a1: string; a2: string; b1: string; b2: string };
}
let s: Setup;

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  const fin = await createUser(request, 'e2e_frfin', '钱会计', ['finance']);
  const sp = await createUser(request, 'e2e_frsp', '周业务', ['salesperson']);
  const w = await rpc<{ id: number }>(request, 'warehouses.save', { code: 'BB01', name: '报表测试仓' });
  const p = await rpc<{ id: number }>(request, 'products.create', {
    code: 'BB-YE3-132',
    name: '三相异步电机 YE3-132M',
    spec: '7.5kW 4极',
    unit: '台',
    list_price: 100000,
    floor_price: 90000,
    tax_rate: 1300,
  });
  await rpc(request, 'stock.adjust', {
    warehouse_id: w.id,
    kind: 'opening',
    doc_date: day(-400),
    reason: '期初库存',
    lines: [{ product_id: p.id, qty: 100_000 }],
  });
  const customer = async (legal_name: string, phone: string) =>
    (
      await rpc<{ id: number }>(request, 'customers.create', {
        legal_name,
        customer_type: 'account',
        credit_limit: 10_000_000,
        credit_days: 30,
        owner_id: sp.id,
        phone,
        confirm_similar: true,
      })
    ).id;
  const a = await customer(A, '020-87650001');
  const b = await customer(B, '0769-22880002');

  // Orders first (approved by the administrator), then shipments, then invoices: once an invoice is
  // overdue the credit rules would hold new orders of that customer.
  const order = async (c: number, units: number, date: string) => {
    const o = await rpc<{ id: number; version: number }>(request, 'orders.create', {
      customer_id: c,
      salesperson_id: sp.id,
      order_date: date,
      warehouse_id: w.id,
      lines: [{ product_id: p.id, qty: units * 1000, unit_price: 100000, discount_bp: 0 }],
    });
    const r = await rpc<{ order: { status: string; lines: { id: number }[] } }>(request, 'orders.submit', {
      id: o.id,
      version: o.version,
    });
    expect(r.order.status).toBe('approved');
    return r.order.lines[0]!.id;
  };
  const plan = [
    { key: 'a1', c: a, units: 3, date: day(-150) }, // due −120 days: 91–180
    { key: 'a2', c: a, units: 2, date: day(-45) }, // due −15 days: 1–30
    { key: 'b1', c: b, units: 4, date: day(-220) }, // due −190 days: 181–365; delivered > 6 months ago
    { key: 'b2', c: b, units: 1, date: day(-5) }, // due in 25 days: not yet due
  ] as const;
  const lines: number[] = [];
  for (const x of plan) lines.push(await order(x.c, x.units, x.date));
  const shipLines: number[] = [];
  for (const [i, x] of plan.entries()) {
    const sh = await rpc<{ id: number; version: number }>(request, 'shipments.create', {
      customer_id: x.c,
      warehouse_id: w.id,
      ship_date: x.date,
      lines: [{ order_line_id: lines[i]!, qty: x.units * 1000 }],
    });
    const ok = await rpc<{ lines: { id: number }[] }>(request, 'shipments.approve', {
      id: sh.id,
      version: sh.version,
    });
    shipLines.push(ok.lines[0]!.id);
  }
  // Newest first: the overdue rule (credit.ts) also holds the invoice stage once an invoice is more than
  // 30 days overdue, so the older invoices are issued while the newer ones are not yet that late.
  const inv: Record<string, { id: number; number: string }> = {};
  for (const [i, x] of [...plan.entries()].sort((p, q) => q[1].date.localeCompare(p[1].date))) {
    const d = await rpc<{ id: number; version: number }>(request, 'invoices.create', {
      customer_id: x.c,
      invoice_date: x.date,
      lines: [{ shipment_line_id: shipLines[i]!, qty: x.units * 1000 }],
    });
    inv[x.key] = await rpc<{ id: number; number: string }>(request, 'invoices.issue', {
      id: d.id,
      version: d.version,
    });
  }
  // A pays ¥1,000.00 of its oldest invoice; B pays ¥500.00 in advance (unapplied).
  await rpc(request, 'receipts.create', {
    customer_id: a,
    receipt_date: day(-100),
    method: 'bank_transfer',
    amount: 100000,
    reference: '报表回单001',
    allocations: [{ invoice_id: inv.a1!.id, amount: 100000 }],
  });
  await rpc(request, 'receipts.create', {
    customer_id: b,
    receipt_date: day(-3),
    method: 'wechat',
    amount: 50000,
    reference: '报表预收002',
  });
  s = {
    fin,
    a,
    b,
    inv: { a1: inv.a1!.number, a2: inv.a2!.number, b1: inv.b1!.number, b2: inv.b2!.number },
  };
});

test.afterAll(async ({ request }) => {
  // Leave the settings as the other specs expect them.
  await rpc(request, 'finance.setSettings', {
    invoice_workflow: false,
    bad_debt_months: 6,
    ageing_buckets: [30, 60, 90, 180, 365],
    auto_apply_advances: true,
  });
});

/** AG Grid 36 draws one element per row (pinned cells inside it): body rows and the pinned totals. */
const rows = (grid: Locator) => grid.locator('.ag-grid-scrolling-container .ag-row');
const totalsRow = (grid: Locator) => grid.locator('.ag-grid-pinned-bottom-rows-container .ag-row');
const rowOf = (grid: Locator, text: string) => rows(grid).filter({ hasText: text }).first();
async function cell(grid: Locator, text: string, colId: string): Promise<Locator> {
  const row = rowOf(grid, text);
  await row.waitFor();
  return row.locator(`[col-id="${colId}"]`);
}

async function pickInSelect(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function setRange(page: Page, scope: Locator, from: string, to: string) {
  const inputs = scope.locator('.ant-picker-range input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await page.keyboard.press('Enter');
  await inputs.nth(1).fill(to);
  await page.keyboard.press('Enter');
  await expect(inputs.nth(0)).toHaveValue(from);
  await expect(inputs.nth(1)).toHaveValue(to);
}

test('ageing: buckets by due date, totals row, drill-down into a bucket, custom bounds', async ({ page }) => {
  await login(page, s.fin.login, s.fin.password);
  await page.goto('/#/finance/ageing');
  await expect(page.getByRole('heading', { name: '账龄分析' })).toBeVisible();
  const grid = page.locator(tid('ageing-grid'));
  await page.locator(`${tid('ageing-search')} input`).fill('报表测试');
  await page.keyboard.press('Enter');
  await expect(rows(grid)).toHaveCount(2);
  // the header has one column per bucket of the settings
  for (const h of [
    '未到期',
    '1-30天',
    '31-60天',
    '61-90天',
    '91-180天',
    '181-365天',
    '365天以上',
    '预收未核销',
    '合计',
  ])
    await expect(grid.locator('.ag-header-cell-text', { hasText: h }).first()).toBeVisible();
  // A: ¥2,000 open 15 days overdue, ¥2,000 (of ¥3,000, ¥1,000 paid) 120 days overdue
  expect(await (await cell(grid, A, 'b0')).textContent()).toBe('2,000.00');
  expect(await (await cell(grid, A, 'b3')).textContent()).toBe('2,000.00');
  expect(await (await cell(grid, A, 'total')).textContent()).toBe('4,000.00');
  // B: ¥1,000 not yet due, ¥4,000 190 days overdue, ¥500 advance → ¥4,500
  expect(await (await cell(grid, B, 'b-1')).textContent()).toBe('1,000.00');
  expect(await (await cell(grid, B, 'b4')).textContent()).toBe('4,000.00');
  expect(await (await cell(grid, B, 'unapplied')).textContent()).toBe('-500.00');
  expect(await (await cell(grid, B, 'total')).textContent()).toBe('4,500.00');
  // the totals row pinned at the bottom
  const totals = totalsRow(grid);
  await expect(totals.locator('[col-id="total"]').last()).toHaveText('8,500.00');
  await expect(totals.locator('[col-id="b4"]').last()).toHaveText('4,000.00');
  await shot(page, '04b-01-ageing');

  // drill into B's 181–365 days
  await (await cell(grid, B, 'b4')).click();
  const drawer = page.locator('.ant-drawer-section');
  await expect(drawer.locator('.ant-drawer-title')).toHaveText(`${B} · 181-365天`);
  const items = drawer.locator(tid('drill-grid'));
  await expect(rows(items)).toHaveCount(1);
  await expect(rows(items).first()).toContainText(s.inv.b1);
  await expect(rows(items).first()).toContainText('190');
  await expect(rows(items).first()).toContainText('4,000.00');
  await expect(drawer.locator(tid('drill-summary'))).toHaveText('共 1 张发票，未收 ¥4,000.00');
  await shot(page, '04b-02-ageing-drilldown');
  await drawer.locator('.ant-drawer-footer').getByRole('button', { name: '关闭' }).click();
  await expect(drawer).toBeHidden();

  // bounds for this view: 30, 180 → 1–30, 31–180, over 180
  await page.locator(tid('bucket-edit')).click();
  await page.locator(tid('bucket-input')).fill('180, 30');
  await expect(page.locator(tid('bucket-editor'))).toContainText('天数须从小到大排列');
  await expect(page.locator(tid('bucket-apply'))).toBeDisabled();
  await page.locator(tid('bucket-input')).fill('30, 180');
  await expect(page.locator(tid('bucket-editor'))).toContainText('未到期 · 1-30天 · 31-180天 · 180天以上');
  await shot(page, '04b-03-ageing-bounds');
  await page.locator(tid('bucket-apply')).click();
  await expect(grid.locator('.ag-header-cell-text', { hasText: '31-180天' })).toBeVisible();
  await expect(await cell(grid, A, 'b1')).toHaveText('2,000.00');
  await expect(await cell(grid, B, 'b2')).toHaveText('4,000.00');
  await expect(await cell(grid, B, 'total')).toHaveText('4,500.00');

  // by invoice date: B's ¥4,000 is 220 days old, the ¥1,000 five days
  await page.locator(tid('ageing-basis')).getByText('按开票日').click();
  await expect(await cell(grid, B, 'b0')).toHaveText('1,000.00');
  await expect(await cell(grid, B, 'b2')).toHaveText('4,000.00');
  // by salesperson: both customers belong to 周业务
  await page.locator(tid('ageing-group')).getByText('业务员').click();
  await page.locator(`${tid('ageing-search')} input`).fill('周业务');
  await page.keyboard.press('Enter');
  await expect(await cell(grid, '周业务', 'total')).toHaveText('8,500.00');
  await shot(page, '04b-04-ageing-by-salesperson');
});

test('overdue list: longest first, coloured by age, filtered by minimum days', async ({ page }) => {
  await login(page, s.fin.login, s.fin.password);
  await page.goto('/#/finance/overdue');
  const grid = page.locator(tid('overdue-grid'));
  await page.locator(`${tid('overdue-search')} input`).fill('报表测试');
  await page.keyboard.press('Enter');
  const list = rows(grid);
  await expect(list).toHaveCount(3);
  const days = rows(grid).locator(tid('days-tag'));
  await expect(days).toHaveText(['190', '120', '15']);
  await expect(days.nth(0)).toHaveClass(/red/);
  await expect(days.nth(2)).not.toHaveClass(/red|orange/);
  const first = rows(grid).nth(0);
  await expect(first).toContainText(s.inv.b1);
  await expect(first.locator('[col-id="phone"]')).toHaveText('0769-22880002');
  await expect(first.locator('[col-id="salesperson_name"]')).toHaveText('周业务');
  await expect(first.locator('[col-id="open_amount"]')).toHaveText('4,000.00');
  await expect(rows(grid).nth(1).locator('[col-id="open_amount"]')).toHaveText('2,000.00');
  await shot(page, '04b-05-overdue');
  await page.locator(tid('overdue-min')).getByText('30 天以上').click();
  await expect(list).toHaveCount(2);
});

test('DSO: per customer, with the window', async ({ page }) => {
  await login(page, s.fin.login, s.fin.password);
  await page.goto('/#/finance/dso');
  const grid = page.locator(tid('dso-grid'));
  // A: receivable ¥4,000, sales of the last 90 days ¥2,000 → 180 days; B: ¥4,500 / ¥1,000 × 90 = 405
  const row = (name: string) => rowOf(grid, name);
  await expect(row(A).locator('[col-id="dso"]')).toHaveText('180');
  await expect(row(A).locator('[col-id="receivable"]')).toHaveText('4,000.00');
  await expect(row(B).locator('[col-id="dso"]')).toHaveText('405');
  await expect(page.locator(tid('dso-overall'))).toContainText('DSO');
  await shot(page, '04b-06-dso');
  await page.locator(tid('dso-window')).getByText('365 天').click();
  // 365 days: A's sales ¥5,000 → 4,000 / 5,000 × 365 = 292
  await expect(row(A).locator('[col-id="dso"]')).toHaveText('292');
});

test('collection forecast: overdue and the next three months', async ({ page }) => {
  await login(page, s.fin.login, s.fin.password);
  await page.goto('/#/finance/forecast');
  const grid = page.locator(tid('forecast-grid'));
  await expect(await cell(grid, A, 'overdue')).toHaveText('4,000.00');
  await expect(await cell(grid, A, 'total')).toHaveText('4,000.00');
  await expect(await cell(grid, B, 'overdue')).toHaveText('4,000.00');
  await expect(await cell(grid, B, 'total')).toHaveText('5,000.00');
  // this month's 上旬 is gone once the 10th has passed: what fell due then is overdue
  await expect(grid.locator('.ag-header-cell-text').filter({ hasText: '上旬' })).toHaveCount(
    new Date().getDate() > 10 ? 2 : 3,
  );
  await expect(page.locator(tid('forecast-chart')).locator('canvas')).toBeVisible();
  await shot(page, '04b-07-forecast');
});

test('bad debts: unpaid six months after delivery', async ({ page }) => {
  await login(page, s.fin.login, s.fin.password);
  await page.goto('/#/finance/bad-debts');
  await expect(page.locator(tid('bad-note'))).toContainText('发货后 6 个月');
  const grid = page.locator(tid('bad-grid'));
  const mine = rows(grid).filter({ hasText: B });
  await expect(mine).toHaveCount(1);
  await expect(mine.locator('[col-id="open_amount"]')).toHaveText('4,000.00');
  await expect(mine.locator('[col-id="months"]')).toHaveText('7 个月');
  await expect(rows(grid).filter({ hasText: A })).toHaveCount(0);
  await shot(page, '04b-08-bad-debts');
});

test('statements: preview, generate one, batch with progress, send, confirm, dispute, view the slip', async ({
  page,
}) => {
  await login(page, s.fin.login, s.fin.password);
  await page.goto('/#/finance/statements');
  await expect(page.locator(tid('statement-preview'))).toContainText('选择客户和对账期间后显示对账单');
  await pickInSelect(page, '[data-testid="st-customer"]', '东莞精密');
  await setRange(page, page.locator(tid('statement-preview')), day(-365), day(0));
  const sheet = page.locator(tid('statement-sheet'));
  await expect(sheet.locator(tid('st-customer-name'))).toHaveText(B);
  const entries = sheet.locator(`${tid('st-entries')} tbody tr`);
  // opening, invoice, invoice, receipt, period total
  await expect(entries).toHaveCount(5);
  await expect(entries.nth(0)).toContainText('期初余额');
  await expect(entries.nth(1)).toContainText('销售发票');
  await expect(entries.nth(1)).toContainText(s.inv.b1);
  await expect(entries.nth(1)).toContainText('4,000.00');
  await expect(entries.nth(3)).toContainText('收款');
  await expect(entries.nth(3).locator('td').last()).toHaveText('4,500.00');
  await expect(sheet.locator(tid('st-closing'))).toHaveText('¥4,500.00');
  await expect(sheet.locator(tid('st-ageing'))).toContainText('181-365天4,000.00');
  await expect(sheet.locator(tid('st-ageing'))).toContainText('未到期1,000.00');
  await expect(sheet.locator(tid('st-unapplied'))).toHaveText('-500.00');
  await expect(page.locator(tid('st-print'))).toBeEnabled();
  await shot(page, '04b-09-statement-preview');
  // the same statement to Excel: the closing balance is the last cell
  const xlsx = await saved(page, () => page.locator(tid('st-excel')).click(), 'statement.xlsx');
  const book = XLSX.read(fs.readFileSync(xlsx));
  const cells = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['对账单']!, { header: 1 });
  expect(cells).toHaveLength(6); // header, opening, 3 entries, closing
  expect(cells.at(-1)!.at(-1)).toBe(4500);
  await page.locator(tid('st-generate')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '已生成对账单' }).last()).toContainText(
    '4,500.00',
  );

  // batch for the same period: every customer with a balance
  await page.getByRole('tab', { name: '批量生成' }).click();
  const batch = page.locator(tid('statement-batch'));
  await setRange(page, batch, day(-365), day(0));
  await expect(page.locator(tid('batch-only'))).toBeChecked();
  await page.locator(tid('batch-start')).click();
  const result = page.locator(tid('batch-result'));
  await expect(result).toContainText('已生成');
  const progress = page.locator(tid('batch-progress'));
  await expect(progress.locator(tid('batch-count'))).toHaveText(/^(\d+) \/ \1$/);
  const n = Number((await progress.locator(tid('batch-count')).textContent())!.split(' / ')[0]);
  expect(n).toBeGreaterThanOrEqual(2);
  await expect(progress.locator('[role="progressbar"]')).toHaveAttribute('aria-valuenow', '100');
  await expect(result).toContainText(`已生成 ${n} 份对账单（共 ${n} 户）`);
  await shot(page, '04b-10-statement-batch');

  // the list: A once, B once (the batch refreshed B's unsent statement of the same period)
  await page.locator(tid('batch-show-list')).click();
  const grid = page.locator(tid('statement-grid'));
  await page.locator(`${tid('st-search')} input`).fill('报表测试');
  await page.keyboard.press('Enter');
  await expect(rows(grid)).toHaveCount(2);
  await expect(grid.locator(tid('statement-status'))).toHaveText(['已生成', '已生成']);

  // send A's statement by courier
  await rowOf(grid, A).locator(tid('st-send')).click();
  await page.locator(tid('send-via')).getByText('快递').click();
  await page.locator(tid('send-ok')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '已登记发送' }).last()).toBeVisible();
  await expect(await cell(grid, A, 'status')).toHaveText('已发送');
  await expect(await cell(grid, A, 'sent_at')).toContainText('快递');

  // A confirms the balance, with the signed slip
  // a signed slip, drawn in the browser (the spec runs without DOM types: the function is a string)
  const png = await page.evaluate<string>(`(() => {
    const c = document.createElement('canvas');
    c.width = 480;
    c.height = 240;
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 480, 240);
    g.fillStyle = '#222';
    g.font = '24px sans-serif';
    g.fillText('对账确认回执  余额 ¥4,000.00 无误', 20, 60);
    g.strokeStyle = '#c00';
    g.lineWidth = 3;
    g.beginPath();
    g.arc(380, 160, 50, 0, Math.PI * 2);
    g.stroke();
    g.fillStyle = '#c00';
    g.font = '18px sans-serif';
    g.fillText('财务专用章', 336, 166);
    return c.toDataURL('image/png').split(',')[1];
  })()`);
  await rowOf(grid, A).locator(tid('st-confirm')).click();
  const modal = page.locator('.ant-modal-container');
  await expect(modal.locator(tid('confirm-amount'))).toHaveValue('4,000.00');
  await modal.locator(tid('confirm-by')).fill('林会计');
  await modal.locator('input[type=file]').setInputFiles({
    name: '回执.png',
    mimeType: 'image/png',
    buffer: Buffer.from(png, 'base64'),
  });
  await expect(modal.locator('.ant-upload-list')).toContainText('回执.png');
  await shot(page, '04b-11-statement-confirm');
  await page.locator(tid('confirm-ok')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '客户确认相符' }).last()).toBeVisible();
  await expect(await cell(grid, A, 'status')).toHaveText('已确认');
  await expect(await cell(grid, A, 'confirmed_on')).toContainText('林会计 ¥4,000.00');

  // B's statement is disputed: the customer only accepts ¥4,000.00
  await rowOf(grid, B).locator(tid('st-confirm')).click();
  await modal.locator(tid('confirm-agreed')).getByText('有异议').click();
  await modal.locator(tid('confirm-by')).fill('黄经理');
  await modal.locator(tid('confirm-amount')).fill('4000');
  await modal.locator(tid('confirm-note')).fill('预收 500 元客户未入账');
  await page.locator(tid('confirm-ok')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '客户有异议' }).last()).toBeVisible();
  await expect(await cell(grid, B, 'status')).toHaveText('有异议');
  await expect(await cell(grid, A, 'status')).toHaveText('已确认');
  await page.locator(tid('st-status')).getByText('有异议').click();
  await expect(rows(grid)).toHaveCount(1);
  await expect(await cell(grid, B, 'confirmed_on')).toContainText('黄经理 ¥4,000.00');
  await page.locator(tid('st-status')).getByText('全部').click();
  await expect(rows(grid)).toHaveCount(2);
  await shot(page, '04b-12-statement-list');

  // the slip
  await rowOf(grid, A).locator(tid('st-scan')).click();
  const img = page.locator(`${tid('scan-view')} img`);
  await expect(img).toBeVisible();
  expect(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBe(480);
  await shot(page, '04b-13-statement-scan');
});

test('finance settings: validated on the field, saved, still there after a reload', async ({ page }) => {
  await login(page, ADMIN.login, ADMIN.password);
  await page.goto('/#/system/finance');
  await expect(page.locator(tid('fs-bad-months'))).toHaveValue('6');
  await expect(page.locator(tid('fs-buckets'))).toHaveValue('30, 60, 90, 180, 365');
  await page.locator(tid('fs-buckets')).fill('30, 90, 60');
  await page.locator(tid('fs-save')).click();
  await expect(
    page.locator('.ant-form-item-explain-error').filter({ hasText: '天数须从小到大排列' }),
  ).toBeVisible();
  await shot(page, '04b-14-settings-error');
  await page.locator(tid('fs-buckets')).fill('30，60，90，120，180，365');
  await page.locator(tid('fs-bad-months')).fill('7');
  await page.locator(tid('fs-workflow')).click();
  await page.locator(tid('fs-save')).click();
  await expect(page.locator('.ant-message-notice-title', { hasText: '已保存' }).last()).toBeVisible();
  await page.reload();
  await expect(page.locator(tid('fs-bad-months'))).toHaveValue('7');
  await expect(page.locator(tid('fs-buckets'))).toHaveValue('30, 60, 90, 120, 180, 365');
  await expect(page.locator(tid('fs-workflow'))).toBeChecked();
  await expect(page.locator('.ant-form-item-extra').filter({ hasText: '91-120天' })).toBeVisible();
  await shot(page, '04b-15-settings');
  // the ageing follows the new bounds
  await page.goto('/#/finance/ageing');
  await expect(
    page.locator(tid('ageing-grid')).locator('.ag-header-cell-text', { hasText: '91-120天' }),
  ).toBeVisible();
  // and the bad debts note
  await page.goto('/#/finance/bad-debts');
  await expect(page.locator(tid('bad-note'))).toContainText('发货后 7 个月');
});

test('the reports in English', async ({ page }) => {
  await login(page, s.fin.login, s.fin.password);
  await page.evaluate(() => localStorage.setItem('xst.lang', 'en'));
  await page.goto('/#/finance/ageing');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Receivables ageing' })).toBeVisible();
  await expect(
    page.locator(tid('ageing-grid')).locator('.ag-header-cell-text', { hasText: 'Current' }),
  ).toBeVisible();
  await shot(page, '04b-16-ageing-en');
  await page.goto('/#/finance/statements');
  await page.getByRole('tab', { name: 'Generated statements' }).click();
  await expect(page.locator(tid('statement-status')).first()).toBeVisible();
  await expect(page.locator(tid('statement-grid'))).toContainText('Disputed');
  await shot(page, '04b-17-statements-en');
  await page.evaluate(() => localStorage.setItem('xst.lang', 'zh'));
});
