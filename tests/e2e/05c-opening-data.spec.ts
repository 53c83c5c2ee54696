import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createUser, FILES, login, navTo, rpc, saved, shot, tid } from './helpers';
import { sheetValues, workbook } from '../fixtures/spreadsheets';

/**
 * Go-live: finance moves the customers' unpaid documents in from the old system. The accountant picks
 * 期初应收 on the import screen, downloads the template, uploads a file with mistakes and sees each one by
 * row and column, corrects the file and imports it; the items are open invoices marked 期初 with their old
 * numbers, in the customer's receivable.
 */
test.describe.configure({ mode: 'serial' });

const A = '期初测试杭州恒远机电设备有限公司';
const B = '期初测试宁波海川五金制品厂';
const HEAD = ['客户*', '原单号*', '开票日期*', '到期日', '未收金额（元）*', '备注'];

/** A local date `offset` days from today (the server's today). */
function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

let fin: { login: string; password: string };
let a: { id: number; code: string };
let b: { id: number; code: string };

test.beforeAll(async ({ request }) => {
  fin = await createUser(request, 'e2e_odfin', '孙会计', ['finance']);
  const customer = async (legal_name: string, credit_days: number) =>
    rpc<{ id: number; code: string }>(request, 'customers.create', {
      legal_name,
      customer_type: 'account',
      credit_limit: 20_000_000,
      credit_days,
    });
  a = await customer(A, 30);
  b = await customer(B, 60);
});

test('opening receivables imported from Excel: errors by row and column, corrected, imported', async ({
  page,
  request,
}) => {
  await login(page, fin.login, fin.password);
  await navTo(page, '单据与数据', '数据导入');
  await expect(page.getByRole('heading', { name: '数据导入' })).toBeVisible();
  // Finance may import receivables but not stock or prices: only its data sets are offered.
  await page.locator(tid('import-dataset')).click();
  const options = page.locator('.ant-select-item-option:visible');
  await expect(options.filter({ hasText: '期初应收' })).toHaveCount(1);
  await expect(options.filter({ hasText: '期初库存' })).toHaveCount(0);
  await expect(options.filter({ hasText: '价格表' })).toHaveCount(0);
  await options.filter({ hasText: '期初应收' }).click();
  await expect(page.locator(tid('import-about'))).toContainText('期初应收（单号 QC 开头）');
  const template = await saved(page, () => page.locator(tid('import-template')).click(), 'ar-template.xlsx');
  expect(sheetValues(fs.readFileSync(template), '期初应收')[0]).toEqual(HEAD);
  await shot(page, '05c-01-opening-ar-start');

  const good = [
    [a.code, 'XS-2024-118', day(-120), null, 18_600, '旧系统转入'],
    [A, 'XS-2024-131', day(-45), day(15), '7,350.80', null],
    [B, 'XS-2024-118', day(-10), null, 2_400, null],
  ];
  const bad = [
    ...good,
    ['期初测试不存在的贸易公司', 'XS-2024-140', day(-5), null, 100, null], // row 5
    [a.code, 'XS-2024-141', day(3), null, 100, null], // row 6: after today
    [a.code, 'XS-2024-142', day(-20), null, 0, null], // row 7: zero
    [A, 'XS-2024-118', day(-20), null, 300, null], // row 8: the same old number as row 2
  ];
  const badFile = path.join(FILES, '期初应收-有错误.xlsx');
  fs.writeFileSync(badFile, workbook([{ name: '期初应收', rows: [HEAD, ...bad] }]));
  await page.locator('.ant-upload-drag input[type=file]').setInputFiles(badFile);
  await expect(page.locator(tid('import-error-count'))).toHaveText('错误 4 处');
  const issues = page.locator(tid('import-issues'));
  const issue = (row: number, column: string, text: string) =>
    expect(
      issues
        .locator('tr')
        .filter({ hasText: text })
        .filter({ has: page.locator('td', { hasText: column }) }),
    ).toContainText(String(row));
  await issue(5, '客户*', '未找到客户“期初测试不存在的贸易公司”');
  await issue(6, '开票日期*', '不能晚于今天');
  await issue(7, '未收金额（元）*', '金额不能为 0');
  await issue(8, '原单号*', '与第 2 行重复');
  await expect(page.locator(tid('import-start'))).toBeDisabled();
  await expect(page.locator(`${tid('import-preview-opening_receivables')} .import-cell-error`)).toHaveCount(
    4,
  );
  await shot(page, '05c-02-opening-ar-errors');
  await page.locator(tid('import-preview-opening_receivables')).scrollIntoViewIfNeeded();
  await shot(page, '05c-02b-opening-ar-error-cells');

  // Nothing was written.
  const none = await rpc<{ total: number }>(request, 'invoices.list', { q: 'XS-2024', with_total: true });
  expect(none.total).toBe(0);

  const goodFile = path.join(FILES, '期初应收.xlsx');
  fs.writeFileSync(goodFile, workbook([{ name: '期初应收', rows: [HEAD, ...good] }]));
  await page.locator('.ant-upload-drag input[type=file]').setInputFiles(goodFile);
  await expect(page.locator(tid('import-ok'))).toBeVisible();
  await expect(page.locator(tid('import-result'))).toContainText('期初应收单据：3');
  await shot(page, '05c-03-opening-ar-ok');
  await page.locator(tid('import-start')).click();
  await expect(page.locator(tid('import-done'))).toContainText('导入期初应收 3 笔，合计 ¥28,350.80');
  await shot(page, '05c-04-opening-ar-done');

  // The items are open invoices marked 期初, found by their old numbers.
  await page.goto('/#/invoices?view=open');
  const grid = page.locator(tid('invoice-grid'));
  await page.getByPlaceholder('单号 / 原单号 / 客户 / 拼音').fill('XS-2024');
  await page.getByPlaceholder('单号 / 原单号 / 客户 / 拼音').press('Enter');
  await expect(grid.locator('.ag-row')).toHaveCount(3);
  await expect(grid.locator('.ag-row').filter({ hasText: '期初应收' })).toHaveCount(3);
  const oldest = grid.locator('.ag-row').filter({ hasText: day(-120) });
  await expect(oldest).toContainText('逾期 90 天');
  await shot(page, '05c-05-opening-ar-invoices');
  await oldest.dblclick();
  await expect(page.locator(tid('invoice-opening'))).toHaveText('期初应收');
  await expect(page.locator(tid('invoice-page'))).toContainText('XS-2024-118');
  await expect(page.locator(tid('invoice-lines'))).toContainText('期初应收 XS-2024-118');
  await expect(page.locator(tid('invoice-open'))).toHaveText('¥18,600.00');
  await shot(page, '05c-06-opening-ar-invoice');

  // In the customer's receivable.
  const credit = await rpc<{ breakdown: { receivable: number; overdue_amount: number } }>(
    request,
    'credit.preview',
    { customer_id: a.id },
  );
  expect(credit.breakdown.receivable).toBe(1_860_000 + 735_080);
  expect(credit.breakdown.overdue_amount).toBe(1_860_000);
  const creditB = await rpc<{ breakdown: { receivable: number } }>(request, 'credit.preview', {
    customer_id: b.id,
  });
  expect(creditB.breakdown.receivable).toBe(240_000);
});
