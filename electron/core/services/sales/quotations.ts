import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import type { ParsedInputOf } from '../../../../shared/contract';
import { notFound, versionConflict } from '../../rpc/errors';
import type { QuotationDetail, QuotationRow } from '../../../../shared/contract/sales';
import { QUOTATION_MACHINE, type OrderStatus, type QuotationStatus } from '../../../../shared/status';
import { formatQty } from '../../../../shared/pricing';
import { lockRow, placeholders, runList, type ListSpec } from '../common/list';
import { formatNumber, nextNumber } from '../common/numbering';
import { toBool } from '../common/text';
import { loadRules } from './credit';
import { approvalReasons, buildLines, fieldError, guard, yearOf, type BuiltLine } from './common';
import { checkHeader, createOrderDraft, orderDetail, orderScope } from './orders';
import { MESSAGES, fill } from '../../../../shared/messages';

type Raw = Record<string, unknown>;
const DOC = { zh: '报价单', en: 'quotation' };

const ROW_SELECT = `q.id, q.number, q.status, q.customer_id, c.legal_name AS customer_name, q.salesperson_id, s.name AS salesperson_name,
  q.quote_date, q.valid_until, q.total, q.needs_approval, q.updated_at, q.version,
  (SELECT COALESCE(SUM(CASE WHEN ql.converted_qty >= ql.qty THEN 1 ELSE 0 END), 0) FROM quotation_lines ql WHERE ql.quotation_id = q.id) AS full_lines,
  (SELECT COALESCE(SUM(CASE WHEN ql.converted_qty > 0 THEN 1 ELSE 0 END), 0) FROM quotation_lines ql WHERE ql.quotation_id = q.id) AS touched_lines,
  (SELECT COUNT(*) FROM quotation_lines ql WHERE ql.quotation_id = q.id) AS line_count`;
const ROW_FROM =
  'quotations q JOIN customers c ON c.id = q.customer_id JOIN users s ON s.id = q.salesperson_id';

