import { DATASET_ACCESS } from '../../../../shared/contract/spreadsheets';
import { FIELD_LABELS } from '../../../../shared/messages';
import { formatFen } from '../../../../shared/money';
import { placeholders } from '../../services/common/list';
import { dueDate } from '../../services/finance/common';
import { customerScope } from '../../services/finance/invoices';
import { postOpeningInvoices, type OpeningItem } from '../../services/finance/opening';
import { inChunks, yieldToEventLoop } from '../bulk';
import type { ColumnDef, SheetDef } from '../columns';
import { outSheet, type Dataset, type ParsedRecord } from '../dataset';
import { customerRefs, str } from './refs';

/**
 * 期初应收: the customers' open items at go-live, one row per unpaid (or partly paid) document of the old
 * system: customer (code or legal full name, within the importer's data scope), the old document number,
 * its date, due date (blank: from the customer's payment terms, as an invoice issued that day), and the
 * amount still open in yuan. Each row becomes an issued opening invoice through the finance service
 * (postOpeningInvoices), so receivable balance, credit exposure, ageing, statements and matching see it.
 *
 * Refused: unknown or deactivated customers, dates after today, a due date before the invoice date,
 * amounts of 0, negative amounts (opening advances are entered as receipts, which keeps them matchable),
 * an old number twice for one customer in the file, or already imported for that customer.
 *
 * The export writes every open invoice in the same layout (old number = the opening item's old number, or
 * our invoice number; amount = what is still open), i.e. the opening receivables of another installation.
 */
const L = FIELD_LABELS;
const MAX_NUMBER = 40;
const MAX_NOTES = 500;

export const OPENING_RECEIVABLES_SHEET: SheetDef = {
  key: 'opening_receivables',
  label: { zh: '期初应收', en: 'Opening receivables' },
  columns: [
    {
      key: 'customer',
      label: { zh: '客户', en: 'Customer' },
      aliases: [
        '客户编码',
        '客户全称',
        '客户名称',
        L.legal_name!.zh,
        'customer code',
        'customer name',
        'legal name',
      ],
      required: true,
      type: 'text',
      width: 36,
      example: '广州市白云电器设备股份有限公司',
      help: { zh: '客户编码或法人全称', en: 'Customer code or legal full name' },
    },
    {
      key: 'legacy_number',
      label: { zh: '原单号', en: 'Old document no.' },
      aliases: ['单据号', '单号', '原发票号', '发票号', '原单据号', 'document no', 'invoice no'],
      required: true,
      type: 'text',
      width: 18,
      example: 'XS2025-0815',
      help: {
        zh: '旧系统中的单据号（最多 40 个字符）；同一客户不能重复',
        en: 'The number in the old system (at most 40 characters); unique per customer',
      },
    },
    {
      key: 'invoice_date',
      label: { zh: '开票日期', en: 'Invoice date' },
      aliases: ['单据日期', '日期', 'date'],
      required: true,
      type: 'date',
      width: 12,
      example: '2025-11-20',
      help: { zh: '不能晚于今天；账龄从这里（或到期日）算起', en: 'Not after today; the age counts from it' },
    },
    {
      key: 'due_date',
      label: { zh: '到期日', en: 'Due date' },
      aliases: ['付款到期日', '到期日期', 'due'],
      type: 'date',
      width: 12,
      example: '2025-12-31',
      help: {
        zh: '留空则按客户的结算方式和信用期限计算',
        en: "Blank: from the customer's payment terms",
      },
    },
    {
      key: 'amount',
      label: { zh: '未收金额（元）', en: 'Amount due (yuan)' },
      aliases: ['金额', '应收金额', '未收金额', '余额', 'amount'],
      required: true,
      type: 'money',
      signed: true,
      width: 14,
      example: '12800.00',
      help: {
        zh: '该单据尚未收回的金额，必须大于 0；期初预收款请录入收款单',
        en: 'What is still unpaid, above 0; enter opening advances as receipts',
      },
    },
    { key: 'notes', label: L.notes!, type: 'text', width: 30 },
  ],
};

interface Row {
  rec: ParsedRecord;
  item: OpeningItem;
}
export interface OpeningReceivablesPlan {
  rows: Row[];
}

const col = (key: string): ColumnDef => OPENING_RECEIVABLES_SHEET.columns.find((c) => c.key === key)!;

