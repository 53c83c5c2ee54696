import type { CompanyProfile, PriceListPrint, PrintOptions } from '../../../shared/print';
import { fmtDateCn, fmtRate } from './format';
import { frame, infoGrid, money, notesBlock, thinLayout, wrapCell } from './frame';
import type { Content, DocDefinition } from './types';

/** 产品价目表: the active products with 规格, unit, list price and tax rate, grouped by category. */
export function priceListDoc(
  p: PriceListPrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const rows: Content[][] = [
    ['序号', '产品编码', '产品名称', '规格型号', '单位', p.tax_included ? '含税单价' : '单价', '税率'].map(
      (h) => ({
        text: h,
        style: 'th',
      }),
    ),
  ];
  let category: string | null | undefined;
  let n = 0;
  for (const i of p.items) {
    if (!p.category && i.category !== category) {
      category = i.category;
      rows.push([
        { text: i.category ?? '未分类', bold: true, colSpan: 7, fillColor: '#fafafa' },
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
    }
    n += 1;
    rows.push([
      { text: String(n), alignment: 'center' },
      wrapCell(i.code),
      wrapCell(i.name),
      wrapCell(i.spec),
      { text: i.unit, alignment: 'center' },
      money(i.list_price),
      { text: fmtRate(i.tax_rate), alignment: 'center' },
    ]);
  }
  const content: Content[] = [
    infoGrid([
      ['生效日期', fmtDateCn(p.date)],
      ['产品类别', p.category ?? '全部'],
      ['产品数', `${p.items.length} 个`],
      ['币种', '人民币（元）'],
    ]),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [26, 80, '*', 110, 30, 66, 34], body: rows },
      layout: thinLayout(),
      fontSize: 8.5,
    },
    ...notesBlock(
      '说明',
      p.notes ?? '本价目表价格仅供参考，实际成交价以双方确认的报价单或合同为准；价格如有调整，恕不另行通知。',
    ),
  ];
  return frame({ title: p.title, docNo: p.number, company, options, parts: [{ content }] });
}
