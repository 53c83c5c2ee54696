/**
 * Where the CRM meets the other areas. The CRM depends on them, never the other way round: it registers
 * into the hooks they expose (shipment approval, quotation deletion, staff handover, target actuals).
 *
 * - A shipment approved → after-sales care scheduled for its customer (same transaction).
 * - A staff member leaves → their leads, open opportunities, follow-ups, after-sales tasks and complaints
 *   go to the successor in the same audited staff.leave action as their customers.
 * - Targets: visits (CRM check-ins) and complaints counted per person and month.
 * - A won opportunity → a draft quotation with its expected products (opportunities.toQuotation).
 */
import type { Db } from '../../db/database';
import type { HandlersFor } from '../../rpc/context';
import { localDate } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { STATUS_LABELS } from '../../../../shared/status';
import { message } from '../../../../shared/messages';
import { onShipmentApproved } from '../sales/shipments';
import { createQuotationDraft, onQuotationDelete, quotationDetail } from '../sales/quotations';
import { registerHandover } from '../staff/handover';
import {
  monthBuckets,
  registerActualsSource,
  toActualsRows,
  toDimensionRows,
  userFilter,
  type ActualsQuery,
} from '../targets/actuals';
import { lockRow } from '../common/list';
import { toBool } from '../common/text';
import { addDays, type Raw } from './common';
import { scheduleAfterSales } from './aftersales';
import { requireOpp } from './opportunities';
import { handoverCrm } from './handover';

/* ------------------------------------------------------------------ shipments → after-sales */

onShipmentApproved(async (ctx, s) => {
  await scheduleAfterSales(ctx.db, {
    customer_id: s.customer_id,
    source_type: 'shipment',
    source_id: s.id,
    delivered_on: s.ship_date,
    now: ctx.now(),
  });
});

/* ------------------------------------------------------------------ quotations made from opportunities */

// A draft quotation may be deleted in sales; its link goes with it.
onQuotationDelete(async (db, quotationId) => {
  await db.run('DELETE FROM crm_opportunity_quotations WHERE quotation_id = ?', [quotationId]);
});

/** Days a quotation made from an opportunity stays valid (as a new quotation on the quotation screen). */
const QUOTE_VALID_DAYS = 30;

export const quotationFromOpportunityHandlers: HandlersFor<'opportunities.toQuotation'> = {
  async 'opportunities.toQuotation'(ctx, { id }) {
    const user = ctx.requireUser();
    const opp = await requireOpp(ctx, id, 'read');
    await lockRow(ctx.db, 'crm_opportunities', id); // two clicks on two PCs make one quotation
    if (opp.status !== 'won') throw AppError.of('BUSINESS_RULE', 'opp_quote_not_won', { code: opp.code });
    const existing = await ctx.db.get<Raw>(
      `SELECT q.id, q.number, q.status FROM crm_opportunity_quotations l JOIN quotations q ON q.id = l.quotation_id
       WHERE l.opportunity_id = ? AND q.status <> 'void' ORDER BY q.id LIMIT 1`,
      [id],
    );
    if (existing) {
      const s = STATUS_LABELS[String(existing.status)] ?? {
        zh: String(existing.status),
        en: String(existing.status),
      };
      const p = {
        code: opp.code,
        quotation: (existing.number as string | null) ?? `#${String(existing.id)}`,
      };
      throw new AppError(
        'BUSINESS_RULE',
        message('opp_quote_exists', { ...p, status: s.zh }).zh,
        message('opp_quote_exists', { ...p, status: s.en.toLowerCase() }).en,
        undefined,
        { quotation_id: Number(existing.id) },
      );
    }
    const products = await ctx.db.all<Raw>(
      'SELECT product_id, qty, price, notes FROM crm_opportunity_products WHERE opportunity_id = ? ORDER BY line_no',
      [id],
    );
    if (products.length === 0)
      throw AppError.of('BUSINESS_RULE', 'opp_quote_no_products', { code: opp.code });
    // The opportunity's owner quotes, while they work here; otherwise the customer's owner (the default).
    const owner = await ctx.db.get<{ active: unknown }>('SELECT active FROM users WHERE id = ?', [
      opp.owner_id,
    ]);
    const today = localDate(ctx.now());
    const quotationId = await createQuotationDraft(ctx, {
      customer_id: opp.customer_id,
      contact_id: null,
      salesperson_id: owner && toBool(owner.active) ? opp.owner_id : undefined,
      quote_date: today,
      valid_until: addDays(today, QUOTE_VALID_DAYS),
      terms: null,
      notes: null,
      // Both keep quantities in thousandths and prices in fen per unit (tax included), so they carry over as they are.
      lines: products.map((p) => ({
        product_id: Number(p.product_id),
        qty: Number(p.qty),
        unit_price: Number(p.price),
        discount_bp: 0,
        notes: (p.notes as string | null) ?? null,
      })),
    });
    await ctx.db.run(
      'INSERT INTO crm_opportunity_quotations (quotation_id, opportunity_id, created_by, created_at) VALUES (?, ?, ?, ?)',
      [quotationId, id, user.id, ctx.nowIso()],
    );
    ctx.audit(quotationId, `商机 ${opp.code} 生成报价单草稿 #${quotationId}（${products.length} 行）`);
    return quotationDetail(ctx, quotationId);
  },
};