export const openingReceivablesDataset: Dataset<OpeningReceivablesPlan> = {
  key: 'opening_receivables',
  label: OPENING_RECEIVABLES_SHEET.label,
  writeAccess: DATASET_ACCESS.opening_receivables.write,
  readAccess: DATASET_ACCESS.opening_receivables.read,
  sheets: [OPENING_RECEIVABLES_SHEET],

  async prepare(ctx, sheets, report) {
    const sh = sheets.get('opening_receivables')!;
    const today = ctx.today();
    const customer = await customerRefs(
      ctx,
      sh.records.map((r) => str(r.values.customer) ?? ''),
    );
    const plan: OpeningReceivablesPlan = { rows: [] };
    const seen = new Map<string, number>();
    for (const rec of sh.records) {
      const v = rec.values;
      let ok = rec.bad.size === 0;
      const cText = str(v.customer);
      const c = cText ? customer(cText) : undefined;
      if (cText && !c) {
        report.error(sh, rec.row, col('customer'), 'unknown_customer', { value: cText });
        ok = false;
      } else if (c && !c.active) {
        report.error(sh, rec.row, col('customer'), 'customer_inactive', { value: cText });
        ok = false;
      }
      const number = str(v.legacy_number);
      if (number && number.length > MAX_NUMBER) {
        report.error(sh, rec.row, col('legacy_number'), 'too_long', { max: MAX_NUMBER });
        ok = false;
      } else if (number && c) {
        const key = `${c.id}|${number}`;
        const first = seen.get(key);
        if (first !== undefined) {
          report.error(sh, rec.row, col('legacy_number'), 'duplicate_in_file', { row: first });
          ok = false;
        } else seen.set(key, rec.row);
      }
      const invoiceDate = typeof v.invoice_date === 'string' ? v.invoice_date : null;
      if (invoiceDate && invoiceDate > today) {
        report.error(sh, rec.row, col('invoice_date'), 'date_after_today');
        ok = false;
      }
      const due = typeof v.due_date === 'string' ? v.due_date : null;
      if (due && invoiceDate && due < invoiceDate) {
        report.error(sh, rec.row, col('due_date'), 'due_before_invoice');
        ok = false;
      }
      const amount = typeof v.amount === 'number' ? v.amount : null;
      if (amount === 0) {
        report.error(sh, rec.row, col('amount'), 'opening_amount_zero');
        ok = false;
      } else if (amount !== null && amount < 0) {
        report.error(sh, rec.row, col('amount'), 'opening_amount_negative');
        ok = false;
      }
      const notes = str(v.notes);
      if (notes && notes.length > MAX_NOTES) {
        report.error(sh, rec.row, col('notes'), 'too_long', { max: MAX_NOTES });
        ok = false;
      }
      if (!ok || !c || !number || !invoiceDate || amount === null) continue;
      plan.rows.push({
        rec,
        item: {
          customer_id: c.id,
          legacy_number: number,
          invoice_date: invoiceDate,
          due_date: due ?? dueDate(invoiceDate, c),
          total: amount,
          notes,
        },
      });
    }
    // Already imported for that customer.
    const imported = new Map<string, string>();
    await inChunks([...new Set(plan.rows.map((r) => r.item.customer_id))], 300, async (part) => {
      const rows = await ctx.db.all<{ customer_id: number; legacy_number: string; number: string }>(
        `SELECT customer_id, legacy_number, number FROM invoices WHERE legacy_number IS NOT NULL AND customer_id IN (${placeholders(part.length)})`,
        part,
      );
      for (const r of rows) imported.set(`${Number(r.customer_id)}|${r.legacy_number}`, r.number);
    });
    plan.rows = plan.rows.filter((r) => {
      const number = imported.get(`${r.item.customer_id}|${r.item.legacy_number}`);
      if (number === undefined) return true;
      report.error(sh, r.rec.row, col('legacy_number'), 'opening_already_imported', {
        value: r.item.legacy_number,
        number,
      });
      return false;
    });
    return plan;
  },

  summary(p) {
    return [
      { label: { zh: '期初应收单据', en: 'Opening items' }, count: p.rows.length },
      { label: { zh: '客户', en: 'Customers' }, count: new Set(p.rows.map((r) => r.item.customer_id)).size },
    ];
  },

  needsConfirmation() {
    return 0;
  },

  async commit(ctx, p, progress) {
    const total = p.rows.length;
    const r = await postOpeningInvoices(
      ctx,
      p.rows.map((x) => x.item),
      async (done) => {
        await progress(done, total);
        await yieldToEventLoop();
      },
    );
    const sum = p.rows.reduce((s, x) => s + x.item.total, 0);
    const range = r.numbers.length
      ? `（${[...r.numbers].sort()[0]} – ${[...r.numbers].sort()[r.numbers.length - 1]}）`
      : '';
    return `导入期初应收 ${total} 笔，合计 ¥${formatFen(sum)}${range}${
      r.applied ? `，冲预收 ¥${formatFen(r.applied)}` : ''
    }`;
  },

  async exportSheets(ctx, { lang }) {
    const scope = await customerScope(ctx, 'i');
    const rows: unknown[][] = [];
    let last = 0;
    for (;;) {
      const page = await ctx.db.all<Record<string, unknown>>(
        `SELECT i.id, c.legal_name AS customer, COALESCE(i.legacy_number, i.number) AS legacy_number, i.invoice_date, i.due_date,
           i.open_amount AS amount, i.notes
         FROM invoices i JOIN customers c ON c.id = i.customer_id
         WHERE i.id > ? AND i.kind = 'invoice' AND i.status = 'approved' AND i.open_amount > 0${
           scope ? ` AND ${scope.clause}` : ''
         }
         ORDER BY i.id LIMIT 1000`,
        [last, ...(scope?.params ?? [])],
      );
      if (!page.length) break;
      last = Number(page[page.length - 1]!.id);
      for (const r of page) {
        const values: Record<string, unknown> = { ...r, amount: Number(r.amount) };
        rows.push(OPENING_RECEIVABLES_SHEET.columns.map((c) => values[c.key] ?? null));
      }
      await yieldToEventLoop();
    }
    return [outSheet(OPENING_RECEIVABLES_SHEET, rows, lang)];
  },
};
