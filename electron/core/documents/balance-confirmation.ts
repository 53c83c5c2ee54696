import { toChineseCapital } from '../../../shared/money';
import type { BalanceConfirmationPrint, CompanyProfile, PrintOptions } from '../../../shared/print';
import { fmtDateCn, fmtYuan, orBlank } from './format';
import { bodyWidth, cutLine, frame, money, notesBlock, signatures, thinLayout, wrapCell } from './frame';
import type { Content, DocDefinition } from './types';

/**
 * 余额确认书: a letter asking the customer to confirm the balance as at a date, with the open items,
 * and a reply section (confirmed / differs) with signature and seal.
 */
export function balanceConfirmationDoc(
  b: BalanceConfirmationPrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const owes = b.balance >= 0;
  const abs = Math.abs(b.balance);
  const items: Content[][] = [
    ['单据号', '单据日期', '到期日', '单据金额', '未结金额'].map((h) => ({ text: h, style: 'th' })),
    ...b.open_items.map((i) => [
      wrapCell(i.doc_no),
      { text: i.date, alignment: 'center' },
      { text: orBlank(i.due_date), alignment: 'center' },
      money(i.amount),
      money(i.outstanding),
    ]),
  ];
  const content: Content[] = [
    { text: `${b.customer.name}：`, bold: true, margin: [0, 4, 0, 6] },
    {
      text:
        '承蒙贵司一直以来的支持与合作，谨致谢意。为核实双方往来账目，保证账务准确，根据双方业务往来记录，' +
        `截至 ${fmtDateCn(b.as_of)}，${owes ? '贵司尚欠我司货款余额' : '我司尚欠贵司（预收）款项余额'}为：`,
      leadingIndent: 20,
      lineHeight: 1.5,
    },
    {
      margin: [0, 8, 0, 8],
      table: {
        widths: ['auto', '*'],
        body: [
          [
            { text: '人民币（小写）', style: 'label' },
            { text: fmtYuan(abs), bold: true, fontSize: 12 },
          ],
          [
            { text: '人民币（大写）', style: 'label' },
            { text: toChineseCapital(abs), bold: true, fontSize: 12 },
          ],
        ],
      },
      layout: thinLayout(),
    },
    ...(b.open_items.length
      ? [
          { text: '未结单据明细', style: 'section' },
          {
            table: { headerRows: 1, dontBreakRows: true, widths: ['*', 70, 70, 90, 90], body: items },
            layout: thinLayout(),
          },
        ]
      : []),
    {
      text:
        '本函仅为核对账目之用，并非催款结算。若上述余额与贵司记录相符，请在下方“数据证明无误”处签章确认；如有不符，请在' +
        '“数据不符”处列明差异及原因。' +
        (b.reply_by ? `烦请于 ${fmtDateCn(b.reply_by)} 前回复。` : ''),
      leadingIndent: 20,
      lineHeight: 1.5,
      margin: [0, 8, 0, 0],
    },
    ...notesBlock('备注', b.notes),
    {
      margin: [0, 6, 0, 0],
      text: `联系人：${orBlank(b.contact?.name)}  电话：${orBlank(b.contact?.phone ?? company.phone)}`,
    },
    signatures(
      [
        {
          title: company.name,
          lines: ['（盖章）', fmtDateCn(b.date)],
          seal: options.seal ? company.seal : null,
          width: 220,
        },
      ],
      false,
      'right',
    ),
    {
      unbreakable: true,
      stack: [
        cutLine(bodyWidth(), '以下由贵司填写'),
        {
          columns: [
            {
              width: '*',
              stack: [
                { text: '1. 数据证明无误', bold: true },
                { text: '客户盖章：', margin: [0, 30, 0, 0] },
                { text: '经办人：', margin: [0, 8, 0, 0] },
                { text: '日期：', margin: [0, 8, 0, 0] },
              ],
            },
            {
              width: '*',
              stack: [
                { text: '2. 数据不符，请列明不符金额及原因', bold: true },
                { text: '差异金额：', margin: [0, 30, 0, 0] },
                { text: '客户盖章：', margin: [0, 8, 0, 0] },
                { text: '日期：', margin: [0, 8, 0, 0] },
              ],
            },
          ],
        },
      ],
    },
  ];
  return frame({ title: '余额确认书', docNo: b.number, company, options, parts: [{ content }] });
}
