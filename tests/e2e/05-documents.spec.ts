import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ADMIN, FILES, login, navTo, rpc, saved, shot, tid } from './helpers';
import { logoPng, sealPng } from '../helpers/png';
import { pdfInfo, pdfText, pdfPng, squash } from '../helpers/pdf';
import { companyName, customerFile, realisticCustomers, sheetValues } from '../fixtures/spreadsheets';

/**
 * An office sets up its printed documents and moves its customer list in from Excel: the administrator
 * fills in the company profile with logo and seal, checks the document samples and the printer offset
 * of the continuous form, prints the price list (and reprints it: 补打), exports the customer grid,
 * imports a customer list (first with errors, then corrected) and exports it back.
 */
test.describe.configure({ mode: 'serial' });

const success = (page: Page, text: string) =>
  expect(page.locator('.ant-message-notice-title', { hasText: text }).last()).toBeVisible();

test('company profile with logo and seal, document samples, printer offsets', async ({ page }) => {
  await login(page);
  await navTo(page, '单据与数据', '公司信息与打印');
  await expect(page.getByRole('heading', { name: '公司信息与打印' })).toBeVisible();
  await expect(page.locator(tid('co-name'))).toHaveValue(ADMIN.company);

  const logo = path.join(FILES, 'logo.png');
  const seal = path.join(FILES, 'seal.png');
  fs.writeFileSync(logo, logoPng());
  fs.writeFileSync(seal, sealPng());
  await page.locator(tid('co-address')).fill('广州市天河区天河北路 233 号中信广场 3806 室');
  await page.locator(tid('co-phone')).fill('020-3877 1234');
  await page.locator(tid('co-bank_name')).fill('中国工商银行广州天河支行');
  await page.locator(tid('co-bank_account')).fill('3602 0012 0920 0123 456');
  await page.locator('.ant-upload input[type=file]').nth(0).setInputFiles(logo);
  await page.locator('.ant-upload input[type=file]').nth(1).setInputFiles(seal);
  await expect(page.locator(`${tid('co-logo-box')} img`)).toBeVisible();
  await expect(page.locator(`${tid('co-seal-box')} img`)).toBeVisible();
  // A wrong check digit is refused under the field.
  await page.locator(tid('co-credit_code')).fill('91350100M000100Y44');
  await page.locator(tid('co-save')).click();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: '校验位' })).toBeVisible();
  await shot(page, '05-01-company-error');
  await page.locator(tid('co-credit_code')).fill('91350100M000100Y43');
  await page
    .locator(tid('co-terms'))
    .fill('质量：按国家标准执行，质保期 12 个月。\n争议：协商不成的，由卖方所在地法院管辖。');
  await page.keyboard.press('Control+s');
  await success(page, '已保存');
  await shot(page, '05-02-company');
  const profile = await rpc<{ logo: string; seal: string; credit_code: string }>(
    page.request,
    'company.get',
    {},
  );
  expect(profile.credit_code).toBe('91350100M000100Y43');
  expect(profile.logo).toMatch(/^data:image\/png;base64,/);

  // Samples: a contract with the seal, printed in the viewer pane.
  await page.getByRole('tab', { name: '单据样张与打印设置' }).click();
  await page.locator(tid('sample-contract')).click();
  const modal = page.locator(tid('pdf-preview'));
  await expect(modal.locator(tid('pdf-frame'))).toHaveAttribute('src', /^blob:/);
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('共 2 页');
  await modal.locator(tid('pdf-seal')).click();
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('共 2 页');
  await page.waitForTimeout(800);
  await shot(page, '05-03-sample-contract');
  const contract = await saved(page, () => modal.locator(tid('pdf-save')).click(), 'contract-sample.pdf');
  const ct = squash(pdfText(fs.readFileSync(contract), undefined, 'raw'));
  expect(ct).toContain('销售合同');
  expect(ct).toContain('样张');
  expect(ct).toContain('质量：按国家标准执行，质保期12个月。');
  pdfPng(fs.readFileSync(contract), 'e2e-contract-sample');
  await page.keyboard.press('Escape');

  // This PC's printer: the half-A4 continuous form, 2.5 mm right, 1 mm up; a calibration sample.
  await page.getByRole('radio', { name: '241×140 连续纸' }).check();
  await expect(page.getByRole('radio', { name: '241×140 连续纸' })).toBeChecked();
  await page.locator(tid('offset-x')).fill('2.5');
  await page.locator(tid('offset-y')).fill('-1');
  await page.locator(tid('offset-y')).blur();
  await shot(page, '05-04-printer-settings');
  await page.locator(tid('calibrate')).click();
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('共 4 页');
  await page.waitForTimeout(800);
  await shot(page, '05-05-calibration-sample');
  const half = await saved(page, () => modal.locator(tid('pdf-save')).click(), 'shipping-half.pdf');
  pdfPng(fs.readFileSync(half), 'e2e-shipping-half', 1, 100);
  const info = fs.readFileSync(half);
  expect(squash(pdfText(info, 1))).toContain('第一联存根');
  // The continuous form, 241 × 140 mm (683 × 397 pt), shifted by this PC's offsets.
  expect(pdfInfo(info)['Page size']).toMatch(/^683\.1\d x 396\.8\d pts/);
  await page.keyboard.press('Escape');
});

