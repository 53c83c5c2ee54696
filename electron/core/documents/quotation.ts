import type { CompanyProfile, PrintOptions, QuotationPrint } from '../../../shared/print';
import { fmtDateCn, fmtYuan, orBlank } from './format';
import { amountInWords, clauses, frame, infoGrid, itemTable, notesBlock, signatures } from './frame';
import type { Content, DocDefinition } from './types';

/** 报价单: customer, validity, lines with 规格 / qty / price / amount, totals in figures and 大写, terms. */
export function quotationDoc(
  q: QuotationPrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const hasDiscount = q.lines.some((l) => (l.discount_bp ?? 0) > 0);
  const content: Content[] = [
    infoGrid([
      ['客户名称', q.customer.name],
      ['报价日期', fmtDateCn(q.date)],
      ['联系人', [q.customer.contact, q.customer.contact_phone].filter(Boolean).join(' ')],
      ['有效期至', fmtDateCn(q.valid_until)],
      ['客户地址', q.customer.address],
      ['业务员', [q.salesperson.name, q.salesperson.phone].filter(Boolean).join(' ')],
    ]),
    { text: '感谢贵司垂询，现将有关产品报价如下：', margin: [0, 0, 0, 4] },
    itemTable(q.lines, q.totals, { discount: hasDiscount, tax: false }),
    amountInWords('报价总额', q.totals.total),
    {
      text:
        (q.tax_included ? '以上价格为含税价（含增值税），' : '以上价格不含税，') +
        `其中税额 ${fmtYuan(q.totals.tax)}` +
        (q.totals.discount > 0 ? `，已优惠 ${fmtYuan(q.totals.discount)}` : '') +
        '。',
      style: 'small',
      margin: [0, 0, 0, 4],
    },
    { text: '报价条款', style: 'section' },
    ...clauses(
      [
        q.delivery_terms ? `交货：${q.delivery_terms}` : null,
        q.payment_terms ? `付款：${q.payment_terms}` : null,
        q.valid_until ? `本报价有效期至 ${fmtDateCn(q.valid_until)}，逾期请重新询价。` : null,
        '如有疑问，请与我司业务员联系。',
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    ...notesBlock('备注', q.notes),
    signatures([
      {
        title: `报价单位：${company.name}`,
        lines: [`经办人：${orBlank(q.salesperson.name)}`, '日期：'],
        seal: options.seal ? company.seal : null,
      },
      { title: '客户确认（签字盖章）', lines: ['签字：', '日期：'] },
    ]),
  ];
  return frame({ title: '报价单', docNo: q.number, company, options, parts: [{ content }] });
}