const spec: ListSpec = {
  from: ROW_FROM,
  select: ROW_SELECT,
  fields: {
    number: { sql: 'q.number', type: 'text' },
    status: { sql: 'q.status', type: 'enum' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    salesperson_name: { sql: 's.name', type: 'text' },
    quote_date: { sql: 'q.quote_date', type: 'date' },
    valid_until: { sql: 'q.valid_until', type: 'date' },
    total: { sql: 'q.total', type: 'number' },
    updated_at: { sql: 'q.updated_at', type: 'date' },
  },
  search: ['q.number', 'c.legal_name', 'c.short_name', 'c.py'],
  defaultSort: { field: 'quote_date', dir: 'desc' },
  tiebreak: 'q.id DESC',
};

function toRow(r: Raw): QuotationRow {
  const full = Number(r.full_lines);
  const touched = Number(r.touched_lines);
  const count = Number(r.line_count);
  return {
    id: Number(r.id),
    number: (r.number as string | null) ?? null,
    status: r.status as QuotationStatus,
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    salesperson_id: Number(r.salesperson_id),
    salesperson_name: String(r.salesperson_name),
    quote_date: String(r.quote_date),
    valid_until: (r.valid_until as string | null) ?? null,
    total: Number(r.total),
    needs_approval: toBool(r.needs_approval),
    conversion: count > 0 && full === count ? 'full' : touched > 0 ? 'partial' : 'none',
    updated_at: String(r.updated_at),
    version: Number(r.version),
  };
}

/** Quotations are visible like orders: the salesperson's own and those of customers in scope. */
async function scopeFor(ctx: ServiceContext) {
  return orderScope(ctx.db, ctx.requireUser(), 'q');
}

async function requireVisible(ctx: ServiceContext, id: number): Promise<void> {
  const scope = await scopeFor(ctx);
  const r = await ctx.db.get(
    `SELECT q.id FROM quotations q WHERE q.id = ?${scope ? ` AND ${scope.clause}` : ''}`,
    [id, ...(scope?.params ?? [])],
  );
  if (!r) throw notFound('报价单', 'Quotation');
}

async function detail(ctx: ServiceContext, id: number): Promise<QuotationDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${ROW_SELECT}, q.contact_id, ct.name AS contact_name, q.terms, q.notes, q.amount, q.tax, q.approval_reason,
       q.reject_reason, q.void_reason, q.approved_by, ab.name AS approved_by_name, q.approved_at
     FROM ${ROW_FROM} LEFT JOIN contacts ct ON ct.id = q.contact_id LEFT JOIN users ab ON ab.id = q.approved_by WHERE q.id = ?`,
    [id],
  );
  if (!r) throw notFound('报价单', 'Quotation');
  const lines = await ctx.db.all<Raw>(
    'SELECT l.*, p.code AS product_code FROM quotation_lines l JOIN products p ON p.id = l.product_id WHERE l.quotation_id = ? ORDER BY l.line_no',
    [id],
  );
  const orders = await ctx.db.all<Raw>(
    'SELECT id, number, status, total FROM sales_orders WHERE quotation_id = ? ORDER BY id',
    [id],
  );
  return {
    ...toRow(r),
    contact_id: r.contact_id == null ? null : Number(r.contact_id),
    contact_name: (r.contact_name as string | null) ?? null,
    terms: (r.terms as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
    amount: Number(r.amount),
    tax: Number(r.tax),
    approval_reason: (r.approval_reason as string | null) ?? null,
    reject_reason: (r.reject_reason as string | null) ?? null,
    void_reason: (r.void_reason as string | null) ?? null,
    approved_by:
      r.approved_by == null ? null : { id: Number(r.approved_by), name: String(r.approved_by_name) },
    approved_at: (r.approved_at as string | null) ?? null,
    lines: lines.map((l) => ({
      id: Number(l.id),
      line_no: Number(l.line_no),
      product_id: Number(l.product_id),
      product_code: String(l.product_code),
      name: String(l.name),
      spec: (l.spec as string | null) ?? null,
      unit: String(l.unit),
      qty: Number(l.qty),
      unit_price: Number(l.unit_price),
      discount_bp: Number(l.discount_bp),
      tax_rate: Number(l.tax_rate),
      amount: Number(l.amount),
      tax: Number(l.tax),
      total: Number(l.total),
      floor_price: Number(l.floor_price),
      notes: (l.notes as string | null) ?? null,
      converted_qty: Number(l.converted_qty),
    })),
    orders: orders.map((o) => ({
      id: Number(o.id),
      number: (o.number as string | null) ?? null,
      status: o.status as OrderStatus,
      total: Number(o.total),
    })),
  };
}

async function writeLines(ctx: ServiceContext, id: number, lines: BuiltLine[]): Promise<void> {
  await ctx.db.run('DELETE FROM quotation_lines WHERE quotation_id = ?', [id]);
  for (const l of lines) {
    await ctx.db.insert('quotation_lines', {
      quotation_id: id,
      line_no: l.line_no,
      product_id: l.product_id,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      qty: l.qty,
      unit_price: l.unit_price,
      discount_bp: l.discount_bp,
      tax_rate: l.tax_rate,
      amount: l.amount,
      tax: l.tax,
      total: l.total,
      floor_price: l.floor_price,
      converted_qty: 0,
      notes: l.notes,
    });
  }
}

async function lockQuotation(ctx: ServiceContext, id: number, version?: number): Promise<Raw> {
  await requireVisible(ctx, id);
  await lockRow(ctx.db, 'quotations', id);
  const q = await ctx.db.get<Raw>('SELECT * FROM quotations WHERE id = ?', [id]);
  if (!q) throw notFound('报价单', 'Quotation');
  if (version !== undefined && Number(q.version) !== version) throw versionConflict();
  return q;
}

async function setStatus(
  ctx: ServiceContext,
  id: number,
  status: QuotationStatus,
  extra: Record<string, unknown> = {},
) {
  const cols = { status, ...extra };
  await ctx.db.run(
    `UPDATE quotations SET ${Object.keys(cols)
      .map((k) => `${k} = ?`)
      .join(', ')}, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
    [...Object.values(cols), ctx.requireUser().id, ctx.nowIso(), id],
  );
}

