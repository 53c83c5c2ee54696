import {
  SHIPPING_COPIES,
  SHIPPING_COPY_LABELS,
  type CompanyProfile,
  type PrintOptions,
  type ShippingNotePrint,
} from '../../../shared/print';
import { fmtDateCn, orBlank } from './format';
import { frame, GREY, infoGrid, money, qty, signatures, thinLayout, wrapCell, type Part } from './frame';
import type { Content, DocDefinition } from './types';

/**
 * 送货单 / 销售出库单. All chosen copies (存根 / 客户 / 记账 / 仓库) print in one run, each labelled and
 * numbered on its own; the item table shows 规格, quantities, packages and batch, prices only when the note
 * shows them. Carrier and waybill, and the receiver's signature line. Layout 'half' is the 241 × 140 mm
 * continuous form, with the printer offset calibration (options.offset_mm) applied to the whole page.
 */
export function shippingNoteDoc(
  s: ShippingNotePrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const compact = options.layout === 'half';
  const copies = options.copies?.length ? options.copies : [...SHIPPING_COPIES];
  const parts: Part[] = copies.map((copy) => ({
    copyLabel: SHIPPING_COPY_LABELS[copy],
    content: body(s, company, options, compact),
  }));
  return frame({
    title: '送货单',
    docNo: s.number,
    company,
    options,
    parts,
    identicalParts: true,
    paper: compact ? 'half' : 'a4',
  });
}

function body(
  s: ShippingNotePrint,
  company: CompanyProfile,
  options: PrintOptions,
  compact: boolean,
): Content[] {
  const prices = options.show_prices ?? s.show_prices;
  const head = ['序号', '产品名称 / 编码', '规格型号', '单位', '数量', '件数', '批号'];
  const widths: (string | number)[] = [18, '*', '*', 24, 42, 34, 48];
  if (prices) {
    head.push('单价', '金额');
    widths.push(46, 56);
  }
  head.push('备注');
  widths.push(compact ? 56 : 40);
  const rows: Content[][] = [head.map((h) => ({ text: h, style: 'th' }))];
  for (const l of s.lines) {
    const r: Content[] = [
      { text: String(l.line_no), alignment: 'center' },
      {
        stack: [
          wrapCell(l.product_name),
          wrapCell(l.product_code, { color: GREY, fontSize: compact ? 6.5 : 7.5 }),
        ],
      },
      wrapCell(l.spec),
      { text: l.unit, alignment: 'center' },
      qty(l.qty),
      { text: orBlank(l.packages), alignment: 'center' },
      wrapCell(l.batch_no),
    ];
    if (prices) r.push(money(l.unit_price), money(l.amount));
    r.push(wrapCell(l.notes));
    rows.push(r);
  }
  const total: Content[] = [{ text: '合计', bold: true, alignment: 'center', colSpan: 4 }, '', '', ''];
  total.push(s.totals.qty == null ? '' : qty(s.totals.qty, { bold: true }), '', '');
  if (prices) total.push('', money(s.totals.amount, { bold: true }));
  total.push('');
  rows.push(total);

  const receiver = [s.ship_to.receiver, s.ship_to.phone].filter(Boolean).join(' ');
  const who: [string, string | null | undefined][] = [
    ['订单号', s.order_no],
    ['发货日期', fmtDateCn(s.date)],
    ['收货人', receiver],
    ['发货仓库', s.warehouse],
    ['承运商', s.carrier],
    ['运单号', s.waybill_no],
    ['车牌号', s.vehicle_no],
    ['司机', [s.driver?.name, s.driver?.phone].filter(Boolean).join(' ')],
  ];
  const where: [string, string | null | undefined][] = [
    ['客户名称', s.customer.name],
    ['收货地址', s.ship_to.address ?? s.customer.address],
  ];
  return [
    ...(compact ? [infoGrid(where, 2, true), infoGrid(who, 4, true)] : [infoGrid([...where, ...who], 2)]),
    {
      table: { headerRows: 1, dontBreakRows: true, widths, body: rows },
      layout: thinLayout(),
      fontSize: compact ? 7.5 : 8.5,
    },
    ...(s.notes ? [{ text: `备注：${s.notes}`, margin: [0, 3, 0, 0] }] : []),
    {
      text: '请收货人当场清点数量、检查外观，确认无误后签字；如有异议请在备注栏注明。',
      style: 'small',
      margin: [0, 3, 0, 0],
    },
    compact
      ? {
          // One line on the half-A4 form: the page has room for the lines, not for signature boxes.
          margin: [0, 8, 0, 0],
          unbreakable: true,
          columns: [
            { text: `发货人：${orBlank(s.shipped_by?.name)}`, width: '*' },
            { text: `业务员：${orBlank(s.salesperson?.name)}`, width: '*' },
            { text: '承运人签字：__________', width: '*' },
            { text: '收货人签字：______________  日期：__________', width: 'auto' },
          ],
        }
      : signatures([
          {
            title: '发货单位',
            lines: [`发货人：${orBlank(s.shipped_by?.name)}`, `业务员：${orBlank(s.salesperson?.name)}`],
            seal: options.seal ? company.seal : null,
          },
          { title: '承运人', lines: ['签字：', '日期：'] },
          { title: '收货人签收', lines: ['签字：______________', '日期：______________'] },
        ]),
  ];
}