/* ------------------------------------------------------------------ staff handover */

const count = async (db: Db, sql: string, params: unknown[]) =>
  Number((await db.get<{ n: unknown }>(sql, params))?.n ?? 0);

/** What handoverCrm would move for a person (the preview before the leave is confirmed). */
export async function pendingCrmHandover(db: Db, userId: number): Promise<number> {
  return (
    (await count(db, "SELECT COUNT(*) AS n FROM crm_leads WHERE owner_id = ? AND status = 'open'", [
      userId,
    ])) +
    (await count(db, "SELECT COUNT(*) AS n FROM crm_opportunities WHERE owner_id = ? AND status = 'open'", [
      userId,
    ])) +
    (await count(
      db,
      `SELECT COUNT(*) AS n FROM crm_opportunity_owners oo JOIN crm_opportunities o ON o.id = oo.opportunity_id
       WHERE oo.user_id = ? AND o.status = 'open'`,
      [userId],
    )) +
    (await count(
      db,
      'SELECT COUNT(*) AS n FROM crm_activities WHERE followup_owner_id = ? AND followup_done = ?',
      [userId, false],
    )) +
    (await count(
      db,
      "SELECT COUNT(*) AS n FROM crm_aftersales_tasks WHERE assignee_id = ? AND status = 'open'",
      [userId],
    )) +
    (await count(db, "SELECT COUNT(*) AS n FROM crm_complaints WHERE owner_id = ? AND status <> 'closed'", [
      userId,
    ]))
  );
}

registerHandover(
  'crm',
  async (db, from, to, now) => {
    const c = await handoverCrm(db, from, to, new Date(now));
    return Object.values(c).reduce((a, b) => a + b, 0);
  },
  {
    label: {
      zh: '销售过程：线索、未结商机、待跟进、售后任务、投诉',
      en: 'Sales process: leads, open opportunities, follow-ups, after-sales tasks, complaints',
    },
    pending: pendingCrmHandover,
  },
);

/* ------------------------------------------------------------------ target actuals */

/** Visits logged in the CRM (a visit always has its check-in), by who visited and the local month. */
async function visits(db: Db, q: ActualsQuery, dim: string | null) {
  const b = monthBuckets('a.occurred_at', q.from, q.to);
  const f = userFilter('a.user_id', q.userIds);
  return db.all<Raw>(
    `SELECT a.user_id AS user_id, ${b.expr} AS month${dim ? `, ${dim} AS dim_id` : ''}, COUNT(*) AS value
     FROM crm_activities a WHERE a.type = 'visit' AND a.occurred_at >= ? AND a.occurred_at < ?${f.sql}
       ${dim ? `AND ${dim} IS NOT NULL ` : ''}GROUP BY 1, 2${dim ? ', 3' : ''}`,
    [...b.params, b.lo, b.hi, ...f.params],
  );
}

registerActualsSource({
  metric: 'visits',
  basis: 'crm',
  async byUserMonth(db, q) {
    return toActualsRows(await visits(db, q, null));
  },
  async byUserDimension(db, q) {
    if (q.dimension !== 'customer') return [];
    return toDimensionRows(await visits(db, q, 'a.customer_id'));
  },
});

/** Complaints and service requests received, by their handler (the customer's owner unless named) and month opened. */
async function complaints(db: Db, q: ActualsQuery, dim: string | null) {
  const b = monthBuckets('k.opened_at', q.from, q.to);
  const f = userFilter('k.owner_id', q.userIds);
  return db.all<Raw>(
    `SELECT k.owner_id AS user_id, ${b.expr} AS month${dim ? `, ${dim} AS dim_id` : ''}, COUNT(*) AS value
     FROM crm_complaints k WHERE k.opened_at >= ? AND k.opened_at < ?${f.sql}
       ${dim ? `AND ${dim} IS NOT NULL ` : ''}GROUP BY 1, 2${dim ? ', 3' : ''}`,
    [...b.params, b.lo, b.hi, ...f.params],
  );
}

registerActualsSource({
  metric: 'complaints',
  basis: 'crm',
  async byUserMonth(db, q) {
    return toActualsRows(await complaints(db, q, null));
  },
  async byUserDimension(db, q) {
    return toDimensionRows(
      await complaints(db, q, q.dimension === 'product' ? 'k.product_id' : 'k.customer_id'),
    );
  },
});
