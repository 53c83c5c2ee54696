import { toChineseCapital } from '../../../shared/money';
import type { CompanyProfile, PrintOptions, StatementPrint } from '../../../shared/print';
import { fmtDateCn, fmtYuan } from './format';
import {
  bodyWidth,
  cutLine,
  frame,
  infoGrid,
  money,
  notesBlock,
  thinLayout,
  wrapCell,
  type Part,
} from './frame';
import { renderPdf, type RenderedPdf } from './pdf';
import type { Content, DocDefinition } from './types';

/**
 * 对账单: the period's movements with a running balance, the closing balance in figures and capitals,
 * the ageing summary, and a tear-off confirmation slip the customer signs, stamps and returns.
 */
export function statementDoc(
  s: StatementPrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  return frame({
    title: '对账单',
    docNo: s.number,
    company,
    options,
    parts: [{ content: statementBody(s, company) }],
    subject: `对账单 ${s.customer.name}`,
  });
}

function statementBody(s: StatementPrint, company: CompanyProfile): Content[] {
  const rows: Content[][] = [
    ['日期', '单据类型', '单据号', '摘要', '应收增加', '应收减少', '余额'].map((h) => ({
      text: h,
      style: 'th',
    })),
    [
      { text: s.period_from, alignment: 'center' },
      { text: '期初余额', colSpan: 3, bold: true },
      '',
      '',
      '',
      '',
      money(s.opening_balance, { bold: true }),
    ],
  ];
  for (const e of s.entries) {
    rows.push([
      { text: e.date, alignment: 'center', noWrap: true },
      wrapCell(e.doc_type),
      wrapCell(e.doc_no),
      wrapCell(e.description),
      e.debit ? money(e.debit) : '',
      e.credit ? money(e.credit) : '',
      money(e.balance),
    ]);
  }
  rows.push([
    { text: '本期合计', bold: true, colSpan: 4, alignment: 'center' },
    '',
    '',
    '',
    money(s.totals.debit, { bold: true }),
    money(s.totals.credit, { bold: true }),
    money(s.closing_balance, { bold: true }),
  ]);

  const ageHead = s.ageing.buckets.map((b) => ({ text: b.label, style: 'th' }));
  const ageRow = s.ageing.buckets.map((b) => money(b.amount));
  const ageing: Content = {
    table: {
      widths: [...s.ageing.buckets.map(() => '*'), '*'],
      body: [
        [...ageHead, { text: '合计', style: 'th' }],
        [...ageRow, money(s.ageing.total, { bold: true })],
      ],
    },
    layout: thinLayout(),
  };

  const owes = s.closing_balance >= 0;
  const slip: Content = {
    unbreakable: true,
    stack: [
      cutLine(bodyWidth()),
      { text: '对账确认回执', bold: true, fontSize: 12, alignment: 'center', margin: [0, 0, 0, 6] },
      { text: `致：${company.name}` },
      {
        text: [
          `我司已核对贵司 ${fmtDateCn(s.period_from)} 至 ${fmtDateCn(s.period_to)} 的对账单（编号 ${s.number}），截至 ${fmtDateCn(s.period_to)}，`,
          owes ? '我司尚欠贵司货款' : '贵司尚欠我司（预收）款项',
          ` ${fmtYuan(Math.abs(s.closing_balance))}（人民币${toChineseCapital(Math.abs(s.closing_balance))}）。`,
        ].join(''),
        margin: [0, 4, 0, 4],
      },
      {
        text: '□ 核对无误      □ 核对不符，差异金额：________________  原因：______________________________',
      },
      { text: `客户名称：${s.customer.name}`, margin: [0, 10, 0, 0] },
      {
        columns: [
          { text: '客户盖章：', width: '*' },
          { text: '经办人签字：______________', width: 'auto', noWrap: true },
          { text: '日期：______年____月____日', width: 'auto', noWrap: true },
        ],
        columnGap: 24,
        margin: [0, 22, 0, 0],
      },
      ...(s.reply_by
        ? [
            {
              text: `请于 ${fmtDateCn(s.reply_by)} 前将本回执签章后寄回或传真我司财务部。`,
              style: 'small',
              margin: [0, 8, 0, 0],
            },
          ]
        : []),
    ],
  };

  return [
    infoGrid([
      ['客户名称', s.customer.name],
      ['对账期间', `${fmtDateCn(s.period_from)} 至 ${fmtDateCn(s.period_to)}`],
      ['客户编号', s.customer.code],
      ['出单日期', fmtDateCn(s.date)],
      ['联系人', [s.customer.contact, s.customer.contact_phone].filter(Boolean).join(' ')],
      ['业务员', s.salesperson?.name],
      ['客户地址', s.customer.address],
      ['财务联系', [s.contact?.name, s.contact?.phone].filter(Boolean).join(' ')],
    ]),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [54, 56, 84, '*', 62, 62, 66], body: rows },
      layout: thinLayout(),
      fontSize: 8.5,
    },
    {
      margin: [0, 6, 0, 0],
      text: [
        { text: '期末余额：', bold: true },
        { text: `${fmtYuan(s.closing_balance)}（人民币${toChineseCapital(s.closing_balance)}）`, bold: true },
      ],
    },
    { text: `账龄分析（截至 ${fmtDateCn(s.ageing.as_of)}）`, style: 'section' },
    ageing,
    ...notesBlock('备注', s.notes),
    {
      text: '请贵司核对上述往来明细及余额，如有不符请于收到本对账单后 7 日内与我司联系；逾期未回复视为确认无误。',
      style: 'small',
      margin: [0, 6, 0, 0],
    },
    slip,
  ];
}

export interface StatementBatch {
  /** One PDF per customer, in the order given. */
  each: { customer: string; number: string; pdf: RenderedPdf }[];
  /** All statements in one file; pages are numbered per customer. */
  merged: RenderedPdf;
}

export interface StatementBatchExtra {
  /** Per statement, its reprint number (0 = an original), when they differ: each is marked on its own pages. */
  reprints?: number[];
  /** Called after each customer's PDF is made (and once more, with the count, after the merged file). */
  onProgress?: (done: number) => void;
}

/** Batch statements: one PDF per customer plus one merged file. */
export async function renderStatementBatch(
  list: StatementPrint[],
  company: CompanyProfile,
  options: PrintOptions = {},
  extra: StatementBatchExtra = {},
): Promise<StatementBatch> {
  const reprint = (i: number) => extra.reprints?.[i] ?? options.reprint ?? 0;
  const each: StatementBatch['each'] = [];
  for (const [i, s] of list.entries()) {
    each.push({
      customer: s.customer.name,
      number: s.number,
      pdf: await renderPdf(statementDoc(s, company, { ...options, reprint: reprint(i) })),
    });
    extra.onProgress?.(i + 1);
  }
  const parts: Part[] = list.map((s, i) => ({
    content: statementBody(s, company),
    docNo: s.number,
    pages: each[i]!.pdf.pages,
    reprint: reprint(i),
  }));
  const merged = await renderPdf(
    frame({
      title: '对账单',
      docNo: list[0]?.number ?? null,
      company,
      options,
      parts,
      subject: '对账单（批量）',
    }),
  );
  extra.onProgress?.(list.length);
  return { each, merged };
}
