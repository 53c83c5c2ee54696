import { beforeAll, expect, it } from 'vitest';
import { toChineseCapital } from '../../shared/money';
import type { DocumentType } from '../../shared/print';
import { describeEachDb, expectError, type TestApp } from '../helpers/harness';
import { salesFixture, type SalesFixture } from '../helpers/sales-fixture';
import { pdfPages, pdfPng, pdfText, squash } from '../helpers/pdf';
import { readZip } from '../../electron/core/spreadsheets/zip';
import { STATEMENT_BATCH_MAX } from '../../shared/contract/documents';

/**
 * The printed documents from real order-to-cash data: a quotation, the order's contract, the shipping
 * note, the invoice's sales bill (and a red-ink one), the receipt, a generated statement, the balance
 * confirmation and the overdue reminder — each printed through documents.print and read back from the PDF:
 * number, customer, amounts (and 大写), the 补打 mark of a second print; a user outside the data scope
 * gets NOT_FOUND. Page 1 of each goes to test-results/pdf/print-*.png to be looked at.
 */

const COMPANY = '广州华南机电贸易有限公司';
const CUSTOMER = '广州市白云区鸿运达电气工程有限公司';
const pdf = (b64: string): Buffer => Buffer.from(b64, 'base64');
const yuan = (fen: number) =>
  `¥${(fen < 0 ? '-' : '') + String(Math.trunc(Math.abs(fen) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

describeEachDb('printed documents from real data', (app) => {
  let f: SalesFixture;
  let outsider: { id: number; token: string };
  let cust: number;
  let quotation: { id: number; total: number };
  let order: { id: number; number: string | null; total: number };
  let shipment: { id: number; number: string | null };
  let inv: { id: number; number: string | null; total: number };
  let receipt: { id: number; number: string | null };
  let creditNote: { id: number; number: string | null };
  let statementId: number;

  /** Prints through the RPC and returns the reply with the PDF's text (whitespace removed). */
  const print = async (type: DocumentType, key: string, token: string, output: 'print' | 'pdf' = 'print') => {
    const r = await app().call('documents.print', { type, key, output }, token);
    const buf = pdf(r.pdf_base64);
    expect(pdfPages(buf)).toBe(r.pages);
    return { r, buf, text: squash(pdfText(buf)), raw: squash(pdfText(buf, undefined, 'raw')) };
  };

  const look = (buf: Buffer, name: string) => pdfPng(buf, `print-${name}-${app().kind}`, 1, 70);

  beforeAll(async () => {
    const a: TestApp = app();
    const base = await a.call('company.get', {}, a.adminToken);
    await a.call(
      'company.update',
      {
        ...base,
        name: COMPANY,
        address: '广州市天河区天河北路 233 号中信广场 3806 室',
        phone: '020-3877 1234',
        bank_name: '中国工商银行广州天河支行',
        bank_account: '3602 0012 0920 0123 456',
      },
      a.adminToken,
    );
    f = await salesFixture(a, 'pd');
    outsider = await a.user('pdmgr2', ['sales_manager'], { name: '王经理' });
    cust = (
      await a.call(
        'customers.create',
        {
          legal_name: CUSTOMER,
          address: '广州市白云区石井街石沙路 18 号',
          phone: '020-8666 5432',
          bank_name: '中国农业银行广州白云支行',
          bank_account: '4405 1234 5678 9012',
          owner_id: f.sp.id,
          customer_type: 'account',
          credit_limit: 100_000_000,
          credit_days: 30,
        },
        a.adminToken,
      )
    ).id;
    await a.call(
      'contacts.save',
      { customer_id: cust, name: '陈采购', mobile: '13800138000', is_primary: true },
      a.adminToken,
    );
  });

  it('quotation: a draft prints watermarked without a number; the approved one with its number', async () => {
    const q = await app().call(
      'quotations.create',
      {
        customer_id: cust,
        quote_date: '2026-11-18',
        valid_until: '2026-12-18',
        terms: '含税含运费',
        lines: [
          { product_id: f.p1, qty: 3000, unit_price: 10000, discount_bp: 1000 },
          { product_id: f.p3, qty: 2000, unit_price: 128000 },
        ],
      },
      f.sp.token,
    );
    quotation = q;
    expect(q.total).toBe(27000 + 256000);
    const draft = await print('quotation', String(q.id), f.sp.token);
    expect(draft.r.doc_no).toBeNull();
    expect(draft.text).toContain('草稿（未编号）');
    expect(draft.text).toContain(CUSTOMER);
    expect(draft.text).toContain(yuan(283000));
    expect(draft.text).toContain(toChineseCapital(283000));
    look(draft.buf, 'quotation-draft');

    // The manager submits: with sales.approve that approves it (number assigned).
    const approved = await app().call('quotations.submit', { id: q.id, version: q.version }, f.mgr.token);
    expect(approved.number).toMatch(/^QT2026-\d{6}$/);
    const first = await print('quotation', String(q.id), f.sp.token);
    expect(first.r.doc_no).toBe(approved.number);
    expect(first.r.reprint).toBe(0); // the draft's prints do not make this a reprint
    expect(first.text).toContain(approved.number!);
    expect(first.text).not.toContain('补打');
    expect(first.text).toContain('陈采购');
    expect(first.text).toContain('9折');
    expect(first.text).toContain(toChineseCapital(283000));
    look(first.buf, 'quotation');
    const second = await print('quotation', String(q.id), f.sp.token);
    expect(second.r.reprint).toBe(1);
    expect(second.text).toContain('补打（第1次）');
  });

  it('sales contract from the order: both parties, lines, total in figures and capitals, terms', async () => {
    const draft = await app().call(
      'orders.create',
      {
        customer_id: cust,
        contact_id: null,
        order_date: '2026-08-28',
        delivery_date: '2026-09-01',
        warehouse_id: f.warehouse,
        delivery_address: '广州市白云区石井街石沙路 18 号 2 号仓',
        receiver: '陈采购',
        receiver_phone: '13800138000',
        customer_po: 'PO-88123',
        lines: [
          { product_id: f.p1, qty: 3000, unit_price: 10000, discount_bp: 1000 },
          { product_id: f.p3, qty: 2000, unit_price: 128000 },
        ],
      },
      f.mgr.token,
    );
    // A draft has no contract yet.
    const e = await expectError(
      app().call('documents.preview', { type: 'contract', key: String(draft.id) }, f.sp.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('审核后才能打印');
    const sub = await app().call('orders.submit', { id: draft.id, version: draft.version }, f.mgr.token);
    expect(sub.order.status).toBe('approved');
    order = sub.order;
    const c = await print('contract', String(order.id), f.sp.token);
    expect(c.r.doc_no).toBe(order.number);
    expect(c.text).toContain(order.number!);
    expect(c.text).toContain('PO-88123');
    expect(c.raw).toContain(CUSTOMER);
    expect(c.raw).toContain(COMPANY);
    expect(c.text).toContain('中国农业银行广州白云支行');
    expect(c.text).toContain(yuan(283000));
    expect(c.text).toContain(toChineseCapital(283000));
    expect(c.text).toContain('开票后30天内付清');
    expect(c.text).toContain('2号仓');
    look(c.buf, 'contract');
    const again = await print('contract', String(order.id), f.sp.token, 'pdf');
    expect(again.text).toContain('补打（第1次）');
    expect(again.r.filename).toBe(`销售合同_${order.number}.pdf`);
  });

  it('shipping note: four copies on A4, one copy on the half-A4 form, prices can be left out', async () => {
    const lines = (await app().call('orders.get', { id: order.id }, f.sp.token)).lines;
    const s = await app().call(
      'shipments.create',
      {
        customer_id: cust,
        warehouse_id: f.warehouse,
        ship_date: '2026-09-01',
        carrier: '德邦物流',
        waybill_no: 'DB7788990011',
        lines: lines.map((l) => ({ order_line_id: l.id, qty: l.qty })),
      },
      f.wh.token,
    );
    await expectError(
      app().call('documents.preview', { type: 'shipping_note', key: String(s.id) }, f.wh.token),
      'BUSINESS_RULE',
    );
    shipment = await app().call('shipments.approve', { id: s.id, version: s.version }, f.wh.token);
    const a4 = await print('shipping_note', String(shipment.id), f.wh.token);
    expect(a4.r.pages).toBe(4);
    for (const copy of ['第一联存根', '第二联客户', '第三联记账', '第四联仓库'])
      expect(a4.text).toContain(copy);
    expect(a4.text).toContain(shipment.number!);
    expect(a4.text).toContain(order.number!);
    expect(a4.text).toContain('德邦物流');
    expect(a4.text).toContain('陈采购'); // receiver from the order
    expect(a4.text).toContain(yuan(283000).slice(1));
    expect(a4.text).toContain('马仓管');
    look(a4.buf, 'shipping-a4');
    const half = await app().call(
      'documents.print',
      {
        type: 'shipping_note',
        key: String(shipment.id),
        output: 'print',
        options: { layout: 'half', copies: ['customer'], show_prices: false },
      },
      f.wh.token,
    );
    expect(half.pages).toBe(1);
    expect(half.reprint).toBe(1);
    const ht = squash(pdfText(pdf(half.pdf_base64)));
    expect(ht).toContain('补打（第1次）');
    expect(ht).toContain('第二联客户');
    expect(ht).not.toContain('单价');
    expect(ht).not.toContain(yuan(283000).slice(1));
    look(pdf(half.pdf_base64), 'shipping-half');
  });

  it('sales bill from the invoice, and a red-ink one from a credit note', async () => {
    const lines = (await app().call('shipments.get', { id: shipment.id }, f.fin.token)).lines;
    const d = await app().call(
      'invoices.create',
      {
        customer_id: cust,
        invoice_date: '2026-09-01',
        lines: lines.map((l) => ({ shipment_line_id: l.id, qty: l.qty })),
      },
      f.fin.token,
    );
    await expectError(
      app().call('documents.preview', { type: 'invoice', key: String(d.id) }, f.fin.token),
      'BUSINESS_RULE',
    );
    inv = await app().call('invoices.issue', { id: d.id, version: d.version }, f.fin.token);
    expect(inv.total).toBe(283000);
    const b = await print('invoice', String(inv.id), f.sp.token);
    expect(b.text).toContain(inv.number!);
    expect(b.raw).toContain(CUSTOMER);
    expect(b.text).toContain(order.number!);
    expect(b.text).toContain(shipment.number!);
    expect(b.text).toContain(yuan(283000));
    expect(b.text).toContain(toChineseCapital(283000));
    expect(b.text).toContain('2026年10月1日'); // due: 30 days
    expect(b.text).toContain('赵会计');
    look(b.buf, 'invoice');
    expect((await print('invoice', String(inv.id), f.fin.token)).text).toContain('补打（第1次）');

    const cn = await app().call(
      'creditNotes.create',
      {
        customer_id: cust,
        credit_kind: 'price',
        invoice_date: '2026-11-05',
        target_invoice_id: inv.id,
        total: 5000,
        tax_rate: 1300,
        reason: '价格调整：按合同价',
      },
      f.fin.token,
    );
    creditNote = await app().call('creditNotes.approve', { id: cn.id, version: cn.version }, f.fin.token);
    const red = await print('invoice', String(creditNote.id), f.fin.token);
    expect(red.text).toContain('销售清单（红字）');
    expect(red.text).toContain(creditNote.number!);
    expect(red.text).toContain(`原清单${inv.number!}`);
    expect(red.text).toContain('-¥50.00');
    expect(red.text).toContain(`负${toChineseCapital(5000)}`);
    look(red.buf, 'invoice-red');
  });

  it('receipt: amount in figures and 大写, the invoice it settles', async () => {
    receipt = await app().call(
      'receipts.create',
      {
        customer_id: cust,
        receipt_date: '2026-11-10',
        method: 'bank_transfer',
        amount: 100000,
        bank_account: '4405 1234 5678 9012',
        reference: '工行回单 0098',
        allocations: [{ invoice_id: inv.id, amount: 100000 }],
      },
      f.fin.token,
    );
    const r = await print('receipt', String(receipt.id), f.fin.token);
    expect(r.text).toContain(receipt.number!);
    expect(r.raw).toContain(CUSTOMER);
    expect(r.text).toContain('¥1,000.00');
    expect(r.text).toContain(toChineseCapital(100000));
    expect(r.text).toContain('银行转账');
    expect(r.text).toContain(inv.number!);
    expect(r.text).toContain('赵会计');
    look(r.buf, 'receipt');
    expect((await print('receipt', String(receipt.id), f.fin.token)).text).toContain('补打（第1次）');
  });

  it('statement: as generated, with the ageing and the slip; later entries do not change a reprint', async () => {
    const g = await app().call(
      'statements.generate',
      { from: '2026-09-01', to: '2026-11-20', customer_ids: [cust] },
      f.fin.token,
    );
    statementId = g.generated[0]!.id;
    const closing = 283000 - 100000 - 5000;
    expect(g.generated[0]!.closing).toBe(closing);
    const s = await print('statement', String(statementId), f.fin.token);
    expect(s.r.doc_no).toBe(`DZ2026-${String(statementId).padStart(6, '0')}`);
    expect(s.text).toContain(s.r.doc_no!);
    expect(s.raw).toContain(CUSTOMER);
    for (const n of [inv.number!, receipt.number!, creditNote.number!]) expect(s.text).toContain(n);
    expect(s.text).toContain(yuan(closing));
    expect(s.text).toContain(toChineseCapital(closing));
    expect(s.text).toContain('账龄分析');
    expect(s.text).toContain('31-60天'); // the invoice is 50 days past due on 11-20
    expect(s.text).toContain('对账确认回执');
    look(s.buf, 'statement');

    // A receipt dated inside the period but recorded after the statement was generated.
    app().clock.advance(60 * 60 * 1000);
    await app().call(
      'receipts.create',
      {
        customer_id: cust,
        receipt_date: '2026-11-15',
        method: 'wechat',
        amount: 20000,
        allocations: [],
      },
      f.fin.token,
    );
    const again = await print('statement', String(statementId), f.fin.token);
    expect(again.text).toContain('补打（第1次）');
    expect(again.text).toContain(yuan(closing));
    expect(again.text).not.toContain('¥200.00');
    // The live preview shows it.
    const live = await app().call(
      'statements.preview',
      { customer_id: cust, from: '2026-09-01', to: '2026-11-20' },
      f.fin.token,
    );
    expect(live.closing).toBe(closing - 20000);
  });

  it('balance confirmation as of a date: the ledger balance and the open items that make it up', async () => {
    const key = `${cust}:2026-11-20`;
    const b = await print('balance_confirmation', key, f.fin.token);
    const balance = 283000 - 100000 - 5000 - 20000;
    expect(b.r.doc_no).toMatch(/^YE20261120-/);
    expect(b.text).toContain(b.r.doc_no!);
    expect(b.raw).toContain(CUSTOMER);
    expect(b.text).toContain(yuan(balance));
    expect(b.text).toContain(toChineseCapital(balance));
    expect(b.text).toContain(inv.number!);
    expect(b.text).toContain('-200.00'); // the unapplied receipt
    look(b.buf, 'balance-confirmation');
    expect((await print('balance_confirmation', key, f.fin.token)).text).toContain('补打（第1次）');
    // As of a date before the receipt: the balance of that day.
    const early = await app().call(
      'documents.preview',
      { type: 'balance_confirmation', key: `${cust}:2026-10-31` },
      f.fin.token,
    );
    expect(squash(pdfText(pdf(early.pdf_base64)))).toContain(yuan(283000));
    await expectError(
      app().call(
        'documents.preview',
        { type: 'balance_confirmation', key: `${cust}:2027-01-01` },
        f.fin.token,
      ),
      'BUSINESS_RULE',
    );
    for (const bad of [`${cust}`, `${cust}:2026-02-30`, `x:2026-11-20`, `${cust}:2026-11-20:1`])
      await expectError(
        app().call('documents.preview', { type: 'balance_confirmation', key: bad }, f.fin.token),
        'NOT_FOUND',
      );
  });

  it('overdue reminder: the overdue invoices with days, the total in capitals, the level', async () => {
    const key = `${cust}:2026-11-20:2`;
    const d = await print('dunning_letter', key, f.fin.token);
    const open = 283000 - 100000 - 5000;
    expect(d.r.doc_no).toMatch(/^CK20261120-.*-2$/);
    expect(d.text).toContain('催款函');
    expect(d.text).toContain(d.r.doc_no!);
    expect(d.raw).toContain(CUSTOMER);
    expect(d.text).toContain(inv.number!);
    expect(d.text).toContain('50天');
    expect(d.text).toContain(yuan(open));
    expect(d.text).toContain(toChineseCapital(open));
    expect(d.text).toContain('¥200.00'); // the unapplied receipt is mentioned
    expect(d.text).toContain('中国工商银行广州天河支行'); // where to pay
    look(d.buf, 'dunning');
    expect((await print('dunning_letter', key, f.fin.token)).text).toContain('补打（第1次）');
    // Level 1 is a separate letter (and the default without a level).
    const first = await app().call(
      'documents.preview',
      { type: 'dunning_letter', key: `${cust}:2026-11-20` },
      f.fin.token,
    );
    expect(first.reprint).toBe(0);
    expect(squash(pdfText(pdf(first.pdf_base64)))).toContain('付款提醒函');
    // Nothing overdue yet on 2026-09-30.
    const e = await expectError(
      app().call('documents.preview', { type: 'dunning_letter', key: `${cust}:2026-09-30` }, f.fin.token),
      'BUSINESS_RULE',
    );
    expect(e.message_zh).toContain('没有逾期');
  });

  it('a user outside the data scope gets NOT_FOUND for every document; without the permission FORBIDDEN', async () => {
    const keys: [DocumentType, string][] = [
      ['quotation', String(quotation.id)],
      ['contract', String(order.id)],
      ['shipping_note', String(shipment.id)],
      ['invoice', String(inv.id)],
      ['receipt', String(receipt.id)],
      ['statement', String(statementId)],
      ['balance_confirmation', `${cust}:2026-11-20`],
      ['dunning_letter', `${cust}:2026-11-20:2`],
    ];
    for (const [type, key] of keys) {
      await expectError(app().call('documents.preview', { type, key }, outsider.token), 'NOT_FOUND');
      await expectError(
        app().call('documents.print', { type, key, output: 'print' }, outsider.token),
        'NOT_FOUND',
      );
      await expectError(app().call('documents.printLog', { type, key }, outsider.token), 'NOT_FOUND');
    }
    // The manager of the salesperson sees them.
    const ok = await app().call(
      'documents.preview',
      { type: 'contract', key: String(order.id) },
      f.mgr.token,
    );
    expect(ok.doc_no).toBe(order.number);
    // A salesperson may print the contract but not the statement (statements.read).
    await expectError(
      app().call('documents.preview', { type: 'statement', key: String(statementId) }, f.sp.token),
      'FORBIDDEN',
    );
    // Unknown ids are NOT_FOUND too.
    await expectError(
      app().call('documents.preview', { type: 'invoice', key: '99999' }, f.fin.token),
      'NOT_FOUND',
    );
    await expectError(
      app().call('documents.preview', { type: 'receipt', key: '1; DROP TABLE receipts' }, f.fin.token),
      'NOT_FOUND',
    );
  });

  it('batch statements: one PDF per customer (zipped) plus one merged file, each logged as printed', async () => {
    const g = await app().call(
      'statements.generate',
      { from: '2026-09-01', to: '2026-11-20', customer_ids: [f.acct, f.other] },
      f.fin.token,
    );
    const ids = [statementId, ...g.generated.map((x) => x.id)];
    // Out of scope: refused, and nothing is logged.
    await expectError(
      app().call('documents.statementBatch', { statement_ids: ids }, outsider.token),
      'NOT_FOUND',
    );
    expect(
      (await app().call('documents.printLog', { type: 'statement', key: String(ids[1]) }, f.fin.token))
        .length,
    ).toBe(0);
    const progressId = 'batch-test-0001';
    const r = await app().call(
      'documents.statementBatch',
      { statement_ids: ids, progress_id: progressId },
      f.fin.token,
    );
    expect(await app().call('documents.progress', { progress_id: progressId }, f.fin.token)).toEqual({
      phase: 'done',
      done: 3,
      total: 3,
    });
    expect(r.count).toBe(3);
    expect(r.files.map((x) => x.statement_id)).toEqual(ids);
    expect(r.files.map((x) => x.reprint)).toEqual([2, 0, 0]); // the first was printed twice before
    const merged = pdf(r.merged.pdf_base64);
    expect(pdfPages(merged)).toBe(r.merged.pages);
    expect(r.merged.pages).toBe(r.files.reduce((n, x) => n + x.pages, 0));
    const first = squash(pdfText(merged, 1));
    expect(first).toContain('补打（第2次）');
    expect(first).toContain(CUSTOMER);
    const second = squash(pdfText(merged, r.files[0]!.pages + 1));
    expect(second).not.toContain('补打');
    expect(second).toContain('pd广州恒通机电设备有限公司');
    expect(second).toContain(r.files[1]!.doc_no!);
    look(merged, 'statement-batch');
    // The archive holds each customer's own PDF.
    const entries = readZip(Buffer.from(r.zip.zip_base64, 'base64'), { maxTotal: 50e6, maxEntries: 10 });
    expect(entries.map((e) => e.name)).toEqual(r.files.map((x) => x.filename));
    expect(r.files[0]!.filename).toBe(`对账单_${r.files[0]!.doc_no}_${CUSTOMER}.pdf`);
    for (const [i, e] of entries.entries()) {
      expect(pdfPages(e.data)).toBe(r.files[i]!.pages);
      expect(squash(pdfText(e.data))).toContain(r.files[i]!.customer_name);
    }
    // A later single print of one of them is a reprint.
    const again = await print('statement', String(ids[2]), f.fin.token);
    expect(again.r.reprint).toBe(1);
    expect(again.text).toContain('补打（第1次）');
    const audit = await app().call('audit.list', { q: '批量' }, app().adminToken);
    expect(audit.rows[0]?.summary).toContain('对账单 3 份（其中补打 1 份）');
    // More than the batch limit is refused naming the field.
    const many = Array.from({ length: STATEMENT_BATCH_MAX + 1 }, (_, i) => i + 1);
    const e = await expectError(
      app().call('documents.statementBatch', { statement_ids: many }, f.fin.token),
      'VALIDATION',
    );
    expect(e.fields?.[0]?.path).toEqual(['statement_ids']);
    expect(e.message_zh).toContain('分批');
  });

  it('the print log lists every copy with who printed it', async () => {
    const log = await app().call(
      'documents.printLog',
      { type: 'shipping_note', key: String(shipment.id) },
      f.wh.token,
    );
    expect(log.map((l) => l.copy_no)).toEqual([1, 2]);
    expect(log.every((l) => l.printed_by_name === '马仓管')).toBe(true);
  });
});
