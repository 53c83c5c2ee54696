import type { Db } from '../../db/database';
import type { ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { fill, MESSAGES } from '../../../../shared/messages';
import { ACTION_LABELS, STATUS_LABELS, can } from '../../../../shared/status';
import {
  computeLine,
  formatQty,
  netUnitPrice,
  sumFigures,
  type LineFigures,
} from '../../../../shared/pricing';
import type { LineInput } from '../../../../shared/contract/sales';
import { placeholders } from '../common/list';
import { toBool } from '../common/text';
import type { CreditRules } from '../../../../shared/contract/sales';
import { formatFen } from '../../../../shared/money';

type Raw = Record<string, unknown>;

/** Refuses an action the document's life cycle does not allow, naming the status and the action. */
export function guard<M extends Record<string, { from: readonly string[] }>>(
  machine: M,
  status: string,
  action: keyof M & string,
  doc: { zh: string; en: string },
): void {
  if (can(machine, status, action)) return;
  const s = STATUS_LABELS[status] ?? { zh: status, en: status };
  const a = ACTION_LABELS[action] ?? { zh: action, en: action };
  throw new AppError(
    'BUSINESS_RULE',
    fill(MESSAGES.bad_status.zh, { doc: doc.zh, status: s.zh, action: a.zh }),
    fill(MESSAGES.bad_status.en, { doc: doc.en, status: s.en.toLowerCase(), action: a.en }),
  );
}

export const fieldError = (path: (string | number)[], zh: string, en: string): AppError =>
  new AppError('VALIDATION', zh, en, [{ path, message_zh: zh, message_en: en }]);

/* ------------------------------------------------------------------ lines */

export interface BuiltLine extends LineFigures {
  line_no: number;
  product_id: number;
  name: string;
  spec: string | null;
  unit: string;
  qty: number;
  unit_price: number;
  discount_bp: number;
  tax_rate: number;
  floor_price: number;
  notes: string | null;
}

/** Resolves products, snapshots name / spec / unit / floor price, computes the line figures. */
export async function buildLines(
  db: Db,
  lines: LineInput[],
): Promise<{ lines: BuiltLine[]; totals: LineFigures }> {
  const ids = [...new Set(lines.map((l) => l.product_id))];
  const rows = await db.all<Raw>(
    `SELECT id, code, name, spec, unit, tax_rate, floor_price, active FROM products WHERE id IN (${placeholders(ids.length)})`,
    ids,
  );
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const built = lines.map((l, i): BuiltLine => {
    const p = byId.get(l.product_id);
    if (!p)
      throw fieldError(
        ['lines', i, 'product_id'],
        `第 ${i + 1} 行 · 产品不存在`,
        `row ${i + 1} · product not found`,
      );
    if (!toBool(p.active)) {
      throw fieldError(
        ['lines', i, 'product_id'],
        `第 ${i + 1} 行 · 产品 ${String(p.code)} ${MESSAGES.inactive_ref.zh}`,
        `row ${i + 1} · product ${String(p.code)} ${MESSAGES.inactive_ref.en}`,
      );
    }
    const taxRate = l.tax_rate ?? Number(p.tax_rate);
    const discount = l.discount_bp ?? 0;
    const f = computeLine(l.qty, l.unit_price, discount, taxRate);
    return {
      line_no: i + 1,
      product_id: l.product_id,
      name: String(p.name),
      spec: (p.spec as string | null) ?? null,
      unit: String(p.unit),
      qty: l.qty,
      unit_price: l.unit_price,
      discount_bp: discount,
      tax_rate: taxRate,
      floor_price: Number(p.floor_price),
      notes: l.notes ?? null,
      ...f,
    };
  });
  return { lines: built, totals: sumFigures(built) };
}

/** Why a document needs a sales manager's approval (discount above the limit, net price below the floor). */
export function approvalReasons(lines: BuiltLine[], rules: CreditRules): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.discount_bp > rules.discount_approval_bp) {
      out.push(
        `第 ${l.line_no} 行 ${l.name} 折扣 ${(l.discount_bp / 100).toFixed(1)}% 超过 ${(rules.discount_approval_bp / 100).toFixed(1)}%`,
      );
    }
    const net = netUnitPrice(l.unit_price, l.discount_bp);
    if (rules.floor_price_approval && l.floor_price > 0 && net < l.floor_price) {
      out.push(
        `第 ${l.line_no} 行 ${l.name} 成交价 ¥${formatFen(net)} 低于最低限价 ¥${formatFen(l.floor_price)}`,
      );
    }
  }
  return out;
}

/* ------------------------------------------------------------------ stock */

export async function ensureStock(
  db: Db,
  productId: number,
  warehouseId: number,
  nowIso: string,
): Promise<void> {
  await db.run(
    'INSERT INTO stock (product_id, warehouse_id, on_hand, reserved, updated_at) VALUES (?, ?, 0, 0, ?) ON CONFLICT DO NOTHING',
    [productId, warehouseId, nowIso],
  );
}

