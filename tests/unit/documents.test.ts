import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { toChineseCapital, formatFen } from '../../shared/money';
import type { CompanyProfile, PrintOptions } from '../../shared/print';
import {
  buildDocument,
  renderDocument,
  renderPdf,
  renderStatementBatch,
} from '../../electron/core/documents';
import {
  SAMPLE_CUSTOMER,
  sampleBalanceConfirmation,
  sampleContract,
  sampleDunningLetter,
  sampleInvoice,
  sampleLines,
  samplePriceList,
  sampleQuotation,
  sampleReceipt,
  sampleShippingNote,
  sampleStatement,
  totalsOf,
} from '../../electron/core/documents/samples';
import { MM } from '../../electron/core/documents/frame';
import { fmtDiscount, fmtQty, fmtRate } from '../../electron/core/documents/format';
import type { Content, ContentNode } from '../../electron/core/documents/types';
import { dataUrl, logoPng, sealPng } from '../helpers/png';
import {
  pdfFonts,
  pdfGray,
  pdfImages,
  pdfInfo,
  pdfPages,
  pdfPng,
  pdfText,
  pdfWords,
  squash,
} from '../helpers/pdf';

/**
 * Every printed document, rendered with realistic data and read back with poppler: key texts and
 * amounts (pdftotext), page counts (pdfinfo), embedded fonts and images, positions (pdftotext -bbox),
 * and page 1 of each rendered to test-results/pdf/*.png to be looked at.
 */
const COMPANY: CompanyProfile = {
  name: '广州华南机电贸易有限公司',
  address: '广州市天河区天河北路 233 号中信广场 3806 室',
  phone: '020-3877 1234',
  fax: '020-3877 1299',
  credit_code: '91350100M000100Y43',
  bank_name: '中国工商银行广州天河支行',
  bank_account: '3602 0012 0920 0123 456',
  contract_terms: null,
  logo: dataUrl(logoPng()),
  seal: dataUrl(sealPng()),
};
const PRINTED: PrintOptions = { printed_by: '陈建国', printed_at: '2026-11-20T01:30:00.000Z' };

const LONG_NAME =
  '新疆生产建设兵团第十二师五一农场乌鲁木齐市头屯河区工业园区精密机械制造与自动化装备技术服务有限责任公司（第二分厂设备部）';
const LONG_PRODUCT =
  '高精度数控机床主轴专用角接触陶瓷混合球轴承组件（含预紧弹簧、迷宫式密封圈及自动润滑油路接头，适用于每分钟两万四千转以上高速电主轴）';
const LONG_SPEC = 'H7014C-2RZ/HQ1P4DBB-SUL-EXTRA-LONG-MODEL-CODE-WITHOUT-SPACES-0123456789';
const NO_BREAK = 'ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ0123456789';
/** Right edge of the A4 body (15 mm margins), plus a point of rounding. */
const RIGHT_EDGE = 595.28 - 15 * MM + 1;

function findQr(c: Content): ContentNode | null {
  if (Array.isArray(c)) {
    for (const x of c) {
      const f = findQr(x);
      if (f) return f;
    }
    return null;
  }
  if (c && typeof c === 'object') {
    if (typeof c.qr === 'string') return c;
    for (const v of Object.values(c)) {
      const f = findQr(v as Content);
      if (f) return f;
    }
  }
  return null;
}

