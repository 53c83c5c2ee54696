import { sumFen, toChineseCapital } from '../../../shared/money';
import {
  RECEIPT_METHOD_LABELS,
  type CompanyProfile,
  type PrintOptions,
  type ReceiptPrint,
} from '../../../shared/print';
import { fmtDateCn, fmtMoney, fmtYuan, orBlank } from './format';
import { frame, money, RED, signatures, thinLayout } from './frame';
import type { Content, DocDefinition } from './types';

/** 收款收据: payer, amount in figures and in capitals (大写), method, bill, the invoices it settles. */
export function receiptDoc(
  r: ReceiptPrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const red = r.amount < 0 ? { color: RED } : {};
  const method = RECEIPT_METHOD_LABELS[r.method] ?? r.method;
  const bill = [
    r.bill_no ? `票据号码 ${r.bill_no}` : null,
    r.bill_due ? `到期日 ${fmtDateCn(r.bill_due)}` : null,
    r.payer_bank,
  ]
    .filter(Boolean)
    .join('，');
  const main: Content[][] = [
    [
      { text: '收款日期', style: 'label' },
      { text: fmtDateCn(r.date) },
      { text: '收款方式', style: 'label' },
      { text: method },
    ],
    [{ text: '交款单位', style: 'label' }, { text: r.payer.name, colSpan: 3, bold: true }, '', ''],
    [{ text: '收款事由', style: 'label' }, { text: r.purpose, colSpan: 3 }, '', ''],
    [
      { text: '人民币（大写）', style: 'label' },
      { text: toChineseCapital(r.amount), colSpan: 2, bold: true, fontSize: 12, ...red },
      '',
      { text: fmtYuan(r.amount), bold: true, fontSize: 12, alignment: 'right', noWrap: true, ...red },
    ],
    [{ text: '票据 / 账户', style: 'label' }, { text: bill, colSpan: 3 }, '', ''],
  ];
  if (r.notes) main.push([{ text: '备注', style: 'label' }, { text: r.notes, colSpan: 3 }, '', '']);
  const content: Content[] = [
    {
      table: { widths: [70, '*', 60, 120], body: main },
      layout: { ...thinLayout(), paddingTop: () => 5, paddingBottom: () => 5 },
    },
  ];
  if (r.allocations.length) {
    const rows: Content[][] = [
      [
        { text: '核销单据', style: 'th' },
        { text: '单据日期', style: 'th' },
        { text: '核销金额', style: 'th' },
      ],
      ...r.allocations.map((a) => [
        { text: a.doc_no },
        { text: a.doc_date, alignment: 'center' },
        money(a.amount),
      ]),
    ];
    const total = sumFen(r.allocations.map((a) => a.amount));
    rows.push([
      { text: '合计', bold: true, colSpan: 2, alignment: 'center' },
      '',
      money(total, { bold: true }),
    ]);
    content.push(
      { text: '本次收款核销明细', style: 'section' },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: ['*', 90, 110], body: rows },
        layout: thinLayout(),
      },
    );
    if (total !== r.amount) {
      content.push({
        text: `未核销金额 ¥${fmtMoney(r.amount - total)} 计入预收款。`,
        style: 'small',
        margin: [0, 3, 0, 0],
      });
    }
  }
  content.push(
    {
      text: '本收据为收款凭证，不作为发票使用；银行承兑汇票、支票等票据以实际兑付为准。',
      style: 'small',
      margin: [0, 6, 0, 0],
    },
    signatures([
      {
        title: `收款单位：${company.name}`,
        lines: ['（财务专用章）'],
        seal: options.seal ? company.seal : null,
        width: 250,
      },
      { title: '收款人', lines: [orBlank(r.received_by.name)] },
      { title: '出纳', lines: [orBlank(r.cashier?.name)] },
    ]),
  );
  return frame({ title: '收款收据', docNo: r.number, company, options, parts: [{ content }] });
}