async function approve(ctx: ServiceContext, q: Raw): Promise<string> {
  const year = yearOf(String(q.quote_date));
  const number = formatNumber('QT', year, await nextNumber(ctx.db, 'QT', year));
  await setStatus(ctx, Number(q.id), 'approved', {
    number,
    approved_by: ctx.requireUser().id,
    approved_at: ctx.nowIso(),
  });
  return number;
}

/* ------------------------------------------------------------------ for other areas */

/** Called inside quotations.delete before a draft goes: links other areas keep to it go first. */
type QuotationDeleteHook = (db: Db, quotationId: number) => Promise<void>;
const deleteHooks: QuotationDeleteHook[] = [];
export function onQuotationDelete(h: QuotationDeleteHook): void {
  deleteHooks.push(h);
}

type QuotationInput = ParsedInputOf<'quotations.create'>;

/** Creates a draft quotation (checks, line figures, approval reasons) in the caller's transaction; returns its id. */
export async function createQuotationDraft(ctx: ServiceContext, input: QuotationInput): Promise<number> {
  const user = ctx.requireUser();
  const { salespersonId } = await checkHeader(ctx, input);
  const { lines, totals } = await buildLines(ctx.db, input.lines);
  const reasons = approvalReasons(lines, await loadRules(ctx.db));
  const now = ctx.nowIso();
  const id = await ctx.db.insert('quotations', {
    number: null,
    status: 'draft',
    customer_id: input.customer_id,
    contact_id: input.contact_id,
    salesperson_id: salespersonId,
    quote_date: input.quote_date,
    valid_until: input.valid_until,
    terms: input.terms,
    notes: input.notes,
    ...totals,
    needs_approval: reasons.length > 0,
    approval_reason: reasons.length ? reasons.join('；').slice(0, 500) : null,
    created_by: user.id,
    updated_by: user.id,
    created_at: now,
    updated_at: now,
    version: 0,
  });
  await writeLines(ctx, id, lines);
  return id;
}

/** The quotation as quotations.get returns it (no visibility check: the caller made one). */
export const quotationDetail = (ctx: ServiceContext, id: number): Promise<QuotationDetail> => detail(ctx, id);