/**
 * Locks stock rows in a fixed order (product, warehouse) so that concurrent documents cannot deadlock:
 * the missing rows created in one statement, then all of them read FOR UPDATE in one statement whose
 * ORDER BY is the locking order.
 */
export async function lockStock(
  db: Db,
  keys: { product_id: number; warehouse_id: number }[],
  nowIso: string,
): Promise<Map<string, { on_hand: number; reserved: number }>> {
  const uniq = [...new Map(keys.map((k) => [`${k.product_id}:${k.warehouse_id}`, k])).values()].sort(
    (a, b) => a.product_id - b.product_id || a.warehouse_id - b.warehouse_id,
  );
  const out = new Map<string, { on_hand: number; reserved: number }>();
  if (uniq.length === 0) return out;
  await db.run(
    `INSERT INTO stock (product_id, warehouse_id, on_hand, reserved, updated_at) VALUES ${uniq.map(() => '(?, ?, 0, 0, ?)').join(', ')} ON CONFLICT DO NOTHING`,
    uniq.flatMap((k) => [k.product_id, k.warehouse_id, nowIso]),
  );
  const rows = await db.all<{ product_id: number; warehouse_id: number; on_hand: number; reserved: number }>(
    `SELECT product_id, warehouse_id, on_hand, reserved FROM stock WHERE ${uniq.map(() => '(product_id = ? AND warehouse_id = ?)').join(' OR ')}
     ORDER BY product_id, warehouse_id${db.forUpdate}`,
    uniq.flatMap((k) => [k.product_id, k.warehouse_id]),
  );
  for (const r of rows) {
    out.set(`${Number(r.product_id)}:${Number(r.warehouse_id)}`, {
      on_hand: Number(r.on_hand),
      reserved: Number(r.reserved),
    });
  }
  return out;
}

/** Reserves (or releases, negative) quantities of several products in one warehouse, in one statement. */
export async function reserveStock(
  db: Db,
  warehouseId: number,
  qtyByProduct: Map<number, number>,
  nowIso: string,
): Promise<void> {
  const ps = [...qtyByProduct].filter(([, q]) => q !== 0);
  if (ps.length === 0) return;
  await db.run(
    `UPDATE stock SET reserved = reserved + CASE product_id ${ps.map(() => 'WHEN ? THEN CAST(? AS BIGINT)').join(' ')} ELSE 0 END, updated_at = ?
     WHERE warehouse_id = ? AND product_id IN (${placeholders(ps.length)})`,
    [...ps.flat(), nowIso, warehouseId, ...ps.map(([p]) => p)],
  );
}

export async function changeStock(
  db: Db,
  productId: number,
  warehouseId: number,
  delta: { on_hand?: number; reserved?: number },
  nowIso: string,
): Promise<void> {
  await db.run(
    'UPDATE stock SET on_hand = on_hand + ?, reserved = reserved + ?, updated_at = ? WHERE product_id = ? AND warehouse_id = ?',
    [delta.on_hand ?? 0, delta.reserved ?? 0, nowIso, productId, warehouseId],
  );
}

export async function recordMove(
  ctx: ServiceContext,
  m: {
    product_id: number;
    warehouse_id: number;
    qty: number;
    doc_type: string;
    doc_id: number;
    doc_number: string | null;
  },
): Promise<void> {
  await ctx.db.run(
    'INSERT INTO stock_moves (product_id, warehouse_id, qty, doc_type, doc_id, doc_number, moved_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [
      m.product_id,
      m.warehouse_id,
      m.qty,
      m.doc_type,
      m.doc_id,
      m.doc_number,
      ctx.nowIso(),
      ctx.user?.id ?? null,
    ],
  );
}

/**
 * The customer's price for a product (一客一价): set by an approved order (its id and date) or by a price
 * list (order null, the date it takes effect). A price dated earlier than the one on record does not replace it.
 */
export async function upsertCustomerPrice(
  db: Db,
  p: {
    customer_id: number;
    product_id: number;
    unit_price: number;
    discount_bp: number;
    order_id: number | null;
    date: string;
  },
): Promise<void> {
  await db.run(
    `INSERT INTO customer_prices (customer_id, product_id, unit_price, discount_bp, order_id, order_date) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (customer_id, product_id) DO UPDATE SET unit_price = excluded.unit_price, discount_bp = excluded.discount_bp,
       order_id = excluded.order_id, order_date = excluded.order_date
     WHERE excluded.order_date >= customer_prices.order_date`,
    [p.customer_id, p.product_id, p.unit_price, p.discount_bp, p.order_id, p.date],
  );
}

export const qtyText = formatQty;

/** The year a document's number belongs to: the year of its date. */
export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
