import { expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { CustomerNameIndex } from '../../electron/core/services/customers/duplicates';
import { findDuplicates } from '../../electron/core/services/customers';
import { readZip } from '../../electron/core/spreadsheets/zip';
import type { ImportPreview } from '../../shared/contract/spreadsheets';
import { dbChecksum, describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { bigSheetXml, writeZip, xlsxParts } from '../helpers/zip';
import {
  CONTACT_HEADERS,
  CUSTOMER_HEADERS,
  companyName,
  customerFile,
  realisticCustomers,
  sheetValues,
  uscc,
  workbook,
} from '../fixtures/spreadsheets';

const b64 = (b: Buffer) => b.toString('base64');
const EXISTING = '佛山市顺德区美的电器配件有限公司';
const file = (b64s: string) => Buffer.from(b64s, 'base64');

interface Staff {
  gm: { id: number; token: string };
  mgr: { id: number; token: string };
  sp: { id: number; token: string };
  fin: { id: number; token: string };
  wh: { id: number; token: string };
}

async function staff(app: TestApp): Promise<Staff> {
  const gm = await app.user('gm01', ['general_manager'], { name: '周总' });
  const mgr = await app.user('mgr01', ['sales_manager'], { name: '李经理' });
  const sp = await app.user('sp01', ['salesperson'], { manager_id: mgr.id, name: '张三' });
  const fin = await app.user('fin01', ['finance'], { name: '赵会计' });
  const wh = await app.user('wh01', ['warehouse'], { name: '陈仓管' });
  for (const [code, name] of [
    ['HN', '华南'],
    ['HZ', '华中'],
    ['HD', '华东'],
  ]) {
    await app.call('regions.save', { code: code!, name: name! }, app.adminToken);
  }
  return { gm, mgr, sp, fin, wh };
}

const issue = (p: ImportPreview, row: number, column: string) =>
  p.issues.filter((i) => i.row === row && i.column === column).map((i) => i.message_zh);

describeEachDb('Excel import and export', (app) => {
  let s: Staff;
  let good: ReturnType<typeof realisticCustomers>;

  it('templates in Chinese and English: headers only, with an instructions sheet', async () => {
    s = await staff(app());
    const zh = await app().call('imports.template', { dataset: 'customers', lang: 'zh' }, s.gm.token);
    expect(zh.filename).toBe('客户（含联系人）导入模板.xlsx');
    const wb = XLSX.read(file(zh.xlsx_base64), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['客户', '联系人', '填写说明']);
    expect(sheetValues(file(zh.xlsx_base64), '客户')).toEqual([CUSTOMER_HEADERS]);
    expect(sheetValues(file(zh.xlsx_base64), '联系人')).toEqual([CONTACT_HEADERS]);
    const help = sheetValues(file(zh.xlsx_base64), '填写说明');
    expect(help.find((r) => r[1] === '统一社会信用代码')?.[5]).toContain('校验位');
    const en = await app().call('imports.template', { dataset: 'products', lang: 'en' }, s.gm.token);
    expect(sheetValues(file(en.xlsx_base64), 'Products')[0]).toEqual([
      'Product code*',
      'Product name*',
      'Specification',
      'Unit*',
      'Category',
      'List price (yuan)*',
      'Floor price (yuan)',
      'Cost price (yuan)',
      'Tax rate',
      'Notes',
    ]);
  });

  it('previews a realistic customer list with every error by row and column; nothing is written', async () => {
    // An existing customer the file collides with.
    await app().call('customers.create', { legal_name: EXISTING, credit_code: uscc(999) }, s.gm.token);
    good = realisticCustomers(40, { owners: ['sp01', 'mgr01', 'gm01'], regions: ['华南', '华中', '华东'] });
    const bad = structuredClone(good);
    const c = bad.customers;
    c[1]![2] = '91440101MA5D12345X'; // row 3: bad credit code
    c[3]![5] = '西北'; // row 5: unknown region
    c[4]![13] = -500; // row 6: negative credit limit
    c[5]![13] = '1234.567'; // row 7: three decimals
    c[6]![3] = '季结'; // row 8: unknown settlement type
    c[7]![7] = 'nobody'; // row 9: unknown owner
    c[8]![0] = good.customers[0]![0]; // row 10: same legal name as row 2
    c[9]![2] = good.customers[0]![2]; // row 11: same credit code as row 2
    c[10]![0] = `  ${EXISTING} `; // row 12: exists in the database
    c[11]![0] = null; // row 13: legal name missing
    c[12]![14] = 30.5; // row 14: credit days not whole
    // Contacts follow their customers (those renamed above lose theirs).
    const names = new Set(c.map((r) => r[0]));
    bad.contacts = bad.contacts.filter((ct) => names.has(ct[0]));
    bad.contacts[0]![5] = 'not-an-email'; // contacts row 2
    bad.contacts[1]![6] = '1985-13-40'; // contacts row 3: no such date
    bad.contacts.push(['不存在的客户有限公司', '王五', null, null, null, null, null, null, null]); // last row
    const rowOfMissing = bad.contacts.length + 1;
    const before = await dbChecksum(app());
    const p = await app().call(
      'imports.preview',
      { dataset: 'customers', file_name: '客户清单.xlsx', content_base64: b64(customerFile(bad)) },
      s.gm.token,
    );
    expect(p.can_import).toBe(false);
    expect(p.sheets.map((x) => [x.name, x.total_rows])).toEqual([
      ['客户', 40],
      ['联系人', bad.contacts.length],
    ]);
    expect(p.sheets[0]!.mapping.map((m) => m.key)).toEqual([
      'legal_name',
      'short_name',
      'credit_code',
      'customer_type',
      'grade',
      'region',
      'source',
      'owner',
      'phone',
      'address',
      'bank_name',
      'bank_account',
      'tags',
      'credit_limit',
      'credit_days',
      'notes',
    ]);
    expect(p.sheets[0]!.rows[0]!.values[0]).toBe(good.customers[0]![0]);
    expect(issue(p, 3, '统一社会信用代码')[0]).toContain('校验位');
    expect(issue(p, 5, '区域')[0]).toBe('未找到区域“西北”');
    expect(issue(p, 6, '信用额度（元）')[0]).toBe('不能为负数');
    expect(issue(p, 7, '信用额度（元）')[0]).toBe('金额最多两位小数');
    expect(issue(p, 8, '结算类型')[0]).toContain('无法识别“季结”');
    expect(issue(p, 9, '客户所有人（工号）')[0]).toBe('未找到启用的员工“nobody”');
    expect(issue(p, 10, '客户全称*')[0]).toBe('与第 2 行重复');
    expect(issue(p, 11, '统一社会信用代码')[0]).toBe('与第 2 行重复');
    expect(issue(p, 12, '客户全称*')[0]).toContain('客户已存在');
    expect(issue(p, 12, '客户全称*')[0]).toContain('周总');
    expect(issue(p, 13, '客户全称*')[0]).toBe('必填');
    expect(issue(p, 14, '信用期限（天）')[0]).toBe('必须是整数');
    const contactIssues = (row: number, col: string) =>
      p.issues
        .filter((i) => i.sheet === '联系人' && i.row === row && i.column === col)
        .map((i) => i.message_zh);
    expect(contactIssues(2, '邮箱')[0]).toBe('邮箱格式不正确');
    expect(contactIssues(3, '生日')[0]).toContain('日期无效');
    expect(contactIssues(rowOfMissing, '客户全称*')[0]).toContain('不存在的客户有限公司');
    expect(p.errors).toBe(14);
    expect(p.issues.every((i) => i.message_en.length > 0)).toBe(true);
    // Commit refuses the same file with the same errors; nothing changed.
    const e = await expectError(
      app().call(
        'imports.commit',
        { dataset: 'customers', file_name: '客户清单.xlsx', content_base64: b64(customerFile(bad)) },
        s.gm.token,
      ),
      'VALIDATION',
    );
    expect(e.message_zh).toBe('发现 14 处错误，未导入任何数据；请按提示修正后重新导入');
    expect((e.details as { issues: unknown[] }).issues).toHaveLength(14);
    expect(await dbChecksum(app())).toBe(before);
  });

  it('imports the corrected list in one transaction with progress, then exports it back identical', async () => {
    const fixed = customerFile(good);
    const p2 = await app().call(
      'imports.preview',
      { dataset: 'customers', file_name: 'ok.xlsx', content_base64: b64(fixed) },
      s.gm.token,
    );
    expect(p2.errors).toBe(0);
    expect(p2.warnings).toBe(0);
    expect(p2.can_import).toBe(true);
    expect(p2.summary.map((x) => [x.label_zh, x.count])).toEqual([
      ['新增客户', 40],
      ['新增联系人', good.contacts.length],
    ]);
    const r = await app().call(
      'imports.commit',
      {
        dataset: 'customers',
        file_name: 'ok.xlsx',
        content_base64: b64(fixed),
        progress_id: 'test-progress-1',
      },
      s.gm.token,
    );
    expect(r.message).toMatch(/^导入客户 40 个（C\d{6} – C\d{6}）、联系人 \d+ 个$/);
    expect(await app().call('imports.progress', { progress_id: 'test-progress-1' }, s.gm.token)).toEqual({
      phase: 'done',
      done: 40 + good.contacts.length,
      total: 40 + good.contacts.length,
    });
    // Through the customer service: owners, regions, credit, contacts.
    const find = async (i: number) => {
      const row = (await app().call('customers.list', { q: companyName(i) }, s.gm.token)).rows[0]!;
      return app().call('customers.get', { id: row.id }, s.gm.token);
    };
    const d0 = await find(0);
    expect(d0.owner_name).toBe('张三');
    expect(d0.region_name).toBe('华南');
    expect(d0.customer_type).toBe('cash');
    expect(d0.tags).toEqual(['大客户', '长期合作']);
    expect(d0.contacts.map((c) => c.is_primary)).toEqual([true, false]);
    expect(d0.contacts[0]!.birthday).toBe('1970-01-01');
    const d1 = await find(1);
    expect(d1.owner_name).toBe('李经理');
    expect(d1.region_name).toBe('华中');
    expect(d1.customer_type).toBe('account');
    expect(d1.credit_limit).toBe(6_000_050);
    expect(d1.credit_days).toBe(45);
    // A salesperson sees the customers the file gave them, and only those.
    const mine = await app().call('customers.list', { limit: 1000 }, s.sp.token);
    expect(mine.total).toBe(good.customers.filter((c) => c[7] === 'sp01').length);
    expect(mine.total).toBe(14);
    const audit = await app().call('audit.list', { q: '导入客户' }, app().adminToken);
    expect(audit.rows[0]!.summary).toContain('文件 ok.xlsx');

    // Export in the import layout: the same cells as the file imported.
    const ex = await app().call('exports.dataset', { dataset: 'customers' }, s.gm.token);
    const exported = file(ex.xlsx_base64);
    const imported = sheetValues(fixed, '客户');
    const out = sheetValues(exported, '客户');
    expect(out[0]).toEqual(imported[0]);
    const byName = new Map(out.slice(1).map((row) => [row[0], row]));
    for (const row of imported.slice(1)) expect([row[0], byName.get(row[0])]).toEqual([row[0], row]);
    const importedContacts = sheetValues(fixed, '联系人');
    const outContacts = sheetValues(exported, '联系人');
    expect(outContacts[0]).toEqual(importedContacts[0]);
    expect(outContacts.slice(1)).toEqual(importedContacts.slice(1));
    // Money is a number with two decimals, dates are dates.
    const wb = XLSX.read(exported, { type: 'buffer', cellNF: true });
    const credit = wb.Sheets['客户']!['N2'] as XLSX.CellObject;
    expect(credit.t).toBe('n');
    expect(credit.z).toBe('#,##0.00');
    const birthday = wb.Sheets['联系人']!['G2'] as XLSX.CellObject;
    expect(birthday.t).toBe('n');
    expect(birthday.z).toBe('yyyy-mm-dd');

    // Importing the export again: every customer is an exact duplicate now.
    const again = await app().call(
      'imports.preview',
      { dataset: 'customers', file_name: 'again.xlsx', content_base64: ex.xlsx_base64 },
      s.gm.token,
    );
    expect(again.can_import).toBe(false);
    expect(again.issues.filter((i) => i.message_zh.startsWith('客户已存在')).length).toBe(41);
  });

  it('English headers work the same; similar names must be confirmed', async () => {
    const en = [
      'Legal full name*',
      'Short name',
      'Unified social credit code',
      'Settlement type',
      'Grade',
      'Region',
      'Source',
      'Owner (employee no.)',
      'Phone',
      'Address',
      'Bank',
      'Bank account',
      'Tags',
      'Credit limit (yuan)',
      'Credit term (days)',
      'Notes',
    ];
    const f = realisticCustomers(2, { owners: ['mgr01'], regions: ['HD'], start: 500 }); // a region by its code
    f.customers[1]![0] = `${companyName(0).replace('有限公司', '')}（东莞）有限公司`; // similar to an imported one
    f.customers[0]![3] = 'On account';
    const buf = workbook([{ name: 'Customers', rows: [en, ...f.customers] }]);
    const p = await app().call(
      'imports.preview',
      { dataset: 'customers', file_name: 'en.xlsx', content_base64: b64(buf) },
      s.mgr.token,
    );
    expect(p.errors).toBe(0);
    expect(p.needs_confirmation).toBe(1);
    expect(p.issues.find((i) => i.level === 'warning' && i.row === 3)?.message_zh).toContain(companyName(0));
    const e = await expectError(
      app().call(
        'imports.commit',
        { dataset: 'customers', file_name: 'en.xlsx', content_base64: b64(buf) },
        s.mgr.token,
      ),
      'BUSINESS_RULE',
    );
    expect(e.fields?.[0]?.path).toEqual(['confirm_similar']);
    await app().call(
      'imports.commit',
      { dataset: 'customers', file_name: 'en.xlsx', content_base64: b64(buf), confirm_similar: true },
      s.mgr.token,
    );
    const c = (await app().call('customers.list', { q: String(f.customers[0]![0]) }, s.mgr.token)).rows[0]!;
    expect(c.customer_type).toBe('account');
    expect(c.owner_name).toBe('李经理');
    expect(c.region_name).toBe('华东');
  });

  it('owner within the importer’s team only; import and export need their permissions', async () => {
    const f = realisticCustomers(1, { owners: ['fin01'], regions: ['华南'], start: 700 });
    const p = await app().call(
      'imports.preview',
      { dataset: 'customers', file_name: 'x.xlsx', content_base64: b64(customerFile(f)) },
      s.mgr.token,
    );
    expect(issue(p, 2, '客户所有人（工号）')).toEqual(['只能指定给自己或下属']);
    const buf = b64(customerFile(f));
    await expectError(
      app().call(
        'imports.preview',
        { dataset: 'customers', file_name: 'x.xlsx', content_base64: buf },
        s.sp.token,
      ),
      'FORBIDDEN',
    );
    // Warehouse may import products but not customers.
    await expectError(
      app().call(
        'imports.preview',
        { dataset: 'customers', file_name: 'x.xlsx', content_base64: buf },
        s.wh.token,
      ),
      'FORBIDDEN',
    );
    await expectError(app().call('exports.dataset', { dataset: 'customers' }, s.sp.token), 'FORBIDDEN');
  });

  it('the bulk duplicate check gives the same answers as the customer service’s findDuplicates', async () => {
    const probes = [
      companyName(0),
      companyName(1).replace('有限公司', '股份有限公司'),
      `深圳${companyName(2).slice(3)}`,
      companyName(5).slice(3, 9),
      '完全不同的名字贸易有限公司',
      '华南',
      `${companyName(7).slice(3, 11)}集团`,
    ];
    await app().core.database.read(async (db) => {
      const idx = await CustomerNameIndex.load(db);
      for (const name of probes) {
        const a = await findDuplicates(db, name, null);
        const b = idx.find(name, null);
        expect(b.exact.map((h) => h.id)).toEqual(a.exact.map((h) => h.id));
        expect(b.similar.map((h) => h.id).sort()).toEqual(a.similar.map((h) => h.id).sort());
      }
      const code = uscc(1);
      expect(idx.find('whatever', code).exact.map((h) => h.id)).toEqual(
        (await findDuplicates(db, 'whatever', code)).exact.map((h) => h.id),
      );
    });
  });

  it('products: create new codes, update existing ones, percent cells, floor price rule; export round trip', async () => {
    const head = [
      '产品编码*',
      '产品名称*',
      '规格型号',
      '单位*',
      '类别',
      '标准售价（元）*',
      '最低限价（元）',
      '成本价（元）',
      '税率',
      '备注',
    ];
    const pct = (v: number): XLSX.CellObject => ({ t: 'n', v, z: '0%' });
    const rows = [
      ['BRG-6205', '深沟球轴承', '6205-2RS 25×52×15mm', '个', '传动件', 18.5, 16, 12.3, pct(0.13), null],
      [
        'MOT-Y2132',
        '三相异步电动机',
        'Y2-132M-4 7.5kW',
        '台',
        '电气',
        2680,
        2400,
        null,
        '13%',
        '整机保修一年',
      ],
      ['SRV-INST', '安装调试服务', null, '人天', '服务', 1200, null, null, 6, null],
      ['BAD-1', '底价高于售价', null, '个', null, 10, 12, null, null, null],
      ['bad code!', '编码不合法', null, '个', null, 1, null, null, null, null],
      ['BRG-6205', '重复编码', null, '个', null, 1, null, null, null, null],
    ];
    const p = await app().call(
      'imports.preview',
      {
        dataset: 'products',
        file_name: 'p.xlsx',
        content_base64: b64(workbook([{ name: '产品', rows: [head, ...rows] }])),
      },
      s.wh.token,
    );
    expect(issue(p, 5, '最低限价（元）')).toEqual(['最低限价不能高于标准售价']);
    expect(issue(p, 6, '产品编码*')).toEqual(['格式不正确']);
    expect(issue(p, 7, '产品编码*')).toEqual(['与第 2 行重复']);
    const ok = workbook([{ name: '产品', rows: [head, ...rows.slice(0, 3)] }]);
    await app().call(
      'imports.commit',
      { dataset: 'products', file_name: 'p.xlsx', content_base64: b64(ok) },
      s.wh.token,
    );
    const list = await app().call('products.list', { sort: [{ field: 'code', dir: 'asc' }] }, s.wh.token);
    expect(list.rows.map((r) => [r.code, r.list_price, r.floor_price, r.cost_price, r.tax_rate])).toEqual([
      ['BRG-6205', 1850, 1600, 1230, 1300],
      ['MOT-Y2132', 268000, 240000, null, 1300],
      ['SRV-INST', 120000, 0, null, 600],
    ]);
    // Re-import with a new price: an update, not a duplicate.
    const upd = workbook([
      {
        name: '产品',
        rows: [
          head,
          ['BRG-6205', '深沟球轴承', '6205-2RS 25×52×15mm', '个', '传动件', 19.8, 16, 12.3, '13%', null],
        ],
      },
    ]);
    const pu = await app().call(
      'imports.preview',
      { dataset: 'products', file_name: 'u.xlsx', content_base64: b64(upd) },
      s.wh.token,
    );
    expect(pu.summary.map((x) => x.count)).toEqual([0, 1]);
    await app().call(
      'imports.commit',
      { dataset: 'products', file_name: 'u.xlsx', content_base64: b64(upd) },
      s.wh.token,
    );
    expect((await app().call('products.list', { q: 'BRG-6205' }, s.wh.token)).rows[0]!.list_price).toBe(1980);
    const ex = await app().call('exports.dataset', { dataset: 'products' }, s.wh.token);
    const values = sheetValues(file(ex.xlsx_base64), '产品');
    expect(values[0]).toEqual(head);
    expect(values[1]).toEqual([
      'BRG-6205',
      '深沟球轴承',
      '6205-2RS 25×52×15mm',
      '个',
      '传动件',
      19.8,
      16,
      12.3,
      0.13,
      null,
    ]);
    const back = await app().call(
      'imports.preview',
      { dataset: 'products', file_name: 'b.xlsx', content_base64: ex.xlsx_base64 },
      s.wh.token,
    );
    expect(back.errors).toBe(0);
    expect(back.summary.map((x) => x.count)).toEqual([0, 3]);
  });

  it('exports any list as filtered and sorted, with its permission and data scope; phones masked without permission', async () => {
    await app().call(
      'customers.create',
      { legal_name: '=HYPERLINK("http://evil.example","点我")有限公司', phone: '13812345678' },
      s.gm.token,
    );
    const columns = [
      { field: 'code', header: '编码' },
      { field: 'legal_name', header: '客户全称' },
      { field: 'customer_type', header: '结算类型', labels: { cash: '现款', account: '月结' } },
      { field: 'phone', header: '电话' },
      { field: 'credit_limit', header: '信用额度', type: 'money' as const },
      { field: 'credit_days', header: '信用期限', type: 'number' as const },
      { field: 'updated_at', header: '更新时间', type: 'datetime' as const },
    ];
    const query = {
      filters: [{ field: 'customer_type', op: 'equals', value: 'account' }],
      sort: [{ field: 'credit_limit', dir: 'desc' }],
    };
    const list = await app().call('customers.list', { ...query, limit: 1000 } as never, s.gm.token);
    const ex = await app().call(
      'exports.list',
      { method: 'customers.list', query, columns, title: '客户档案' },
      s.gm.token,
    );
    expect(ex.rows).toBe(list.total);
    expect(ex.filename).toBe('客户档案_20261120.xlsx');
    const values = sheetValues(file(ex.xlsx_base64), '客户档案');
    expect(values[0]).toEqual(columns.map((c) => c.header));
    expect(values.slice(1).map((r) => r[0])).toEqual(list.rows.map((r) => r.code));
    expect(values[1]![2]).toBe('月结');
    expect(values[1]![4]).toBe(list.rows[0]!.credit_limit / 100);
    const wb = XLSX.read(file(ex.xlsx_base64), { type: 'buffer', cellNF: true });
    const ws = wb.Sheets['客户档案']!;
    expect((ws['E2'] as XLSX.CellObject).z).toBe('#,##0.00');
    expect((ws['F2'] as XLSX.CellObject).t).toBe('n');
    expect((ws['G2'] as XLSX.CellObject).z).toBe('yyyy-mm-dd hh:mm');

    // A text starting with = is a string cell, never a formula.
    const all = await app().call(
      'exports.list',
      { method: 'customers.list', query: { q: 'HYPERLINK' }, columns },
      s.gm.token,
    );
    const raw = XLSX.read(file(all.xlsx_base64), { type: 'buffer', cellFormula: true });
    const cell = raw.Sheets[raw.SheetNames[0]!]!['B2'] as XLSX.CellObject;
    expect(cell.t).toBe('s');
    expect(cell.v).toBe('=HYPERLINK("http://evil.example","点我")有限公司');
    expect(cell.f).toBeUndefined();
    const parts = readZip(file(all.xlsx_base64), { maxTotal: 1e8, maxEntries: 100 });
    const sheetXml = parts.filter((e) => /^xl\/worksheets\/.*\.xml$/.test(e.name));
    expect(sheetXml.length).toBe(1);
    for (const e of sheetXml) expect(e.data.toString('utf8')).not.toMatch(/<f[ >]/);
    expect(sheetValues(file(all.xlsx_base64), raw.SheetNames[0]!)[1]![3]).toBe('13812345678');

    // Finance may export but not phone numbers: masked.
    const masked = await app().call(
      'exports.list',
      { method: 'customers.list', query: { q: 'HYPERLINK' }, columns },
      s.fin.token,
    );
    expect(sheetValues(file(masked.xlsx_base64), 'customers')[1]![3]).toBe('138****5678');
    // The manager's export is the manager's team only.
    const team = await app().call(
      'exports.list',
      { method: 'customers.list', query: {}, columns },
      s.mgr.token,
    );
    const teamList = await app().call('customers.list', { limit: 1000 }, s.mgr.token);
    expect(team.rows).toBe(teamList.total);
    expect(team.rows).toBeLessThan((await app().call('customers.list', {}, s.gm.token)).total!);
    // The list's own permission applies; non-lists and export without permission are refused.
    await expectError(
      app().call(
        'exports.list',
        { method: 'audit.list', query: {}, columns: [{ field: 'summary', header: '摘要' }] },
        s.mgr.token,
      ),
      'FORBIDDEN',
    );
    await expectError(
      app().call('exports.list', { method: 'customers.list', query: {}, columns }, s.sp.token),
      'FORBIDDEN',
    );
    const e = await expectError(
      app().call('exports.list', { method: 'customers.create', query: {}, columns }, s.gm.token),
      'VALIDATION',
    );
    expect(e.message_zh).toContain('不是列表');
    const bad = await expectError(
      app().call('exports.list', { method: 'customers.list', query: { sort: 'x' }, columns }, s.gm.token),
      'VALIDATION',
    );
    expect(bad.fields?.[0]?.path[0]).toBe('query');
    // Users list (finance has users.read) exports too: the same machinery over another list.
    const users = await app().call(
      'exports.list',
      {
        method: 'users.list',
        query: { sort: [{ field: 'login', dir: 'asc' }] },
        columns: [
          { field: 'login', header: '工号' },
          { field: 'name', header: '姓名' },
        ],
      },
      s.fin.token,
    );
    expect(
      sheetValues(file(users.xlsx_base64), 'users')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['admin', 'fin01', 'gm01', 'mgr01', 'sp01', 'wh01']);
  });

  it('refuses hostile files cleanly, naming the problem; nothing changes', async () => {
    const before = await dbChecksum(app());
    const tryFile = async (buf: Buffer) =>
      expectError(
        app().call(
          'imports.preview',
          { dataset: 'customers', file_name: 'x.xlsx', content_base64: b64(buf) },
          s.gm.token,
        ),
        'VALIDATION',
      );
    const head = [CUSTOMER_HEADERS];
    const one = [['测试有限公司']];

    // Not a spreadsheet: a PDF, plain text, a Word document (a ZIP without a workbook).
    expect((await tryFile(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj'))).message_zh).toContain('不是 Excel 文件');
    expect((await tryFile(Buffer.from('客户全称,简称\n测试,测试\n'))).message_zh).toContain(
      '不是 Excel 文件',
    );
    expect(
      (await tryFile(writeZip([{ name: 'word/document.xml', data: '<w:document/>' }]))).message_zh,
    ).toContain('不是 Excel 文件');
    // Damaged: a truncated workbook.
    const ok = workbook([{ name: '客户', rows: [...head, ...one] }]);
    expect((await tryFile(ok.subarray(0, ok.length - 40))).message_zh).toContain('已损坏');

    // Zip bombs: 130 MB of zeros in a few hundred KB, and an entry that lies about its size.
    const zeros = Buffer.alloc(130 * 1024 * 1024);
    const bomb = writeZip([...xlsxParts(bigSheetXml(1)), { name: 'xl/media/image1.png', data: zeros }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const t0 = Date.now();
    expect((await tryFile(bomb)).message_zh).toContain('解压后过大');
    const liar = writeZip([
      ...xlsxParts(bigSheetXml(1)),
      { name: 'xl/media/image1.png', data: zeros, declaredSize: 1024 },
    ]);
    expect((await tryFile(liar)).message_zh).toContain('解压后过大');
    expect(Date.now() - t0).toBeLessThan(20_000);

    // Formulas.
    const f = XLSX.utils.aoa_to_sheet([CUSTOMER_HEADERS, ['测试有限公司']]);
    f['N2'] = { t: 'n', v: 100, f: 'SUM(A1:A2)' };
    f['!ref'] = 'A1:P2';
    const fwb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(fwb, f, '客户');
    const fe = await tryFile(XLSX.write(fwb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(fe.message_zh).toContain('公式');
    expect(fe.message_zh).toContain('N2');

    // Macro-enabled: a VBA project in an .xlsm, and in an .xls.
    const xlsm = writeZip([
      ...xlsxParts(bigSheetXml(1)),
      { name: 'xl/vbaProject.bin', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
    ]);
    expect((await tryFile(xlsm)).message_zh).toContain('宏');
    const parts = xlsxParts(bigSheetXml(1)).map((e) =>
      e.name === '[Content_Types].xml'
        ? {
            ...e,
            data: e.data
              .replace('spreadsheetml.sheet.main+xml', 'spreadsheetml.sheet.main+xml')
              .replace(
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
                'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
              ),
          }
        : e,
    );
    expect((await tryFile(writeZip(parts))).message_zh).toContain('宏');
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/Workbook', Buffer.alloc(64));
    XLSX.CFB.utils.cfb_add(cfb, '/_VBA_PROJECT_CUR/VBA/dir', Buffer.alloc(16));
    const xls = Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    expect((await tryFile(xls)).message_zh).toContain('宏');

    // A million rows: refused by counting, quickly.
    const million = writeZip(xlsxParts(bigSheetXml(1_000_000)));
    const t1 = Date.now();
    const me = await tryFile(million);
    expect(me.message_zh).toContain('1,000,000 行数据，超过上限 20,000 行');
    expect(Date.now() - t1).toBeLessThan(10_000);

    // Empty sheet, header only, merged header cells.
    expect((await tryFile(workbook([{ name: '客户', rows: [] }]))).message_zh).toContain('为空');
    expect((await tryFile(workbook([{ name: '客户', rows: head }]))).message_zh).toContain('没有数据行');
    const m = XLSX.utils.aoa_to_sheet([
      ['客户信息', null, '电话'],
      ['客户全称*', '简称', '电话'],
      ['测试有限公司', '测试', '1'],
    ]);
    m['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    const mwb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(mwb, m, '客户');
    const merged = await tryFile(XLSX.write(mwb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(merged.message_zh).toContain('合并单元格（A1:B1）');

    // Missing required column.
    expect((await tryFile(workbook([{ name: '客户', rows: [['简称'], ['测试']] }]))).message_zh).toContain(
      '缺少必填列：客户全称*',
    );

    // Too large: refused before decoding, naming the field.
    const big = Buffer.alloc(11 * 1024 * 1024, 1);
    const te = await expectError(
      app().call(
        'imports.preview',
        { dataset: 'customers', file_name: 'big.xlsx', content_base64: b64(big) },
        s.gm.token,
      ),
      'VALIDATION',
    );
    expect(te.fields?.[0]?.path).toEqual(['content_base64']);
    expect(te.message_zh).toContain('最大 10 MB');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('imports 10,000 customers with contacts within seconds, reporting progress while it runs', async () => {
    const f = realisticCustomers(10_000, {
      owners: ['sp01', 'mgr01', 'gm01'],
      regions: ['华南', '华中', '华东'],
      start: 2000,
    });
    const buf = customerFile(f);
    expect(buf.length).toBeLessThan(10 * 1024 * 1024);
    const t0 = Date.now();
    const p = await app().call(
      'imports.preview',
      { dataset: 'customers', file_name: '10k.xlsx', content_base64: b64(buf) },
      s.gm.token,
    );
    const previewMs = Date.now() - t0;
    expect(p.errors).toBe(0);
    expect(p.needs_confirmation).toBe(0);
    expect(p.sheets[0]!.rows).toHaveLength(200);
    const phases = new Set<string>();
    const t1 = Date.now();
    const run = app().call(
      'imports.commit',
      { dataset: 'customers', file_name: '10k.xlsx', content_base64: b64(buf), progress_id: 'progress-10k' },
      s.gm.token,
    );
    let finished = false;
    void run.finally(() => (finished = true));
    while (!finished) {
      const pr = await app().call('imports.progress', { progress_id: 'progress-10k' }, s.gm.token);
      if (pr)
        phases.add(
          `${pr.phase}${pr.phase === 'writing' && pr.done > 0 && pr.done < pr.total ? '-partial' : ''}`,
        );
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await run;
    const commitMs = Date.now() - t1;
    expect(r.summary[0]!.count).toBe(10_000);
    expect(phases.has('writing-partial')).toBe(true);
    console.log(
      `[${app().kind}] 10,000 customers + ${f.contacts.length} contacts: preview ${previewMs} ms, import ${commitMs} ms`,
    );
    expect(previewMs + commitMs).toBeLessThan(45_000);
    const n = await app().call('customers.list', { limit: 1, q: companyName(2000 + 9999) }, s.gm.token);
    expect(n.rows).toHaveLength(1);
  }, 180_000);
});