export const quotationHandlers: HandlersFor<'quotations.'> = {
  async 'quotations.list'(ctx, q) {
    const base = { clauses: [] as string[], params: [] as unknown[] };
    const scope = await scopeFor(ctx);
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    if (q.status?.length) {
      base.clauses.push(`q.status IN (${placeholders(q.status.length)})`);
      base.params.push(...q.status);
    }
    if (q.customer_id) {
      base.clauses.push('q.customer_id = ?');
      base.params.push(q.customer_id);
    }
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return { rows: r.rows.map(toRow), total: r.total };
  },

  async 'quotations.get'(ctx, { id }) {
    await requireVisible(ctx, id);
    return detail(ctx, id);
  },

  async 'quotations.create'(ctx, input) {
    const id = await createQuotationDraft(ctx, input);
    ctx.audit(id, `新建报价单草稿 #${id}`);
    return detail(ctx, id);
  },

  async 'quotations.update'(ctx, input) {
    const q = await lockQuotation(ctx, input.id, input.version);
    guard(QUOTATION_MACHINE, String(q.status), 'edit', DOC);
    const { salespersonId } = await checkHeader(ctx, input);
    const { lines, totals } = await buildLines(ctx.db, input.lines);
    const reasons = approvalReasons(lines, await loadRules(ctx.db));
    await ctx.db.run(
      `UPDATE quotations SET customer_id = ?, contact_id = ?, salesperson_id = ?, quote_date = ?, valid_until = ?, terms = ?, notes = ?,
         amount = ?, tax = ?, total = ?, needs_approval = ?, approval_reason = ?, reject_reason = NULL,
         updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      [
        input.customer_id,
        input.contact_id,
        salespersonId,
        input.quote_date,
        input.valid_until,
        input.terms,
        input.notes,
        totals.amount,
        totals.tax,
        totals.total,
        reasons.length > 0,
        reasons.length ? reasons.join('；').slice(0, 500) : null,
        ctx.requireUser().id,
        ctx.nowIso(),
        input.id,
      ],
    );
    await writeLines(ctx, input.id, lines);
    ctx.audit(input.id, `修改报价单草稿 #${input.id}`);
    return detail(ctx, input.id);
  },

  async 'quotations.delete'(ctx, { id, version }) {
    const q = await lockQuotation(ctx, id, version);
    guard(QUOTATION_MACHINE, String(q.status), 'delete', DOC);
    for (const h of deleteHooks) await h(ctx.db, id);
    await ctx.db.run('DELETE FROM quotation_lines WHERE quotation_id = ?', [id]);
    await ctx.db.run('DELETE FROM quotations WHERE id = ?', [id]);
    ctx.audit(id, `删除报价单草稿 #${id}`);
    return { ok: true as const };
  },

  async 'quotations.submit'(ctx, { id, version }) {
    const q = await lockQuotation(ctx, id, version);
    guard(QUOTATION_MACHINE, String(q.status), 'submitForApproval', DOC);
    const lines = await ctx.db.all<Raw>(
      'SELECT product_id, qty, unit_price, discount_bp, tax_rate FROM quotation_lines WHERE quotation_id = ? ORDER BY line_no',
      [id],
    );
    const built = await buildLines(
      ctx.db,
      lines.map((l) => ({
        product_id: Number(l.product_id),
        qty: Number(l.qty),
        unit_price: Number(l.unit_price),
        discount_bp: Number(l.discount_bp),
        tax_rate: Number(l.tax_rate),
      })),
    );
    const reasons = approvalReasons(built.lines, await loadRules(ctx.db));
    if (reasons.length > 0 && !ctx.requireUser().permissions.has('sales.approve')) {
      await setStatus(ctx, id, 'submitted', {
        needs_approval: true,
        approval_reason: reasons.join('；').slice(0, 500),
      });
      ctx.audit(id, `报价单提交审批 #${id}：${reasons.join('；')}`);
    } else {
      const number = await approve(ctx, q);
      ctx.audit(id, `报价单审核 ${number}`);
    }
    return detail(ctx, id);
  },

  async 'quotations.approve'(ctx, { id, version }) {
    const q = await lockQuotation(ctx, id, version);
    guard(QUOTATION_MACHINE, String(q.status), 'approve', DOC);
    const number = await approve(ctx, q);
    ctx.audit(id, `报价单审批通过 ${number}${q.approval_reason ? `（${String(q.approval_reason)}）` : ''}`);
    return detail(ctx, id);
  },

  async 'quotations.reject'(ctx, { id, version, reason }) {
    const q = await lockQuotation(ctx, id, version);
    guard(QUOTATION_MACHINE, String(q.status), 'reject', DOC);
    await setStatus(ctx, id, 'draft', { reject_reason: reason });
    ctx.audit(id, `报价单审批驳回 #${id}：${reason}`);
    return detail(ctx, id);
  },

  async 'quotations.void'(ctx, { id, version, reason }) {
    const q = await lockQuotation(ctx, id, version);
    guard(QUOTATION_MACHINE, String(q.status), 'void', DOC);
    const live = await ctx.db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM sales_orders WHERE quotation_id = ? AND status <> 'void'",
      [id],
    );
    if (Number(live?.n ?? 0) > 0)
      throw fieldError(
        [],
        '报价单已转订单，不能作废（可结案）',
        'The quotation has orders; close it instead of voiding',
      );
    await setStatus(ctx, id, 'void', { void_reason: reason });
    ctx.audit(id, `报价单作废 ${String(q.number ?? `#${id}`)}：${reason}`);
    return detail(ctx, id);
  },

  async 'quotations.close'(ctx, { id, version, reason }) {
    const q = await lockQuotation(ctx, id, version);
    guard(QUOTATION_MACHINE, String(q.status), 'close', DOC);
    await setStatus(ctx, id, 'closed', { void_reason: reason });
    ctx.audit(id, `报价单结案 ${String(q.number)}：${reason}`);
    return detail(ctx, id);
  },

  async 'quotations.toOrder'(ctx, input) {
    const q = await lockQuotation(ctx, input.id);
    guard(QUOTATION_MACHINE, String(q.status), 'convert', DOC);
    const lines = await ctx.db.all<Raw>('SELECT * FROM quotation_lines WHERE quotation_id = ?', [input.id]);
    const byId = new Map(lines.map((l) => [Number(l.id), l]));
    const picked = input.lines.map((p, i) => {
      const l = byId.get(p.quotation_line_id);
      if (!l)
        throw fieldError(
          ['lines', i, 'quotation_line_id'],
          `第 ${i + 1} 行 · 不是该报价单的明细`,
          `row ${i + 1} · not a line of this quotation`,
        );
      const remaining = Number(l.qty) - Number(l.converted_qty);
      if (p.qty > remaining) {
        const m = fill(MESSAGES.exceeds_quotation.zh, { remaining: formatQty(remaining) });
        const e = fill(MESSAGES.exceeds_quotation.en, { remaining: formatQty(remaining) });
        throw fieldError(['lines', i, 'qty'], `第 ${i + 1} 行 · 数量：${m}`, `row ${i + 1} · quantity: ${e}`);
      }
      return { l, qty: p.qty };
    });
    const orderId = await createOrderDraft(
      ctx,
      {
        customer_id: Number(q.customer_id),
        contact_id: (q.contact_id as number | null) ?? null,
        salesperson_id: Number(q.salesperson_id),
        order_date: input.order_date,
        delivery_date: input.delivery_date,
        warehouse_id: input.warehouse_id,
        delivery_address: null,
        receiver: null,
        receiver_phone: null,
        customer_po: null,
        notes: q.number ? `来自报价单 ${String(q.number)}` : null,
        lines: picked.map(({ l, qty }) => ({
          product_id: Number(l.product_id),
          qty,
          unit_price: Number(l.unit_price),
          discount_bp: Number(l.discount_bp),
          tax_rate: Number(l.tax_rate),
          notes: (l.notes as string | null) ?? null,
        })),
      },
      { quotation_id: input.id, quotation_line_ids: picked.map(({ l }) => Number(l.id)) },
    );
    for (const { l, qty } of picked) {
      await ctx.db.run('UPDATE quotation_lines SET converted_qty = converted_qty + ? WHERE id = ?', [
        qty,
        Number(l.id),
      ]);
    }
    // Fully converted: the quotation closes by itself.
    const open = await ctx.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM quotation_lines WHERE quotation_id = ? AND converted_qty < qty',
      [input.id],
    );
    if (Number(open?.n ?? 0) === 0) await setStatus(ctx, input.id, 'closed');
    else
      await ctx.db.run('UPDATE quotations SET updated_at = ?, version = version + 1 WHERE id = ?', [
        ctx.nowIso(),
        input.id,
      ]);
    ctx.audit(orderId, `报价单 ${String(q.number)} 转订单草稿 #${orderId}`);
    return orderDetail(ctx, orderId);
  },
};