describe('printed documents', () => {
  it('quotation: key texts, amounts in figures and 大写, fonts embedded, QR drawn top right', async () => {
    const q = sampleQuotation(8);
    const pdf = await renderDocument('quotation', q, COMPANY, PRINTED);
    pdfPng(pdf.buffer, 'quotation');
    const text = pdfText(pdf.buffer);
    const flat = squash(pdfText(pdf.buffer, undefined, 'raw'));
    expect(text).toContain('广州华南机电贸易有限公司');
    expect(flat).toContain('报价单');
    expect(text).toContain('No. QT2026-000123');
    expect(flat).toContain(squash(SAMPLE_CUSTOMER.name));
    expect(text).toContain('2026年12月20日');
    for (const l of q.lines) {
      expect(text).toContain(formatFen(l.amount));
      expect(flat).toContain(squash(l.spec!));
    }
    expect(text).toContain(`¥${formatFen(q.totals.total)}`);
    expect(flat).toContain(toChineseCapital(q.totals.total));
    expect(text).toContain('9.5折');
    expect(squash(text)).toContain('第1页/共1页');
    expect(text).toContain('打印：陈建国 2026-11-20');
    expect(text).not.toContain('补打');
    // Noto Sans SC embedded as a subset; the logo drawn (and no seal unless asked).
    expect(pdfFonts(pdf.buffer)).toMatch(/NotoSans.*yes\s+yes/);
    expect(pdfImages(pdf.buffer)).toHaveLength(1);
    // The QR code: dark modules in the top right corner of page 1.
    const g = pdfGray(pdf.buffer, 1, 50);
    let dark = 0;
    for (let y = Math.round(g.height * 0.02); y < Math.round(g.height * 0.12); y++) {
      for (let x = Math.round(g.width * 0.8); x < g.width; x++) if (g.px[y * g.width + x]! < 100) dark++;
    }
    expect(dark).toBeGreaterThan(150);
  });

  it('the QR code is a standard QR symbol of the document number', async () => {
    const def = buildDocument('quotation', sampleQuotation(2), COMPANY, {});
    const node = findQr(def.content)!;
    expect(node.qr).toBe('QT2026-000123');
    // pdfmake's encoder draws one rect per dark module; rebuild its matrix and compare with an
    // independent encoder (qrcode) for the same mode and ECC level: one of the eight masks matches.
    type Enc = { measure(n: object): { _canvas: { x: number; y: number; w: number }[] } };
    const qrMod = (await import('pdfmake/js/qrEnc.js')) as unknown as { default: Enc | { default: Enc } };
    const enc = 'measure' in qrMod.default ? qrMod.default : qrMod.default.default;
    const measured = enc.measure({ ...node });
    const rects = measured._canvas.slice(1);
    const mod = rects[0]!.w;
    const n = Math.max(...rects.map((r) => Math.round(r.x / mod))) + 1;
    const ours = Array.from({ length: n }, () => Array.from({ length: n }, () => 0));
    for (const r of rects) ours[Math.round(r.y / mod)]![Math.round(r.x / mod)] = 1;
    let matched = false;
    for (let mask = 0; mask < 8 && !matched; mask++) {
      const ref = QRCode.create([{ data: 'QT2026-000123', mode: 'alphanumeric' }], {
        errorCorrectionLevel: 'M',
        maskPattern: mask as 0,
      });
      if (ref.modules.size !== n) continue;
      matched = ours.every((row, y) => row.every((v, x) => v === (ref.modules.get(y, x) ? 1 : 0)));
    }
    expect(matched).toBe(true);
  });

  it('a draft quotation prints 草稿 and no number; a reprint says 补打 with the count', async () => {
    const draft = await renderDocument('quotation', { ...sampleQuotation(3), number: null }, COMPANY, {});
    const t = pdfText(draft.buffer);
    expect(t).toContain('草稿（未编号）');
    expect(t).not.toContain('No.');
    const again = await renderDocument('quotation', sampleQuotation(3), COMPANY, { reprint: 3 });
    pdfPng(again.buffer, 'quotation-reprint');
    expect(pdfText(again.buffer)).toContain('补打（第 3 次）');
  });

  it('multi-page tables repeat the header row and number pages; long names wrap, never clipped', async () => {
    const lines = sampleLines(90, { discount: true });
    lines[5] = { ...lines[5]!, product_name: LONG_PRODUCT, spec: LONG_SPEC };
    lines[6] = { ...lines[6]!, product_code: NO_BREAK, spec: NO_BREAK };
    const q = {
      ...sampleQuotation(1),
      customer: { ...SAMPLE_CUSTOMER, name: LONG_NAME },
      lines,
      totals: totalsOf(lines),
    };
    const pdf = await renderDocument('quotation', q, COMPANY, PRINTED);
    const pages = pdfPages(pdf.buffer);
    expect(pages).toBeGreaterThanOrEqual(4);
    pdfPng(pdf.buffer, 'quotation-long-p1');
    pdfPng(pdf.buffer, 'quotation-long-p2', 2);
    for (let p = 1; p <= pages; p++) {
      const t = pdfText(pdf.buffer, p);
      expect(squash(t)).toContain(`第${p}页/共${pages}页`);
      if (p <= pages - 1) expect(squash(t)).toContain('产品名称/编码');
      if (p > 1) expect(t).toContain('广州华南机电贸易有限公司 · 报价单 No. QT2026-000123');
    }
    const flat = squash(pdfText(pdf.buffer, undefined, 'raw'));
    expect(flat).toContain(squash(LONG_NAME));
    expect(flat).toContain(squash(LONG_PRODUCT));
    expect(flat).toContain(LONG_SPEC);
    for (const l of lines) expect(flat).toContain(l.product_code);
    expect(flat).toContain(toChineseCapital(q.totals.total));
    expect(flat).toContain(NO_BREAK);
    // Nothing runs past the right margin, not even a 46-character code without a break opportunity.
    for (let p = 1; p <= pages; p++) {
      for (const w of pdfWords(pdf.buffer, p)) {
        expect(w.x).toBeGreaterThanOrEqual(15 * MM - 1);
        expect(w.xMax).toBeLessThanOrEqual(RIGHT_EDGE);
      }
    }
  });

  it('sales contract: both parties, lines, totals in figures and 大写, terms, signature and seal blocks', async () => {
    const c = sampleContract(6);
    const pdf = await renderDocument('contract', c, COMPANY, { ...PRINTED, seal: true });
    pdfPng(pdf.buffer, 'contract');
    pdfPng(pdf.buffer, 'contract-p2', 2);
    const text = pdfText(pdf.buffer);
    const flat = squash(pdfText(pdf.buffer, undefined, 'raw'));
    expect(flat).toContain('销售合同');
    expect(flat).toContain('卖方（甲方）');
    expect(flat).toContain('买方（乙方）');
    expect(flat).toContain(squash(SAMPLE_CUSTOMER.name));
    expect(flat).toContain('91350100M000100Y43');
    expect(flat).toContain(squash(COMPANY.bank_account!));
    expect(flat).toContain(squash(SAMPLE_CUSTOMER.bank_account!));
    expect(flat).toContain(toChineseCapital(c.totals.total));
    expect(text).toContain(`¥${formatFen(c.totals.total)}`);
    expect(flat).toContain('交货地点：湖南省长沙市');
    expect(flat).toContain(squash(c.payment_terms));
    expect(flat).toContain('争议解决'); // default clauses
    expect(flat).toContain('甲方（盖章）');
    expect(flat).toContain('乙方（盖章）');
    expect(pdfImages(pdf.buffer)).toHaveLength(2); // logo and seal
    // The company's own clauses replace the defaults; the contract's override both.
    const own = await renderDocument(
      'contract',
      c,
      { ...COMPANY, contract_terms: '本公司特别约定：质保期内免费上门维修。' },
      {},
    );
    expect(squash(pdfText(own.buffer))).toContain('1.本公司特别约定：质保期内免费上门维修。');
    expect(squash(pdfText(own.buffer))).not.toContain('争议解决');
    const mine = await renderDocument(
      'contract',
      { ...c, terms_text: '一、专用条款甲\n二、专用条款乙' },
      COMPANY,
      {},
    );
    const mt = squash(pdfText(mine.buffer));
    expect(mt).toContain('一、专用条款甲');
    expect(mt).toContain('二、专用条款乙');
  });

  it('shipping note: four labelled copies in one run, numbered per copy; 规格, carrier, waybill, receiver', async () => {
    const s = sampleShippingNote(7);
    const pdf = await renderDocument('shipping_note', s, COMPANY, PRINTED);
    expect(pdfPages(pdf.buffer)).toBe(4);
    pdfPng(pdf.buffer, 'shipping-note');
    for (const w of pdfWords(pdf.buffer)) expect(w.xMax).toBeLessThanOrEqual(RIGHT_EDGE);
    const labels = ['第一联 存根', '第二联 客户', '第三联 记账', '第四联 仓库'];
    labels.forEach((label, i) => {
      const t = pdfText(pdf.buffer, i + 1);
      expect(t).toContain(label);
      for (const other of labels.filter((l) => l !== label)) expect(t).not.toContain(other);
      expect(squash(t)).toContain('第1页/共1页');
      expect(t).toContain('德邦物流');
      expect(t).toContain('DPK202611250001234');
      expect(squash(t)).toContain('收货人签收');
      expect(squash(pdfText(pdf.buffer, i + 1, 'raw'))).toContain('6205-2RS25×52×15mm');
      expect(t).toContain(formatFen(s.totals.amount!));
      expect(t).toContain(fmtQty(s.totals.qty!));
    });
    // Without prices; two copies only.
    const noPrice = await renderDocument('shipping_note', { ...s, show_prices: false }, COMPANY, {
      copies: ['customer', 'warehouse'],
    });
    expect(pdfPages(noPrice.buffer)).toBe(2);
    const t = pdfText(noPrice.buffer);
    expect(t).not.toContain('单价');
    expect(t).not.toContain(formatFen(s.totals.amount!));
    // A long note: each copy runs over two pages and is numbered 1/2, 2/2.
    const long = await renderDocument('shipping_note', sampleShippingNote(40), COMPANY, {
      copies: ['stub', 'customer'],
    });
    const pages = pdfPages(long.buffer);
    expect(pages % 2).toBe(0);
    const per = pages / 2;
    expect(per).toBeGreaterThan(1);
    expect(squash(pdfText(long.buffer, per + 1))).toContain(`第1页/共${per}页`);
    expect(pdfText(long.buffer, per + 1)).toContain('第二联 客户');
    expect(squash(pdfText(long.buffer, pages))).toContain(`第${per}页/共${per}页`);
  });

  it('shipping note on the 241 × 140 mm continuous form, with printer offset calibration in mm', async () => {
    const s = sampleShippingNote(7);
    const base = await renderDocument('shipping_note', s, COMPANY, { layout: 'half', copies: ['customer'] });
    const info = pdfInfo(base.buffer);
    const [w, h] = info['Page size']!.split(' x ').map((v) => parseFloat(v));
    expect(w).toBeCloseTo(241 * MM, 0);
    expect(h).toBeCloseTo(140 * MM, 0);
    expect(pdfPages(base.buffer)).toBe(1);
    for (const w of pdfWords(base.buffer)) expect(w.xMax).toBeLessThanOrEqual(241 * MM - 10 * MM + 1);
    pdfPng(base.buffer, 'shipping-note-half', 1, 100);
    const moved = await renderDocument('shipping_note', s, COMPANY, {
      layout: 'half',
      copies: ['customer'],
      offset_mm: { x: 3, y: -2 },
    });
    pdfPng(moved.buffer, 'shipping-note-half-offset', 1, 100);
    const pos = (buf: Buffer) => pdfWords(buf).find((x) => x.text.startsWith('客户名称'))!;
    const a = pos(base.buffer);
    const b = pos(moved.buffer);
    expect(b.x - a.x).toBeCloseTo(3 * MM, 0);
    expect(b.y - a.y).toBeCloseTo(-2 * MM, 0);
  });

  it('invoice (销售清单) with tax, and a red-ink one with negative amounts and 负 in capitals', async () => {
    const inv = sampleInvoice(6);
    const pdf = await renderDocument('invoice', inv, COMPANY, PRINTED);
    pdfPng(pdf.buffer, 'invoice');
    const t = pdfText(pdf.buffer);
    expect(squash(t)).toContain('销售清单');
    expect(t).toContain('26442000000123456789');
    expect(t).toContain(`¥${formatFen(inv.totals.total)}`);
    expect(t).toContain(formatFen(inv.totals.tax));
    expect(t).toContain(formatFen(inv.totals.net));
    expect(t).toContain('13%');
    expect(squash(t)).toContain(toChineseCapital(inv.totals.total));

    const red = sampleInvoice(6, true);
    expect(red.totals.total).toBeLessThan(0);
    const rp = await renderDocument('invoice', red, COMPANY, PRINTED);
    pdfPng(rp.buffer, 'invoice-red');
    const rt = pdfText(rp.buffer);
    expect(squash(rt)).toContain('销售清单（红字）');
    expect(rt).toContain('XS2026-000905');
    expect(rt).toContain(`-¥${formatFen(-red.totals.total)}`);
    expect(squash(rt)).toContain(toChineseCapital(red.totals.total));
    expect(toChineseCapital(red.totals.total).startsWith('负')).toBe(true);
    expect(rt).toContain(fmtQty(red.lines[1]!.qty));
  });

  it('receipt: amount in figures and 大写, method, bill, allocations; 补打 marked', async () => {
    const r = sampleReceipt();
    const pdf = await renderDocument('receipt', r, COMPANY, { ...PRINTED, reprint: 1, seal: true });
    pdfPng(pdf.buffer, 'receipt');
    const t = pdfText(pdf.buffer);
    expect(squash(t)).toContain('收款收据');
    expect(t).toContain('壹拾万零壹拾元贰角整');
    expect(t).toContain('¥100,010.20');
    expect(t).toContain('银行承兑汇票');
    expect(t).toContain('XS2026-000905');
    expect(t).toContain('80,000.00');
    expect(t).toContain('95,000.00');
    expect(t).toContain('未核销金额 ¥5,010.20');
    expect(t).toContain('补打（第 1 次）');
    expect(pdfImages(pdf.buffer)).toHaveLength(2);
  });

  it('statement of 600 lines: every page has the table header and its number; ageing; tear-off slip', async () => {
    const s = sampleStatement(600, { ...SAMPLE_CUSTOMER, name: LONG_NAME });
    const t0 = Date.now();
    const pdf = await renderDocument('statement', s, COMPANY, PRINTED);
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(20_000);
    const pages = pdfPages(pdf.buffer);
    expect(pages).toBeGreaterThanOrEqual(10);
    pdfPng(pdf.buffer, 'statement-600-p1');
    pdfPng(pdf.buffer, 'statement-600-last', pages);
    for (let p = 1; p <= pages; p++) {
      const t = pdfText(pdf.buffer, p);
      expect(squash(t)).toContain(`第${p}页/共${pages}页`);
      if (p < pages) expect(t).toContain('单据号');
    }
    const all = pdfText(pdf.buffer);
    for (const e of s.entries) expect(all).toContain(e.doc_no);
    expect(all).toContain(formatFen(s.totals.debit));
    expect(all).toContain(formatFen(s.totals.credit));
    expect(squash(all)).toContain(
      squash(`¥${formatFen(s.closing_balance)}（人民币${toChineseCapital(s.closing_balance)}）`),
    );
    for (const b of s.ageing.buckets) {
      expect(all).toContain(b.label);
      expect(all).toContain(formatFen(b.amount));
    }
    const last = squash(pdfText(pdf.buffer, pages, 'raw'));
    expect(last).toContain('对账确认回执');
    expect(last).toContain('请沿此线剪下');
    expect(last).toContain('客户盖章');
    expect(last).toContain(squash(LONG_NAME));
    // Red-ink entries are negative.
    expect(all).toContain('-357.00');
  });

  it('batch statements: one PDF per customer plus one merged file numbered per customer', async () => {
    const list = [
      { ...sampleStatement(40), number: 'DZ2026-000101' },
      {
        ...sampleStatement(5, { ...SAMPLE_CUSTOMER, name: '深圳市南山精密五金制品有限公司' }),
        number: 'DZ2026-000102',
      },
      {
        ...sampleStatement(120, { ...SAMPLE_CUSTOMER, name: '佛山市顺德区美的电器配件有限公司' }),
        number: 'DZ2026-000103',
      },
    ];
    const batch = await renderStatementBatch(list, COMPANY, PRINTED);
    expect(batch.each).toHaveLength(3);
    const counts = batch.each.map((e) => pdfPages(e.pdf.buffer));
    expect(counts).toEqual(batch.each.map((e) => e.pdf.pages));
    const total = pdfPages(batch.merged.buffer);
    expect(total).toBe(counts[0]! + counts[1]! + counts[2]!);
    pdfPng(batch.merged.buffer, 'statement-batch-second', counts[0]! + 1);
    // Page 1 of the second customer: its own number, page 1 of its own count.
    const second = pdfText(batch.merged.buffer, counts[0]! + 1);
    expect(second).toContain('DZ2026-000102');
    expect(squash(second)).toContain(`第1页/共${counts[1]}页`);
    expect(squash(second)).toContain('深圳市南山精密五金制品有限公司');
    const lastPage = pdfText(batch.merged.buffer, total);
    expect(squash(lastPage)).toContain(`第${counts[2]}页/共${counts[2]}页`);
    expect(squash(pdfText(batch.each[2]!.pdf.buffer))).toContain('佛山市顺德区美的电器配件有限公司');
  });

  it('balance confirmation: balance in figures and capitals, open items, reply section', async () => {
    const b = sampleBalanceConfirmation();
    const pdf = await renderDocument('balance_confirmation', b, COMPANY, { ...PRINTED, seal: true });
    pdfPng(pdf.buffer, 'balance-confirmation');
    const t = squash(pdfText(pdf.buffer));
    expect(t).toContain('余额确认书');
    expect(t).toContain('¥234,567.89');
    expect(t).toContain(toChineseCapital(23_456_789));
    expect(t).toContain('贵司尚欠我司货款余额');
    expect(t).toContain('数据证明无误');
    expect(t).toContain('数据不符');
    for (const i of b.open_items) expect(t).toContain(i.doc_no);
    // A prepayment (negative balance) reads the other way round.
    const pre = await renderDocument(
      'balance_confirmation',
      { ...b, balance: -500_000, open_items: [] },
      COMPANY,
      {},
    );
    const pt = squash(pdfText(pre.buffer));
    expect(pt).toContain('我司尚欠贵司（预收）款项余额');
    expect(pt).toContain('¥5,000.00');
    expect(pt).toContain('伍仟元整');
  });

  it('overdue reminder letter: three levels, overdue items with days, total in capitals, bank details', async () => {
    for (const level of [1, 2, 3] as const) {
      const d = sampleDunningLetter(level);
      const pdf = await renderDocument('dunning_letter', d, COMPANY, PRINTED);
      if (level === 2) pdfPng(pdf.buffer, 'dunning-letter');
      const t = squash(pdfText(pdf.buffer));
      expect(t).toContain(['付款提醒函', '催款函', '催款函（最后通知）'][level - 1]);
      expect(t).toContain('170天');
      expect(t).toContain(toChineseCapital(d.total_overdue));
      expect(t).toContain(squash(COMPANY.bank_account!));
      if (level === 3) expect(t).toContain('暂停向贵司供货');
    }
  });

  it('price list: grouped by category with 规格, unit, price and tax rate', async () => {
    const p = samplePriceList();
    const pdf = await renderDocument('price_list', p, COMPANY, PRINTED);
    pdfPng(pdf.buffer, 'price-list');
    const t = pdfText(pdf.buffer);
    expect(squash(t)).toContain('产品价目表');
    expect(t).toContain('传动与紧固件');
    expect(t).toContain('2,680.00');
    expect(t).toContain('6%');
    expect(t).toContain('No. JG20261120');
  });

  it('renders without a logo or seal and refuses to fetch anything', async () => {
    const bare = { ...COMPANY, logo: null, seal: null };
    const pdf = await renderDocument('receipt', sampleReceipt(), bare, { seal: true });
    expect(pdfImages(pdf.buffer)).toHaveLength(0);
    // An image that is not an embedded data URL is never fetched: the access policies refuse it.
    await expect(
      renderPdf({
        ...buildDocument('receipt', sampleReceipt(), bare, {}),
        content: [{ image: 'https://example.com/x.png' }],
      }),
    ).rejects.toThrow(/denied|policy/i);
  });

  it('formats quantities, rates and discounts for print', () => {
    expect(fmtQty(1500)).toBe('1.5');
    expect(fmtQty(2000)).toBe('2');
    expect(fmtQty(1234567)).toBe('1,234.567');
    expect(fmtQty(-500)).toBe('-0.5');
    expect(fmtRate(1300)).toBe('13%');
    expect(fmtRate(650)).toBe('6.5%');
    expect(fmtDiscount(1000)).toBe('9折');
    expect(fmtDiscount(1500)).toBe('8.5折');
    expect(fmtDiscount(0)).toBe('');
  });
});
