import type { MethodName } from '../../../../shared/contract';
import { contract } from '../../../../shared/contract';
import type { AgeingRow } from '../../../../shared/contract/finance';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { writeXlsx, type OutColumn } from '../../spreadsheets/writer';
import { handlerOf, out, requirePermission, stamp } from './common';

/**
 * Finance reports to Excel, laid out as on screen: the ageing report (every row and the totals row) and
 * one customer's statement. Each runs the report's own handler, so its permission and data scope hold.
 */
async function run(ctx: ServiceContext, name: MethodName, input: unknown): Promise<unknown> {
  requirePermission(ctx, contract[name].access);
  return (await handlerOf(name))(ctx, contract[name].input.parse(input));
}

const GROUP_LABEL = { customer: '客户', salesperson: '业务员', region: '区域' } as const;

export const reportExportHandlers: HandlersFor<'exports.ageing' | 'exports.statement'> = {
  async 'exports.ageing'(ctx, q) {
    const rows: AgeingRow[] = [];
    let labels: string[];
    let total: AgeingRow;
    for (let offset = 0; ; offset += 1000) {
      const page = (await run(ctx, 'reports.ageing', { ...q, offset, limit: 1000 })) as {
        labels: string[];
        rows: AgeingRow[];
        total: AgeingRow;
        count: number;
      };
      labels = page.labels;
      total = page.total;
      rows.push(...page.rows);
      if (page.rows.length < 1000 || rows.length >= page.count) break;
    }
    const columns: OutColumn[] = [
      { header: GROUP_LABEL[q.group_by], type: 'text', width: 36 },
      { header: '未到期', type: 'money' },
      ...labels.map((l): OutColumn => ({ header: l, type: 'money' })),
      { header: '预收未核销', type: 'money' },
      { header: '合计', type: 'money' },
    ];
    const line = (r: AgeingRow, name = r.name) => [name, r.current, ...r.buckets, -r.unapplied, r.total];
    const sheetRows = rows.map((r) => line(r));
    sheetRows.push(line(total, '合计'));
    const title = `账龄分析_${q.as_of}_${q.basis === 'due' ? '按到期日' : '按发票日'}`;
    const buf = writeXlsx([{ name: '账龄分析', columns, rows: sheetRows, autofilter: true }]);
    ctx.audit(null, `导出账龄分析 ${rows.length} 行（截至 ${q.as_of}）`);
    return out(`${title}_${stamp(ctx)}.xlsx`, buf, rows.length);
  },

  async 'exports.statement'(ctx, q) {
    const d = (await run(ctx, 'statements.preview', q)) as {
      customer_name: string;
      customer_code: string;
      opening: number;
      debits: number;
      credits: number;
      closing: number;
      entries: {
        date: string;
        doc_type: string;
        doc_number: string | null;
        description: string | null;
        debit: number;
        credit: number;
        balance: number;
      }[];
      ageing: { label: string; amount: number }[];
    };
    const columns: OutColumn[] = [
      { header: '日期', type: 'date', width: 12 },
      { header: '单据类型', type: 'text', width: 12 },
      { header: '单号', type: 'text', width: 18 },
      { header: '摘要', type: 'text', width: 36 },
      { header: '借方（应收增加）', type: 'money' },
      { header: '贷方（收款/冲减）', type: 'money' },
      { header: '余额', type: 'money' },
    ];
    const rows: unknown[][] = [
      [q.from, null, null, '期初余额', null, null, d.opening],
      ...d.entries.map((e) => [
        e.date,
        e.doc_type,
        e.doc_number,
        e.description,
        e.debit,
        e.credit,
        e.balance,
      ]),
      [q.to, null, null, '本期合计 / 期末余额', d.debits, d.credits, d.closing],
    ];
    const ageing = {
      name: '账龄',
      columns: [
        { header: '账龄', type: 'text', width: 16 },
        { header: '金额', type: 'money' },
      ] satisfies OutColumn[],
      rows: d.ageing.map((a) => [a.label, a.amount]),
    };
    const buf = writeXlsx([{ name: '对账单', columns, rows }, ageing]);
    ctx.audit(null, `导出对账单 ${d.customer_name}（${q.from} 至 ${q.to}）`);
    return out(`对账单_${d.customer_code}_${q.from}_${q.to}.xlsx`, buf, d.entries.length);
  },
};
