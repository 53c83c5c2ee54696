import { toChineseCapital } from '../../../shared/money';
import type { CompanyProfile, DunningLetterPrint, PrintOptions } from '../../../shared/print';
import { fmtDateCn, fmtYuan, orBlank } from './format';
import { frame, money, notesBlock, RED, signatures, thinLayout, wrapCell } from './frame';
import type { Content, DocDefinition } from './types';

const TITLES: Record<1 | 2 | 3, string> = { 1: '付款提醒函', 2: '催款函', 3: '催款函（最后通知）' };

/** 催款函: the overdue invoices with days overdue, the total in figures and capitals, the pay-by date. */
export function dunningLetterDoc(
  d: DunningLetterPrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const items: Content[][] = [
    ['单据号', '单据日期', '到期日', '单据金额', '未付金额', '逾期天数'].map((h) => ({
      text: h,
      style: 'th',
    })),
    ...d.items.map((i) => [
      wrapCell(i.doc_no),
      { text: i.date, alignment: 'center' },
      { text: orBlank(i.due_date), alignment: 'center' },
      money(i.amount),
      money(i.outstanding),
      { text: `${i.days_overdue} 天`, alignment: 'right', ...(i.days_overdue > 90 ? { color: RED } : {}) },
    ]),
    [
      { text: '合计', bold: true, colSpan: 4, alignment: 'center' },
      '',
      '',
      '',
      money(d.total_overdue, { bold: true }),
      '',
    ],
  ];
  const opening =
    d.level === 1
      ? '感谢贵司一直以来对我司的信任与支持。经核对，截至本函发出之日，贵司以下款项已超过约定付款期限：'
      : d.level === 2
        ? '我司曾就下列逾期款项致函提醒，但截至本函发出之日仍未收到贵司付款。现再次函告，贵司以下款项已逾期：'
        : '我司已多次就下列逾期款项与贵司沟通，但贵司至今仍未支付。现正式通知如下，贵司以下款项已严重逾期：';
  const closing =
    d.level === 3
      ? `请贵司务必于 ${fmtDateCn(d.pay_by)} 前付清上述全部款项。逾期未付的，我司将暂停向贵司供货，并保留依法追究违约责任、` +
        '主张逾期付款违约金及通过法律途径解决的权利。'
      : `请贵司于 ${fmtDateCn(d.pay_by)} 前安排付款。如贵司已付款，请将付款凭证发送我司以便核对，并请忽略本函。`;
  const content: Content[] = [
    { text: `${d.customer.name}：`, bold: true, margin: [0, 4, 0, 6] },
    { text: opening, leadingIndent: 20, lineHeight: 1.5 },
    {
      margin: [0, 6, 0, 6],
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 62, 62, 80, 80, 52], body: items },
      layout: thinLayout(),
    },
    {
      text: [
        { text: '逾期金额合计：' },
        { text: `${fmtYuan(d.total_overdue)}（人民币${toChineseCapital(d.total_overdue)}）`, bold: true },
      ],
    },
    { text: closing, leadingIndent: 20, lineHeight: 1.5, margin: [0, 6, 0, 0] },
    {
      margin: [0, 8, 0, 0],
      table: {
        widths: ['auto', '*'],
        body: [
          [{ text: '收款单位', style: 'label' }, company.name],
          [{ text: '开户银行', style: 'label' }, orBlank(company.bank_name)],
          [{ text: '银行账号', style: 'label' }, orBlank(company.bank_account)],
        ],
      },
      layout: thinLayout(),
    },
    ...notesBlock('备注', d.notes),
    {
      margin: [0, 6, 0, 0],
      text: `联系人：${orBlank(d.contact?.name)}  电话：${orBlank(d.contact?.phone ?? company.phone)}`,
    },
    signatures(
      [
        {
          title: company.name,
          lines: ['（盖章）', fmtDateCn(d.date)],
          seal: options.seal ? company.seal : null,
          width: 220,
        },
      ],
      false,
      'right',
    ),
  ];
  return frame({ title: TITLES[d.level], docNo: d.number, company, options, parts: [{ content }] });
}
