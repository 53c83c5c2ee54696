import { expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { checkConsistency } from '../../electron/core/services/sales/recompute';
import type { DatasetKey, ImportPreview } from '../../shared/contract/spreadsheets';
import { createTestApp, dbChecksum, describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { approvedOrder, receive } from '../helpers/finance-fixture';
import { salesFixture, type SalesFixture } from '../helpers/sales-fixture';
import { dateCell, sheetValues, workbook } from '../fixtures/spreadsheets';

/**
 * Go-live data from Excel: opening stock, opening receivables and price lists. Each data set: templates in
 * both languages, a preview listing every error by row and column, an all-or-nothing commit, the data where
 * the services expect it (stock moves, real open invoices in balances / ageing / exposure / statements /
 * matching, customer prices used by orders), and an export that imports back — also into a fresh install.
 */
const b64 = (b: Buffer) => b.toString('base64');
const file = (s: string) => Buffer.from(s, 'base64');

const STOCK_HEAD = ['仓库*', '产品编码*', '产品名称', '单位', '期初数量*', '单位成本（元）'];
const AR_HEAD = ['客户*', '原单号*', '开票日期*', '到期日', '未收金额（元）*', '备注'];
const PRICE_HEAD = ['产品编码*', '产品名称', '客户', '价格（元）*', '最低限价（元）', '折扣率', '生效日期'];

const NEW_CUSTOMER = '杭州新锐精密仪表有限公司';

const issues = (p: ImportPreview, row: number, column: string, level: 'error' | 'warning' = 'error') =>
  p.issues.filter((i) => i.row === row && i.column === column && i.level === level).map((i) => i.message_zh);

const sheetFile = (name: string, head: unknown[], rows: unknown[][]) =>
  b64(workbook([{ name, rows: [head, ...rows] }]));

async function preview(app: TestApp, dataset: DatasetKey, content: string, token: string) {
  return app.call(
    'imports.preview',
    { dataset, file_name: `${dataset}.xlsx`, content_base64: content },
    token,
  );
}
async function commit(
  app: TestApp,
  dataset: DatasetKey,
  content: string,
  token: string,
  progressId?: string,
) {
  return app.call(
    'imports.commit',
    {
      dataset,
      file_name: `${dataset}.xlsx`,
      content_base64: content,
      ...(progressId ? { progress_id: progressId } : {}),
    },
    token,
  );
}
const consistent = async (app: TestApp) =>
  expect(await app.core.database.read((db) => checkConsistency(db))).toEqual([]);

/** Rows of an export, without the header, sorted (row order differs between installations). */
const body = (buf: Buffer, sheet: string) =>
  sheetValues(buf, sheet)
    .slice(1)
    .map((r) => JSON.stringify(r))
    .sort();

describeEachDb('Opening data and price lists from Excel', (app) => {
  let f: SalesFixture;
  let fuse: number;
  let codes: Record<'acct' | 'cash' | 'bad' | 'other', string>;
  let newc: number;
  const admin = () => app().adminToken;

  it('templates in Chinese and English for the three data sets, with instructions', async () => {
    f = await salesFixture(app());
    fuse = (
      await app().call(
        'products.create',
        { code: 'RT18', name: '熔断器', unit: '只', list_price: 450, floor_price: 400, tax_rate: 1300 },
        admin(),
      )
    ).id;
    await app().call(
      'products.create',
      { code: 'HR17', name: '刀开关', unit: '只', list_price: 2000, floor_price: 0, tax_rate: 1300 },
      admin(),
    );
    codes = {
      acct: (await app().call('customers.get', { id: f.acct }, admin())).code,
      cash: (await app().call('customers.get', { id: f.cash }, admin())).code,
      bad: (await app().call('customers.get', { id: f.bad }, admin())).code,
      other: (await app().call('customers.get', { id: f.other }, admin())).code,
    };
    const zh = async (dataset: DatasetKey, sheet: string) => {
      const t = await app().call('imports.template', { dataset, lang: 'zh' }, admin());
      expect(XLSX.read(file(t.xlsx_base64), { type: 'buffer' }).SheetNames).toEqual([sheet, '填写说明']);
      return { t, head: sheetValues(file(t.xlsx_base64), sheet) };
    };
    const st = await zh('opening_stock', '期初库存');
    expect(st.t.filename).toBe('期初库存导入模板.xlsx');
    expect(st.head).toEqual([STOCK_HEAD]);
    expect((await zh('opening_receivables', '期初应收')).head).toEqual([AR_HEAD]);
    expect((await zh('price_lists', '价格表')).head).toEqual([PRICE_HEAD]);
    const help = sheetValues(file(st.t.xlsx_base64), '填写说明');
    expect(help.find((r) => r[1] === '期初数量*')?.[5]).toContain('已有库存的产品不能再导入期初');
    const en = await app().call('imports.template', { dataset: 'opening_receivables', lang: 'en' }, admin());
    expect(sheetValues(file(en.xlsx_base64), 'Opening receivables')).toEqual([
      ['Customer*', 'Old document no.*', 'Invoice date*', 'Due date', 'Amount due (yuan)*', 'Notes'],
    ]);
    const en2 = await app().call('imports.template', { dataset: 'price_lists', lang: 'en' }, admin());
    expect(sheetValues(file(en2.xlsx_base64), 'Price list')[0]).toEqual([
      'Product code*',
      'Product name',
      'Customer',
      'Price (yuan)*',
      'Floor price (yuan)',
      'Discount',
      'Effective from',
    ]);
  });

  it('each data set needs its own permission besides data.import / data.export', async () => {
    const sp = f.sp.token;
    await expectError(app().call('imports.template', { dataset: 'opening_stock' }, sp), 'FORBIDDEN');
    // Finance may not post stock, the warehouse may not raise receivables, finance may not reprice.
    const stockFile = sheetFile('期初库存', STOCK_HEAD, [['W2', 'RT18', null, null, 1, null]]);
    await expectError(preview(app(), 'opening_stock', stockFile, f.fin.token), 'FORBIDDEN');
    const arFile = sheetFile('期初应收', AR_HEAD, [[codes.acct, 'X', '2026-01-01', null, 1, null]]);
    await expectError(preview(app(), 'opening_receivables', arFile, f.wh.token), 'FORBIDDEN');
    await expectError(commit(app(), 'opening_receivables', arFile, f.wh.token), 'FORBIDDEN');
    const priceFile = sheetFile('价格表', PRICE_HEAD, [['RT18', null, null, 5, null, null, null]]);
    await expectError(preview(app(), 'price_lists', priceFile, f.fin.token), 'FORBIDDEN');
    await expectError(app().call('exports.dataset', { dataset: 'opening_stock' }, sp), 'FORBIDDEN');
    // Finance exports receivables; the warehouse exports stock.
    await app().call('exports.dataset', { dataset: 'opening_receivables' }, f.fin.token);
    await app().call('exports.dataset', { dataset: 'opening_stock' }, f.wh.token);
  });

  it('opening stock: every error by row and column; nothing is written while one remains', async () => {
    const rows = [
      ['W2', 'CJX2', '交流接触器', '个', 50, 62.5], // 2 ok
      ['W2', 'DZ47', null, null, '200.5', null], // 3 ok (decimal quantity as text)
      ['北京仓', 'CJX2', null, null, 10, null], // 4 unknown warehouse
      ['W2', 'NOPE-1', null, null, 10, null], // 5 unknown product
      ['W2', 'YJV', null, null, -3, null], // 6 negative
      ['佛山仓', 'CJX2', null, null, 5, null], // 7 the same warehouse by name: duplicate of row 2
      ['W1', 'CJX2', null, null, 10, null], // 8 W1 already holds 100
      ['W1', 'DZ47', null, null, 0, null], // 9 zero: skipped with a note (even where stock exists)
      ['W1', 'RT18', '熔断器', '只', 10, 3], // 10 ok
      ['W2', 'RT18', '熔断器', '只', 10, 3.5], // 11 another cost for the same product
      ['W2', 'DZ47-X', null, null, '1.2345', null], // 12 four decimals (and unknown product)
      [null, 'YJV', null, null, 1, null], // 13 warehouse missing
    ];
    const before = await dbChecksum(app());
    const p = await preview(app(), 'opening_stock', sheetFile('期初库存', STOCK_HEAD, rows), f.wh.token);
    expect(p.can_import).toBe(false);
    expect(issues(p, 4, '仓库*')).toEqual(['未找到启用的仓库“北京仓”（填写仓库编码或名称）']);
    expect(issues(p, 5, '产品编码*')).toEqual(['未找到启用的产品“NOPE-1”']);
    expect(issues(p, 6, '期初数量*')).toEqual(['不能为负数']);
    expect(issues(p, 7, '产品编码*')).toEqual(['与第 2 行重复']);
    expect(issues(p, 8, '期初数量*')).toEqual(['已有库存 100，期初只能导入一次']);
    expect(issues(p, 9, '期初数量*', 'warning')).toEqual(['数量为 0，该行不导入']);
    expect(issues(p, 11, '单位成本（元）')).toEqual(['同一产品的单位成本须一致（第 10 行为 3.00）']);
    expect(issues(p, 12, '期初数量*')).toEqual(['数量最多三位小数']);
    expect(issues(p, 12, '产品编码*')).toEqual(['未找到启用的产品“DZ47-X”']);
    expect(issues(p, 13, '仓库*')).toEqual(['必填']);
    expect(p.errors).toBe(9);
    expect(p.warnings).toBe(1);
    expect(p.issues.every((i) => i.message_en.length > 0)).toBe(true);
    const e = await expectError(
      commit(app(), 'opening_stock', sheetFile('期初库存', STOCK_HEAD, rows), f.wh.token),
      'VALIDATION',
    );
    expect(e.message_zh).toBe('发现 9 处错误，未导入任何数据；请按提示修正后重新导入');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('opening stock: imported as one opening document per warehouse with stock moves; cost prices set', async () => {
    const rows = [
      ['W2', 'CJX2', '交流接触器', '个', 50, 62.5],
      ['W2', 'DZ47', null, null, '200.5', null],
      ['W2', 'YJV', null, null, 0, null],
      ['W1', 'RT18', '熔断器', '只', 10, 3],
      ['佛山仓', 'RT18', '熔断器', '只', 12, '3.00'],
    ];
    const content = sheetFile('期初库存', STOCK_HEAD, rows);
    const p = await preview(app(), 'opening_stock', content, f.wh.token);
    expect(p.errors).toBe(0);
    expect(p.summary.map((s) => [s.label_zh, s.count])).toEqual([
      ['期初库存行', 4],
      ['仓库', 2],
      ['更新成本价的产品', 2],
    ]);
    const r = await commit(app(), 'opening_stock', content, f.wh.token, 'stock-progress-1');
    expect(r.message).toMatch(/^导入期初库存 4 行（SA2026-\d{6}、SA2026-\d{6}），更新 2 个产品的成本价$/);
    expect(await app().call('imports.progress', { progress_id: 'stock-progress-1' }, f.wh.token)).toEqual({
      phase: 'done',
      done: 5,
      total: 5,
    });
    const w2 = await app().call('stock.list', { warehouse_id: f.warehouse2, only_nonzero: true }, f.wh.token);
    expect(w2.rows.map((x) => [x.product_code, x.on_hand]).sort()).toEqual([
      ['CJX2', 50_000],
      ['DZ47', 200_500],
      ['RT18', 12_000],
    ]);
    const avail = await app().call(
      'stock.availability',
      { warehouse_id: f.warehouse, product_ids: [fuse, f.p1] },
      f.wh.token,
    );
    expect(avail.map((a) => a.on_hand)).toEqual([10_000, 100_000]);
    const products = await app().call('products.list', { q: 'RT18' }, admin());
    expect(products.rows[0]!.cost_price).toBe(300);
    expect((await app().call('products.list', { q: 'CJX2' }, admin())).rows[0]!.cost_price).toBe(6250);
    const moves = await app().core.database.read((db) =>
      db.all<{ doc_type: string; n: number }>(
        "SELECT m.doc_type, COUNT(*) AS n FROM stock_moves m JOIN stock_adjustments a ON a.id = m.doc_id WHERE m.doc_type LIKE 'stock_%' AND a.reason = 'Excel 导入期初库存' GROUP BY m.doc_type",
      ),
    );
    expect(moves.map((m) => [m.doc_type, Number(m.n)])).toEqual([['stock_opening', 4]]);
    await consistent(app());
    // Once only: the same file again is refused row by row.
    const again = await preview(app(), 'opening_stock', content, f.wh.token);
    expect(again.errors).toBe(4);
    expect(issues(again, 2, '期初数量*')).toEqual(['已有库存 50，期初只能导入一次']);
    expect(issues(again, 3, '期初数量*')).toEqual(['已有库存 200.5，期初只能导入一次']);
  });

  it('opening receivables: every error by row and column; all or nothing', async () => {
    const rows = [
      [codes.acct, 'OLD-001', dateCell('2026-08-01'), null, 12800, '2025 年度货款'], // 2 ok
      ['广州恒通机电设备有限公司', 'OLD-002', '2026-10-15', '2026-12-15', '5,000.00', null], // 3 ok (by name)
      ['不存在的贸易有限公司', 'X-1', '2026-10-01', null, 100, null], // 4 unknown customer
      [codes.acct, 'OLD-003', '2026-13-01', null, 100, null], // 5 no such date
      [codes.acct, 'OLD-004', '2026-12-01', null, 100, null], // 6 after today
      [codes.acct, 'OLD-005', '2026-10-01', '2026-09-01', 100, null], // 7 due before the invoice date
      [codes.acct, 'OLD-006', '2026-10-01', null, 0, null], // 8 zero
      [codes.acct, 'OLD-007', '2026-10-01', null, -100, null], // 9 negative
      [codes.acct.toLowerCase(), 'OLD-001', '2026-10-01', null, 100, null], // 10 duplicate of row 2
      [codes.acct, 'OLD-008', '2026-10-01', null, '12.345', null], // 11 three decimals
      [codes.acct, 'X'.repeat(41), '2026-10-01', null, 1, null], // 12 number too long
      [codes.other, null, '2026-10-01', null, 1, null], // 13 number missing
    ];
    const before = await dbChecksum(app());
    const content = sheetFile('期初应收', AR_HEAD, rows);
    const p = await preview(app(), 'opening_receivables', content, f.fin.token);
    expect(issues(p, 4, '客户*')).toEqual(['未找到客户“不存在的贸易有限公司”（填写客户编码或全称）']);
    expect(issues(p, 5, '开票日期*')[0]).toContain('日期无效');
    expect(issues(p, 6, '开票日期*')).toEqual(['不能晚于今天']);
    expect(issues(p, 7, '到期日')).toEqual(['不能早于开票日期']);
    expect(issues(p, 8, '未收金额（元）*')).toEqual(['金额不能为 0']);
    expect(issues(p, 9, '未收金额（元）*')).toEqual(['期初应收金额必须大于 0；期初预收款请录入收款单']);
    expect(issues(p, 10, '原单号*')).toEqual(['与第 2 行重复']);
    expect(issues(p, 11, '未收金额（元）*')).toEqual(['金额最多两位小数']);
    expect(issues(p, 12, '原单号*')).toEqual(['过长（最多 40 个字符）']);
    expect(issues(p, 13, '原单号*')).toEqual(['必填']);
    expect(p.errors).toBe(10);
    expect(p.issues.filter((i) => i.row === 2 || i.row === 3)).toEqual([]);
    await expectError(commit(app(), 'opening_receivables', content, f.fin.token), 'VALIDATION');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('opening receivables become open invoices: balance, exposure, ageing, statement, matching', async () => {
    // An unapplied advance of the bad-record customer is applied to its opening item, as on issuing an invoice.
    await receive(app(), f, f.bad, 100_000, [], '2026-10-20');
    const rows = [
      [codes.acct, 'OLD-001', dateCell('2026-08-01'), null, 12800, '2025 年度货款'],
      ['广州恒通机电设备有限公司', 'OLD-002', '2026-10-15', '2026-12-15', '5,000.00', null],
      ['深圳瑞丰自动化有限公司', 'OLD-001', '2026-06-30', null, 3200.5, null],
      [codes.cash, 'C-9', '2026-11-01', null, 880, '现款未收'],
      [codes.bad, 'B-1', '2026-05-10', null, 3000, null],
    ];
    const content = sheetFile('期初应收', AR_HEAD, rows);
    const p = await preview(app(), 'opening_receivables', content, f.fin.token);
    expect(p.errors).toBe(0);
    expect(p.summary.map((s) => [s.label_zh, s.count])).toEqual([
      ['期初应收单据', 5],
      ['客户', 4],
    ]);
    const r = await commit(app(), 'opening_receivables', content, f.fin.token);
    expect(r.message).toBe(
      '导入期初应收 5 笔，合计 ¥24,880.50（QC2026-000001 – QC2026-000005），冲预收 ¥1,000.00',
    );
    const list = await app().call(
      'invoices.list',
      { filters: [{ field: 'number', op: 'contains', value: 'QC' }], limit: 100 },
      f.fin.token,
    );
    expect(list.rows.map((x) => x.number).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `QC2026-00000${n}`));
    expect(list.rows.every((x) => x.opening && x.kind === 'invoice' && x.status === 'approved')).toBe(true);
    const acct1 = list.rows.find((x) => x.customer_id === f.acct && x.legacy_number === 'OLD-001')!;
    // Due date from the customer's terms (30 days from the invoice date), numbered by date within a customer.
    expect([acct1.invoice_date, acct1.due_date, acct1.total, acct1.open_amount]).toEqual([
      '2026-08-01',
      '2026-08-31',
      1_280_000,
      1_280_000,
    ]);
    const other1 = list.rows.find((x) => x.customer_id === f.other)!;
    expect([other1.legacy_number, other1.due_date, other1.total]).toEqual(['OLD-001', '2026-08-29', 320_050]);
    const cash = list.rows.find((x) => x.customer_id === f.cash)!;
    expect(cash.due_date).toBe('2026-11-01'); // cash customers: due on the day
    const bad = list.rows.find((x) => x.customer_id === f.bad)!;
    expect([bad.total, bad.open_amount]).toEqual([300_000, 200_000]);
    // The detail: one descriptive line, no shipment; searchable by the old number.
    const d = await app().call('invoices.get', { id: acct1.id }, f.fin.token);
    expect(d.lines.map((l) => [l.description, l.shipment_line_id, l.total])).toEqual([
      ['期初应收 OLD-001', null, 1_280_000],
    ]);
    expect(d.notes).toBe('2025 年度货款');
    const found = await app().call('invoices.list', { q: 'OLD-002' }, f.fin.token);
    expect(found.rows.map((x) => x.legacy_number)).toEqual(['OLD-002']);

    // Receivable balance and credit exposure of the customer.
    const credit = await app().call('credit.preview', { customer_id: f.acct }, f.fin.token);
    expect(credit.breakdown.receivable).toBe(1_780_000);
    expect(credit.breakdown.exposure).toBe(1_780_000);
    // OLD-001 is 81 days overdue on 2026-11-20.
    expect(credit.breakdown.overdue_amount).toBe(1_280_000);
    expect(credit.breakdown.oldest_overdue_days).toBe(81);
    // Ageing as of today by due date: OLD-001 in 61–90 days, OLD-002 not yet due.
    const ageing = await app().call('reports.ageing', { as_of: '2026-11-20' }, f.fin.token);
    const row = ageing.rows.find((x) => x.key === f.acct)!;
    expect(ageing.labels.slice(0, 4)).toEqual(['未到期', '1-30天', '31-60天', '61-90天']);
    expect([row.current, row.buckets[0], row.buckets[1], row.buckets[2], row.total]).toEqual([
      500_000, 0, 0, 1_280_000, 1_780_000,
    ]);
    const otherRow = ageing.rows.find((x) => x.key === f.other)!;
    expect(otherRow.total).toBe(320_050);
    // The statement shows them as 期初应收.
    const stmt = await app().call(
      'statements.preview',
      { customer_id: f.acct, from: '2026-01-01', to: '2026-11-30' },
      f.fin.token,
    );
    expect(stmt.entries.map((x) => [x.date, x.doc_type, x.description, x.debit])).toEqual([
      ['2026-08-01', '期初应收', '期初应收 OLD-001：2025 年度货款', 1_280_000],
      ['2026-10-15', '期初应收', '期初应收 OLD-002', 500_000],
    ]);
    expect(stmt.closing).toBe(1_780_000);

    // A receipt matched against an opening item.
    const rc = await receive(app(), f, f.acct, 800_000, [], '2026-11-20');
    const m = await app().call(
      'matching.apply',
      {
        customer_id: f.acct,
        lines: [{ source_type: 'receipt', source_id: rc.id, invoice_id: acct1.id, amount: 800_000 }],
      },
      f.fin.token,
    );
    expect(m.amount).toBe(800_000);
    expect((await app().call('invoices.get', { id: acct1.id }, f.fin.token)).open_amount).toBe(480_000);
    const after = await app().call('credit.preview', { customer_id: f.acct }, f.fin.token);
    expect(after.breakdown.receivable).toBe(980_000);
    await consistent(app());

    // Once only per customer and old number; another customer may have the same old number.
    const again = await preview(app(), 'opening_receivables', content, f.fin.token);
    expect(again.errors).toBe(5);
    expect(issues(again, 2, '原单号*')).toEqual(['该客户的原单号“OLD-001”已导入过（QC2026-000001）']);
  });

  it('price lists: every error by row and column; all or nothing', async () => {
    // An order on 2026-11-20 gives a customer a price for the contactor (一客一价).
    newc = (
      await app().call(
        'customers.create',
        {
          legal_name: NEW_CUSTOMER,
          owner_id: f.sp.id,
          customer_type: 'account',
          credit_limit: 5_000_000,
          credit_days: 30,
        },
        admin(),
      )
    ).id;
    await approvedOrder(app(), f, newc, [[f.p1, 2, 9800]]);
    const rows = [
      ['CJX2', '交流接触器', null, 105, 85, null, null], // 2 ok: list and floor
      ['DZ47', null, codes.acct, 33, null, '5%', '2026-11-01'], // 3 ok: customer price with discount
      ['YJV', null, null, 1000, null, null, null], // 4 the current floor ¥1,100 is above
      ['NOPE-1', null, null, 1, null, null, null], // 5 unknown product
      ['CJX2', null, '不存在的贸易有限公司', 90, null, null, null], // 6 unknown customer
      ['RT18', null, codes.cash, -5, null, null, null], // 7 negative
      ['DZ47', null, null, 30, 40, null, null], // 8 floor above the price
      ['DZ47', null, '广州恒通机电设备有限公司', 34, null, null, null], // 9 duplicate of row 3 (by name)
      ['RT18', null, codes.acct, 4, 3.8, null, null], // 10 floor on a customer row
      ['RT18', null, codes.other, 4, null, null, '2026-12-01'], // 11 effective in the future
      ['HR17', null, null, 25, null, null, '2026-11-01'], // 12 a date on a list-price row
      ['CJX2', null, null, 110, null, null, null], // 13 duplicate of row 2
      ['YJV', null, codes.other, 1000, null, null, null], // 14 below the floor: a note only
      ['CJX2', null, NEW_CUSTOMER, 95, null, null, '2026-11-01'], // 15 older than the order of 2026-11-20
      ['RT18', null, null, 5, null, '3%', null], // 16 discount on a list-price row
    ];
    const before = await dbChecksum(app());
    const content = sheetFile('价格表', PRICE_HEAD, rows);
    const p = await preview(app(), 'price_lists', content, admin());
    expect(issues(p, 4, '价格（元）*')).toEqual(['现有最低限价 ¥1,100.00 高于该售价；请同时填写最低限价']);
    expect(issues(p, 5, '产品编码*')).toEqual(['未找到启用的产品“NOPE-1”']);
    expect(issues(p, 6, '客户')).toEqual(['未找到客户“不存在的贸易有限公司”（填写客户编码或全称）']);
    expect(issues(p, 7, '价格（元）*')).toEqual(['不能为负数']);
    expect(issues(p, 8, '最低限价（元）')).toEqual(['最低限价不能高于标准售价']);
    expect(issues(p, 9, '客户')).toEqual(['与第 3 行重复']);
    expect(issues(p, 10, '最低限价（元）')).toEqual(['客户价格不填最低限价（最低限价属于产品）']);
    expect(issues(p, 11, '生效日期')).toEqual(['不能晚于今天']);
    expect(issues(p, 12, '生效日期')).toEqual(['标准售价导入后立即生效，不填生效日期']);
    expect(issues(p, 13, '产品编码*')).toEqual(['与第 2 行重复']);
    expect(issues(p, 14, '价格（元）*', 'warning')).toEqual(['低于最低限价 ¥1,100.00，按此价下单需要审批']);
    expect(issues(p, 15, '生效日期')).toEqual([
      '该客户 2026-11-20 已有成交价 ¥98.00，生效日期不能早于该日期',
    ]);
    expect(issues(p, 16, '折扣率')).toEqual(['只用于客户价格（该行填写了客户时）']);
    expect(p.errors).toBe(12);
    expect(p.warnings).toBe(1);
    await expectError(commit(app(), 'price_lists', content, admin()), 'VALIDATION');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('price lists: list prices and customer prices imported; orders start from them; export imports back', async () => {
    const rows = [
      ['CJX2', '交流接触器', null, 105, 85, null, null],
      ['DZ47', null, codes.acct, 33, null, '5%', '2026-11-01'],
      ['YJV', null, codes.other, 1000, null, null, null],
      ['CJX2', null, NEW_CUSTOMER, 99, null, null, null], // today: replaces the order's price of today
    ];
    const content = sheetFile('价格表', PRICE_HEAD, rows);
    const r = await commit(app(), 'price_lists', content, admin());
    expect(r.message).toBe('导入价格表：更新 1 个产品的标准售价，3 条客户价格');
    const cj = (await app().call('products.list', { q: 'CJX2' }, admin())).rows[0]!;
    expect([cj.list_price, cj.floor_price]).toEqual([10_500, 8_500]);
    const prices = await app().call(
      'orders.prices',
      { customer_id: f.acct, product_ids: [f.p1, f.p2, f.p3] },
      f.sp.token,
    );
    expect(
      prices
        .map((x) => [x.code, x.list_price, x.last_price, x.last_discount_bp, x.last_date])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['CJX2', 10_500, null, null, null],
      ['DZ47', 3_550, 3_300, 500, '2026-11-01'],
      ['YJV', 128_000, null, null, null],
    ]);
    const n = await app().call('orders.prices', { customer_id: newc, product_ids: [f.p1] }, f.sp.token);
    expect([n[0]!.last_price, n[0]!.last_discount_bp, n[0]!.last_date]).toEqual([9_900, 0, '2026-11-20']);
    const other = await app().call(
      'orders.prices',
      { customer_id: f.other, product_ids: [f.p3] },
      f.sp2.token,
    );
    expect(other[0]!.last_price).toBe(100_000);
    await consistent(app());

    // Export: every active product's prices, then the customer prices, in the import layout.
    const ex = await app().call('exports.dataset', { dataset: 'price_lists' }, admin());
    const values = sheetValues(file(ex.xlsx_base64), '价格表');
    expect(values[0]).toEqual(PRICE_HEAD);
    expect(values.find((v) => v[0] === 'CJX2' && v[2] === null)).toEqual([
      'CJX2',
      '交流接触器',
      null,
      105,
      85,
      null,
      null,
    ]);
    expect(values.find((v) => v[0] === 'DZ47' && v[2] !== null)).toEqual([
      'DZ47',
      '小型断路器',
      '广州恒通机电设备有限公司',
      33,
      null,
      0.05,
      '2026-11-01',
    ]);
    const back = await preview(app(), 'price_lists', ex.xlsx_base64, admin());
    expect(back.errors).toBe(0);
    expect(back.summary.map((s) => s.count)).toEqual([5, 3]);
    await commit(app(), 'price_lists', ex.xlsx_base64, admin());
    const again = await app().call('exports.dataset', { dataset: 'price_lists' }, admin());
    expect(body(file(again.xlsx_base64), '价格表')).toEqual(body(file(ex.xlsx_base64), '价格表'));
  });

  it('the three exports import into a fresh installation and export from there identically', async () => {
    const exportOf = (dataset: DatasetKey) => app().call('exports.dataset', { dataset }, admin());
    const stock = await exportOf('opening_stock');
    const ar = await exportOf('opening_receivables');
    const price = await exportOf('price_lists');
    const products = await exportOf('products');
    const arRows = sheetValues(file(ar.xlsx_base64), '期初应收');
    expect(arRows[0]).toEqual(AR_HEAD);
    // Open amounts: what is still owed (OLD-001 after the receipt, B-1 after the advance).
    expect(arRows.find((r) => r[1] === 'OLD-001' && r[0] === '广州恒通机电设备有限公司')).toEqual([
      '广州恒通机电设备有限公司',
      'OLD-001',
      '2026-08-01',
      '2026-08-31',
      4800,
      '2025 年度货款',
    ]);
    expect(arRows.find((r) => r[1] === 'B-1')?.[4]).toBe(2000);
    const stockRows = sheetValues(file(stock.xlsx_base64), '期初库存');
    expect(stockRows[0]).toEqual(STOCK_HEAD);
    expect(stockRows.find((r) => r[0] === 'W2' && r[1] === 'DZ47')).toEqual([
      'W2',
      'DZ47',
      '小型断路器',
      '个',
      200.5,
      null,
    ]);

    const fresh = await createTestApp(app().kind);
    try {
      const t = fresh.adminToken;
      for (const [code, name] of [
        ['W1', '广州总仓'],
        ['W2', '佛山仓'],
      ])
        await fresh.call('warehouses.save', { code: code!, name: name! }, t);
      await commit(fresh, 'products', products.xlsx_base64, t);
      for (const id of [f.acct, f.cash, f.bad, f.other, newc]) {
        const c = await app().call('customers.get', { id }, admin());
        await fresh.call(
          'customers.create',
          {
            legal_name: c.legal_name,
            customer_type: c.customer_type,
            credit_limit: c.credit_limit,
            credit_days: c.credit_days,
          },
          t,
        );
      }
      for (const [dataset, ex] of [
        ['opening_stock', stock],
        ['opening_receivables', ar],
        ['price_lists', price],
      ] as const) {
        const p = await preview(fresh, dataset, ex.xlsx_base64, t);
        expect(
          p.issues.filter((i) => i.level === 'error'),
          dataset,
        ).toEqual([]);
        await commit(fresh, dataset, ex.xlsx_base64, t);
        const out = await fresh.call('exports.dataset', { dataset }, t);
        const sheet = XLSX.read(file(out.xlsx_base64), { type: 'buffer' }).SheetNames[0]!;
        expect(body(file(out.xlsx_base64), sheet), dataset).toEqual(body(file(ex.xlsx_base64), sheet));
      }
      expect(await fresh.core.database.read((db) => checkConsistency(db))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
