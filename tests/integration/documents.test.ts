import { expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../shared/print';
import { dbChecksum, describeEachDb, expectError } from '../helpers/harness';
import { dataUrl, encodePng, logoPng, sealPng } from '../helpers/png';
import { pdfImages, pdfPages, pdfPng, pdfText, squash } from '../helpers/pdf';

const pdf = (b64: string): Buffer => Buffer.from(b64, 'base64');

describeEachDb('company profile and printed documents', (app) => {
  let sales: { id: number; token: string };

  it('the company profile starts with the name given at setup', async () => {
    sales = await app().user('sp1', ['salesperson'], { name: '李晓明' });
    const c = await app().call('company.get', {}, sales.token);
    expect(c.name).toBe('测试贸易有限公司');
    expect(c.address).toBeNull();
    expect(c.logo).toBeNull();
  });

  it('the administrator sets name, address, bank, terms, logo and seal; others may not', async () => {
    const input = {
      name: '广州华南机电贸易有限公司',
      address: '广州市天河区天河北路 233 号中信广场 3806 室',
      phone: '020-3877 1234',
      fax: '020-3877 1299',
      credit_code: '91350100m000100y43',
      bank_name: '中国工商银行广州天河支行',
      bank_account: '3602 0012 0920 0123 456',
      contract_terms: '质量：按国家标准执行。\n争议：协商解决。',
      logo: dataUrl(logoPng()),
      seal: dataUrl(sealPng()),
    };
    await expectError(app().call('company.update', input, sales.token), 'FORBIDDEN');
    const c = await app().call('company.update', input, app().adminToken);
    expect(c.name).toBe('广州华南机电贸易有限公司');
    expect(c.credit_code).toBe('91350100M000100Y43');
    expect(c.logo).toBe(input.logo);
    expect(c.seal).toBe(input.seal);
    // The login screen shows the new name.
    expect((await app().call('auth.setupStatus', {})).company_name).toBe('广州华南机电贸易有限公司');
    const audit = await app().call('audit.list', { q: '修改公司信息' }, app().adminToken);
    expect(audit.rows[0]?.summary).toContain('logo');
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const base = await app().call('company.get', {}, app().adminToken);
    const before = await dbChecksum(app());
    const e1 = await expectError(
      app().call('company.update', { ...base, credit_code: '91350100M000100Y44' }, app().adminToken),
      'VALIDATION',
    );
    expect(e1.fields?.[0]?.path).toEqual(['credit_code']);
    expect(e1.message_zh).toContain('统一社会信用代码');
    // Text that calls itself a PNG.
    const fake = `data:image/png;base64,${Buffer.from('not really an image, just text').toString('base64')}`;
    const e2 = await expectError(
      app().call('company.update', { ...base, logo: fake }, app().adminToken),
      'VALIDATION',
    );
    expect(e2.fields?.[0]?.path).toEqual(['logo']);
    expect(e2.message_zh).toContain('公司标志');
    expect(e2.message_zh).toContain('PNG');
    // Too many pixels (small file).
    const wide = dataUrl(encodePng(2100, 4, () => [255, 0, 0, 255]));
    const e3 = await expectError(
      app().call('company.update', { ...base, seal: wide }, app().adminToken),
      'VALIDATION',
    );
    expect(e3.fields?.[0]?.path).toEqual(['seal']);
    expect(e3.message_zh).toContain('图片过大');
    // Too many bytes (noise does not compress).
    let seed = 7;
    const noise = dataUrl(
      encodePng(400, 400, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return [seed & 255, (seed >> 8) & 255, (seed >> 16) & 255, 255];
      }),
    );
    const e4 = await expectError(
      app().call('company.update', { ...base, logo: noise }, app().adminToken),
      'VALIDATION',
    );
    expect(e4.fields?.[0]?.path).toEqual(['logo']);
    expect(e4.message_zh).toContain('300 KB');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('prints the price list from the products table; reprints are marked 补打 with the count', async () => {
    const admin = app().adminToken;
    await app().call(
      'products.create',
      {
        code: 'BRG-6205',
        name: '深沟球轴承',
        spec: '6205-2RS 25×52×15mm',
        unit: '个',
        category: '传动件',
        list_price: 1850,
      },
      admin,
    );
    await app().call(
      'products.create',
      {
        code: 'MOT-Y2132',
        name: '三相异步电动机',
        spec: 'Y2-132M-4 7.5kW',
        unit: '台',
        category: '电气',
        list_price: 268000,
      },
      admin,
    );
    const off = await app().call(
      'products.create',
      { code: 'OLD-1', name: '停产型号', unit: '个', list_price: 100 },
      admin,
    );
    await app().call('products.setActive', { id: off.id, active: false }, admin);

    const pre = await app().call('documents.preview', { type: 'price_list', key: '*' }, sales.token);
    expect(pre.prints).toBe(0);
    expect(pre.reprint).toBe(0);
    expect(pre.doc_no).toBe('JG20261120');
    expect(pre.filename).toBe('产品价目表_JG20261120.pdf');
    const t = pdfText(pdf(pre.pdf_base64));
    expect(t).toContain('广州华南机电贸易有限公司');
    expect(t).toContain('深沟球轴承');
    expect(t).toContain('2,680.00');
    expect(t).not.toContain('停产型号');
    expect(t).not.toContain('补打');
    expect(t).toContain('打印：李晓明');
    expect(pdfImages(pdf(pre.pdf_base64))).toHaveLength(1); // the logo
    pdfPng(pdf(pre.pdf_base64), `price-list-from-db-${app().kind}`);

    const first = await app().call(
      'documents.print',
      { type: 'price_list', key: '*', output: 'print' },
      sales.token,
    );
    expect(first.prints).toBe(1);
    expect(first.reprint).toBe(0);
    expect(pdfText(pdf(first.pdf_base64))).not.toContain('补打');
    const second = await app().call(
      'documents.print',
      { type: 'price_list', key: '*', output: 'pdf' },
      app().adminToken,
    );
    expect(second.prints).toBe(2);
    expect(second.reprint).toBe(1);
    expect(pdfText(pdf(second.pdf_base64))).toContain('补打（第 1 次）');
    const next = await app().call('documents.preview', { type: 'price_list', key: '*' }, sales.token);
    expect(next.reprint).toBe(2);
    expect(pdfText(pdf(next.pdf_base64))).toContain('补打（第 2 次）');

    const log = await app().call('documents.printLog', { type: 'price_list', key: '*' }, sales.token);
    expect(log.map((l) => [l.copy_no, l.output, l.printed_by_name])).toEqual([
      [1, 'print', '李晓明'],
      [2, 'pdf', '系统管理员'],
    ]);
    const audit = await app().call('audit.list', { q: '产品价目表' }, app().adminToken);
    expect(audit.rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining(['打印 产品价目表 JG20261120', '另存 PDF 产品价目表 JG20261120（补打第 1 次）']),
    );
  });

  it('two PCs printing the same document at once get successive copy numbers', async () => {
    const [a, b] = await Promise.all([
      app().call('documents.print', { type: 'price_list', key: '*', output: 'print' }, sales.token),
      app().call('documents.print', { type: 'price_list', key: '*', output: 'print' }, app().adminToken),
    ]);
    expect([a.prints, b.prints].sort()).toEqual([3, 4]);
    const log = await app().call('documents.printLog', { type: 'price_list', key: '*' }, sales.token);
    expect(log.map((l) => l.copy_no)).toEqual([1, 2, 3, 4]);
  });

  it('prints one category separately; an unknown category is not found', async () => {
    const r = await app().call('documents.preview', { type: 'price_list', key: '电气' }, sales.token);
    const t = squash(pdfText(pdf(r.pdf_base64)));
    expect(t).toContain('产品价目表（电气）');
    expect(t).toContain('三相异步电动机');
    expect(t).not.toContain('深沟球轴承');
    expect(r.prints).toBe(0); // counted apart from the full list
    await expectError(
      app().call('documents.preview', { type: 'price_list', key: '不存在的类别' }, sales.token),
      'NOT_FOUND',
    );
  });

  it('every document type has its data source (an unknown key is not found); bad options name the field', async () => {
    const admin = app().adminToken;
    for (const type of DOCUMENT_TYPES) {
      const key =
        type === 'price_list'
          ? '没有这个类别'
          : type.endsWith('letter') || type.startsWith('balance')
            ? '99999:2026-11-20'
            : '99999';
      const e = await expectError(app().call('documents.preview', { type, key }, admin), 'NOT_FOUND');
      expect(e.message_zh).toContain('不存在');
    }
    const before = await dbChecksum(app());
    const e2 = await expectError(
      app().call(
        'documents.print',
        { type: 'price_list', key: '*', output: 'print', options: { offset_mm: { x: 20, y: 0 } } },
        sales.token,
      ),
      'VALIDATION',
    );
    expect(e2.fields?.[0]?.path).toEqual(['options', 'offset_mm', 'x']);
    expect(e2.message_zh).toContain('打印选项');
    expect(await dbChecksum(app())).toBe(before);
  });

  it('prints a sample (样张) of every document with the company profile, watermarked', async () => {
    for (const type of DOCUMENT_TYPES) {
      const r = await app().call('documents.sample', { type, options: { seal: true } }, sales.token);
      const buf = pdf(r.pdf_base64);
      expect(pdfPages(buf)).toBe(r.pages);
      const t = squash(pdfText(buf, undefined, 'raw'));
      expect(t).toContain('广州华南机电贸易有限公司');
      expect(t).toContain('样张');
      expect(r.filename).toMatch(/_样张\.pdf$/);
    }
    const half = await app().call(
      'documents.sample',
      {
        type: 'shipping_note',
        options: { layout: 'half', copies: ['customer'], offset_mm: { x: 2, y: 1.5 } },
      },
      sales.token,
    );
    expect(half.pages).toBe(1);
    pdfPng(pdf(half.pdf_base64), `sample-shipping-half-${app().kind}`);
  });
});