test('price list printed and reprinted (补打), customer grid exported to Excel', async ({ page }) => {
  await rpc(page.request, 'products.create', {
    code: 'BRG-6205',
    name: '深沟球轴承',
    spec: '6205-2RS 25×52×15mm',
    unit: '个',
    category: '传动件',
    list_price: 1850,
  });
  // Headless Chromium has no print dialog: the app's print hook records what would be printed.
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __printed: string[]; __xstPrintHook: (f: { src: string }) => void };
    w.__printed = [];
    w.__xstPrintHook = (f) => w.__printed.push(f.src);
  });
  await login(page);
  await page.goto('/#/products');
  await page.locator(tid('price-list')).click();
  const modal = page.locator(tid('pdf-preview'));
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('尚未打印过');
  await page.waitForTimeout(800);
  await shot(page, '05-06-price-list-preview');
  await modal.locator(tid('pdf-print')).click();
  await success(page, '已记录打印：第 1 份');
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { __printed: string[] }).__printed.length))
    .toBe(1);
  expect(await page.evaluate(() => (globalThis as unknown as { __printed: string[] }).__printed[0])).toMatch(
    /^blob:/,
  );
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('已打印 1 次');
  const pdf = await saved(page, () => modal.locator(tid('pdf-save')).click(), 'price-list-reprint.pdf');
  const text = pdfText(fs.readFileSync(pdf));
  expect(text).toContain('补打（第 1 次）');
  expect(text).toContain('深沟球轴承');
  expect(text).toContain('交流接触器 CJX2-2510');
  pdfPng(fs.readFileSync(pdf), 'e2e-price-list-reprint');
  await expect(modal.locator(tid('pdf-prints-info'))).toContainText('已打印 2 次');
  await page.keyboard.press('Escape');
  const log = await rpc<{ copy_no: number; output: string }[]>(page.request, 'documents.printLog', {
    type: 'price_list',
    key: '*',
  });
  expect(log.map((l) => [l.copy_no, l.output])).toEqual([
    [1, 'print'],
    [2, 'pdf'],
  ]);

  // The customer grid as filtered on screen, to Excel.
  await page.goto('/#/customers');
  const grid = page.locator(tid('customer-grid'));
  // Other specs add customers of their own: the grid shows several until filtered.
  await expect(grid.locator('.ag-row').nth(1)).toBeVisible();
  await grid.locator('.ag-floating-filter-input input').nth(1).fill('白云');
  await expect(grid.locator('.ag-row')).toHaveCount(1);
  const xlsx = await saved(page, () => page.locator(tid('export-excel')).click(), 'customers-grid.xlsx');
  await success(page, '已导出 1 行');
  const rows = sheetValues(fs.readFileSync(xlsx), '客户档案');
  expect(rows[0]!.slice(0, 3)).toEqual(['编码', '客户全称（法人全称）', '简称']);
  expect(rows).toHaveLength(2);
  expect(rows[1]![1]).toBe('广州市白云电器设备股份有限公司');
  expect(rows[1]).toContain('020-86061234');
  await shot(page, '05-07-customers-exported');
});

