import type { Db } from '../../db/database';
import { AppError } from '../../rpc/errors';
import { getSetting } from '../common/settings';
import { toBool } from '../common/text';
import {
  DEFAULT_CREDIT_RULES,
  creditRules as creditRulesSchema,
  type CreditBreakdown,
  type CreditCheck,
  type CreditRules,
} from '../../../../shared/contract/sales';
import { formatFen } from '../../../../shared/money';

/**
 * Credit control (信用控制). Exposure of a customer =
 *   receivable (open invoice amounts) + delivered-not-invoiced + approved orders not yet delivered
 *   + the document being checked − unapplied advances.
 * Every part is a maintained balance in customer_balances, updated in the same transaction as the
 * document that changes it; a check reads one row (locked FOR UPDATE on PostgreSQL while the document
 * that depends on it commits) plus the customer's limit and the overdue summary.
 */

export type BalanceField = 'receivable' | 'delivered_uninvoiced' | 'open_orders' | 'advances';

export async function loadRules(db: Db): Promise<CreditRules> {
  const raw = await getSetting<unknown>(db, 'credit_rules', null);
  const parsed = creditRulesSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_CREDIT_RULES;
}

/** Creates the balance row if missing. */
export async function ensureBalance(db: Db, customerId: number, nowIso: string): Promise<void> {
  await db.run(
    'INSERT INTO customer_balances (customer_id, receivable, delivered_uninvoiced, open_orders, advances, updated_at, version) VALUES (?, 0, 0, 0, 0, ?, 0) ON CONFLICT DO NOTHING',
    [customerId, nowIso],
  );
}

/** Adds deltas to a customer's maintained balances (in the caller's transaction). */
export async function adjustBalance(
  db: Db,
  customerId: number,
  deltas: Partial<Record<BalanceField, number>>,
  nowIso: string,
): Promise<void> {
  const fields = Object.entries(deltas).filter(([, v]) => v !== 0 && v !== undefined) as [
    BalanceField,
    number,
  ][];
  if (fields.length === 0) return;
  await ensureBalance(db, customerId, nowIso);
  await db.run(
    `UPDATE customer_balances SET ${fields.map(([k]) => `${k} = ${k} + ?`).join(', ')}, updated_at = ?, version = version + 1 WHERE customer_id = ?`,
    [...fields.map(([, v]) => v), nowIso, customerId],
  );
}

export interface OverdueInfo {
  count: number;
  amount: number;
  oldestDays: number;
}

/**
 * Overdue open invoices of a customer as of `today`. Filled in by the invoicing module through
 * `setOverdueProvider` (it owns the invoice tables); without it nothing is overdue.
 */
type OverdueProvider = (db: Db, customerId: number, today: string) => Promise<OverdueInfo>;
let overdueProvider: OverdueProvider = async () => ({ count: 0, amount: 0, oldestDays: 0 });
export function setOverdueProvider(p: OverdueProvider): void {
  overdueProvider = p;
}

/** The exposure breakdown; `lock` takes the balance row FOR UPDATE (check-and-commit). */
export async function loadBreakdown(
  db: Db,
  customerId: number,
  opts: { today: string; nowIso: string; thisDocument?: number; lock?: boolean },
): Promise<CreditBreakdown> {
  // A check that commits something depending on it locks the row; a preview only reads (no row yet = zeros).
  if (opts.lock) await ensureBalance(db, customerId, opts.nowIso);
  const bal = (await db.get<Record<string, number>>(
    `SELECT receivable, delivered_uninvoiced, open_orders, advances FROM customer_balances WHERE customer_id = ?${opts.lock ? db.forUpdate : ''}`,
    [customerId],
  )) ?? { receivable: 0, delivered_uninvoiced: 0, open_orders: 0, advances: 0 };
  const c = await db.get<Record<string, unknown>>(
    'SELECT customer_type, bad_record, credit_limit, credit_days FROM customers WHERE id = ?',
    [customerId],
  );
  if (!c) throw new AppError('NOT_FOUND', '客户不存在', 'Customer not found');
  const temp = await db.get<{ extra: number | null; until: string | null }>(
    'SELECT SUM(extra_limit) AS extra, MAX(valid_until) AS until FROM credit_overrides WHERE customer_id = ? AND valid_until >= ?',
    [customerId, opts.today],
  );
  const overdue = await overdueProvider(db, customerId, opts.today);
  const receivable = Number(bal.receivable);
  const dni = Number(bal.delivered_uninvoiced);
  const open = Number(bal.open_orders);
  const adv = Number(bal.advances);
  const thisDoc = opts.thisDocument ?? 0;
  const creditLimit = Number(c.credit_limit);
  const tempLimit = Number(temp?.extra ?? 0);
  const limit = creditLimit + tempLimit;
  const exposure = receivable + dni + open + thisDoc - adv;
  return {
    customer_id: customerId,
    customer_type: c.customer_type === 'account' ? 'account' : 'cash',
    bad_record: toBool(c.bad_record),
    credit_limit: creditLimit,
    temp_limit: tempLimit,
    temp_limit_until: tempLimit > 0 ? (temp?.until ?? null) : null,
    effective_limit: limit,
    credit_days: Number(c.credit_days),
    receivable,
    delivered_uninvoiced: dni,
    open_orders: open,
    advances: adv,
    this_document: thisDoc,
    exposure,
    available: limit - exposure,
    usage_bp: limit > 0 ? Math.round((exposure * 10000) / limit) : null,
    overdue_count: overdue.count,
    overdue_amount: overdue.amount,
    oldest_overdue_days: overdue.oldestDays,
  };
}