test('customer list imported from Excel: errors by row and column, then imported and exported back', async ({
  page,
}) => {
  await rpc(page.request, 'regions.save', { code: 'HN', name: '华南' });
  await login(page);
  await navTo(page, '单据与数据', '数据导入');
  await expect(page.getByRole('heading', { name: '数据导入' })).toBeVisible();
  const template = await saved(page, () => page.locator(tid('import-template')).click(), 'template.xlsx');
  expect(sheetValues(fs.readFileSync(template), '客户')[0]![0]).toBe('客户全称*');
  await shot(page, '05-08-import-start');

  const list = realisticCustomers(30, { owners: ['admin'], regions: ['华南'], start: 100 });
  const bad = structuredClone(list);
  bad.customers[2]![2] = '91440101MA5D12345X';
  bad.customers[4]![13] = -100;
  bad.customers[6]![0] = list.customers[0]![0];
  bad.contacts = bad.contacts.filter((c) => c[0] !== list.customers[6]![0]);
  const badFile = path.join(FILES, '客户清单-有错误.xlsx');
  fs.writeFileSync(badFile, customerFile(bad));
  await page.locator('.ant-upload-drag input[type=file]').setInputFiles(badFile);
  await expect(page.locator(tid('import-error-count'))).toHaveText('错误 3 处');
  const issues = page.locator(tid('import-issues'));
  await expect(issues).toContainText('统一社会信用代码');
  await expect(issues).toContainText('校验位');
  await expect(issues).toContainText('不能为负数');
  await expect(issues).toContainText('与第 2 行重复');
  await expect(page.locator(tid('import-start'))).toBeDisabled();
  await expect(page.locator(`${tid('import-preview-customers')} .import-cell-error`)).toHaveCount(3);
  await shot(page, '05-09-import-errors');

  const goodFile = path.join(FILES, '客户清单.xlsx');
  fs.writeFileSync(goodFile, customerFile(list));
  await page.locator('.ant-upload-drag input[type=file]').setInputFiles(goodFile);
  await expect(page.locator(tid('import-ok'))).toBeVisible();
  await expect(page.locator(tid('import-result'))).toContainText('新增客户：30');
  await shot(page, '05-10-import-preview-ok');
  // After the order specs, names similar to their customers are flagged: the clerk confirms them.
  const similar = page.locator(tid('import-confirm-similar'));
  if (await similar.isVisible()) await similar.check();
  await page.locator(tid('import-start')).click();
  await expect(page.locator(tid('import-done'))).toContainText('导入客户 30 个');
  await shot(page, '05-11-import-done');

  const exported = await saved(
    page,
    () => page.locator(tid('import-export-current')).click(),
    'customers-export.xlsx',
  );
  const out = sheetValues(fs.readFileSync(exported), '客户');
  const byName = new Map(out.slice(1).map((r) => [r[0], r]));
  for (const row of sheetValues(fs.readFileSync(goodFile), '客户').slice(1)) {
    expect(byName.get(row[0])).toEqual(row);
  }
  // Other specs' customers export too; the file's customers come back with exactly their contacts.
  const inContacts = sheetValues(fs.readFileSync(goodFile), '联系人').slice(1);
  const fileCustomers = new Set(inContacts.map((r) => r[0]));
  const outContacts = sheetValues(fs.readFileSync(exported), '联系人')
    .slice(1)
    .filter((r) => fileCustomers.has(r[0]));
  expect(outContacts).toEqual(inContacts);
  const wb = XLSX.read(fs.readFileSync(exported), { type: 'buffer' });
  expect(wb.SheetNames).toEqual(['客户', '联系人']);

  await page.goto('/#/customers');
  const search = page.getByPlaceholder('名称 / 编码 / 拼音首字母 / 电话');
  await search.fill(companyName(100).slice(3, 9));
  await search.press('Enter');
  await expect(page.locator(tid('customer-grid')).locator('.ag-row').first()).toContainText(companyName(100));
  await shot(page, '05-12-customers-imported');

  // The same screens in English.
  await page.getByText('English', { exact: true }).click();
  await page.goto('/#/data/import');
  await expect(page.getByRole('heading', { name: 'Data import' })).toBeVisible();
  await page.locator('.ant-upload-drag input[type=file]').setInputFiles(badFile);
  // The three errors of before, and now every customer of the file already exists.
  await expect(page.locator(tid('import-error-count'))).toHaveText('33 errors');
  await expect(page.locator(tid('import-issues'))).toContainText('cannot be negative');
  await expect(page.locator(tid('import-issues'))).toContainText('Customer already exists');
  await shot(page, '05-13-import-errors-english');
  await page.goto('/#/data/company');
  await expect(page.getByRole('heading', { name: 'Company & printing' })).toBeVisible();
  await shot(page, '05-14-company-english');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '公司信息与打印' })).toBeVisible();
});