type Reason = CreditCheck['reasons'][number];
const reason = (code: string, zh: string, en: string): Reason => ({ code, message_zh: zh, message_en: en });
const pct = (bp: number) => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 1)}%`;

/**
 * Applies the rules of a stage to a breakdown. Pure: the same inputs give the same outcome.
 * - order: account customers against their limit (warn / hold thresholds) and the overdue rule;
 *   bad-record customers need full prepayment; cash customers are controlled at shipment.
 * - shipment: the same limit rules (the shipment itself does not change exposure: it moves an order's
 *   value from open orders to delivered), cash customers need payment (advance or collection on
 *   delivery), bad-record customers need prepayment; orders released by finance pass.
 * - invoice: limit rules as configured, but not the overdue rule: the goods are already delivered, and
 *   holding their invoice would only delay collecting the money the overdue rule is worried about.
 */
export function evaluate(
  stage: CreditCheck['stage'],
  b: CreditBreakdown,
  rules: CreditRules,
  opts: { documentTotal?: number; collectOnDelivery?: boolean; released?: boolean } = {},
): CreditCheck {
  const reasons: Reason[] = [];
  let outcome: CreditCheck['outcome'] = 'pass';
  const raise = (o: CreditCheck['outcome']) => {
    if (o === 'hold' || (o === 'warn' && outcome === 'pass')) outcome = o;
  };
  const docTotal = opts.documentTotal ?? b.this_document;

  if (b.bad_record && rules.bad_record_prepay) {
    // Only on prepayment: advances must cover everything owed including this document.
    if (b.exposure > 0) {
      raise('hold');
      reasons.push(
        reason(
          'bad_record_prepay',
          `客户有不良记录，只能预付款交易：尚需预付 ¥${formatFen(b.exposure)}`,
          `Customer has a bad record and trades only on prepayment: ¥${formatFen(b.exposure)} more prepayment needed`,
        ),
      );
    }
    return { stage, outcome, reasons, breakdown: b };
  }

  if (stage === 'shipment' && b.customer_type === 'cash' && rules.cash_requires_payment) {
    if (b.advances < docTotal && !opts.collectOnDelivery) {
      raise('hold');
      reasons.push(
        reason(
          'cash_requires_payment',
          `现款客户须先付款或货到收款：本单 ¥${formatFen(docTotal)}，预收 ¥${formatFen(b.advances)}`,
          `Cash customer: pay in advance or collect on delivery (this shipment ¥${formatFen(docTotal)}, advances ¥${formatFen(b.advances)})`,
        ),
      );
    }
    return { stage, outcome, reasons, breakdown: b };
  }

  if (b.customer_type === 'cash') {
    if (stage === 'order') {
      reasons.push(
        reason('cash_customer', '现款客户：发货前须收款', 'Cash customer: payment is due before shipment'),
      );
    }
    return { stage, outcome, reasons, breakdown: b };
  }

  if (opts.released) {
    reasons.push(reason('released', '订单已由财务信用放行', 'The order was released by finance'));
    return { stage, outcome, reasons, breakdown: b };
  }

  if (
    stage !== 'invoice' &&
    rules.overdue_block_days != null &&
    b.overdue_count > 0 &&
    b.oldest_overdue_days > rules.overdue_block_days
  ) {
    raise('hold');
    reasons.push(
      reason(
        'overdue',
        `有 ${b.overdue_count} 张发票逾期（最长 ${b.oldest_overdue_days} 天，超过 ${rules.overdue_block_days} 天），逾期金额 ¥${formatFen(b.overdue_amount)}`,
        `${b.overdue_count} invoice(s) overdue (up to ${b.oldest_overdue_days} days, over ${rules.overdue_block_days}), ¥${formatFen(b.overdue_amount)} overdue`,
      ),
    );
  }

  const rule = rules[stage];
  if (rule.mode !== 'off' && b.exposure > 0) {
    const limit = b.effective_limit;
    const usage = limit > 0 ? Math.round((b.exposure * 10000) / limit) : Number.POSITIVE_INFINITY;
    const shown = limit > 0 ? pct(usage) : '∞';
    if (usage >= rule.block_bp) {
      raise(rule.mode === 'block' ? 'hold' : 'warn');
      reasons.push(
        reason(
          'over_limit',
          limit > 0
            ? `超出信用额度：占用 ¥${formatFen(b.exposure)} / 额度 ¥${formatFen(limit)}（${shown}，冻结线 ${pct(rule.block_bp)}）`
            : `未设信用额度，占用 ¥${formatFen(b.exposure)}`,
          limit > 0
            ? `Over the credit limit: exposure ¥${formatFen(b.exposure)} / limit ¥${formatFen(limit)} (${shown}, hold at ${pct(rule.block_bp)})`
            : `No credit limit; exposure ¥${formatFen(b.exposure)}`,
        ),
      );
    } else if (usage >= rule.warn_bp) {
      raise('warn');
      reasons.push(
        reason(
          'near_limit',
          `接近信用额度：已用 ${shown}（预警线 ${pct(rule.warn_bp)}）`,
          `Near the credit limit: ${shown} used (warning at ${pct(rule.warn_bp)})`,
        ),
      );
    }
  }
  return { stage, outcome, reasons, breakdown: b };
}

export function creditError(check: CreditCheck): AppError {
  const zh = check.reasons.map((r) => r.message_zh).join('；');
  const en = check.reasons.map((r) => r.message_en).join('; ');
  return new AppError('BUSINESS_RULE', `信用控制：${zh}`, `Credit control: ${en}`, undefined, {
    credit: check,
  });
}
