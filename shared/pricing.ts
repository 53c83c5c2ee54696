import { applyRate, divRound, lineAmount, type Fen } from './money';

/**
 * Line pricing, the same on both sides (the order screen's live totals and the server's stored amounts).
 *
 * Unit prices are tax-inclusive (含税单价), as Chinese B2B customers are quoted; tax is separated from the
 * tax-inclusive line total (价税分离):
 *   gross    = qty × unit price                       (rounded half-up to the fen)
 *   discount = gross × discount rate                  (rounded)
 *   total    = gross − discount                       (含税金额: what the customer pays for the line)
 *   amount   = total × 10000 / (10000 + tax rate)     (不含税金额, rounded)
 *   tax      = total − amount                         (税额)
 * Document totals are the sums of the line figures, so they always add up.
 */
export interface LineFigures {
  /** Amount excluding tax. */
  amount: Fen;
  tax: Fen;
  /** Amount including tax. */
  total: Fen;
}

export function computeLine(
  qtyMilli: number,
  unitPrice: Fen,
  discountBp: number,
  taxRateBp: number,
): LineFigures {
  const gross = lineAmount(qtyMilli, unitPrice);
  const total = gross - applyRate(gross, discountBp);
  return splitTax(total, taxRateBp);
}

/** Splits a tax-inclusive total into amount and tax. */
export function splitTax(total: Fen, taxRateBp: number): LineFigures {
  const amount = Number(divRound(BigInt(total) * 10000n, BigInt(10000 + taxRateBp)));
  return { amount, tax: total - amount, total };
}

/** The effective unit price after the line discount (compared with the floor price). */
export function netUnitPrice(unitPrice: Fen, discountBp: number): Fen {
  return unitPrice - applyRate(unitPrice, discountBp);
}

export function sumFigures(lines: LineFigures[]): LineFigures {
  let amount = 0;
  let tax = 0;
  let total = 0;
  for (const l of lines) {
    amount += l.amount;
    tax += l.tax;
    total += l.total;
  }
  return { amount, tax, total };
}

/**
 * The part of a line delivered (or invoiced) in a partial step: proportional and rounded, but the step that
 * completes the line takes exactly what is left, so the parts always sum to the line.
 */
export function partialFigures(
  line: { qty: number; unit_price: Fen; discount_bp: number; tax_rate: number; total: Fen },
  doneQty: number,
  doneTotal: Fen,
  stepQty: number,
): LineFigures {
  const remainingTotal = line.total - doneTotal;
  if (doneQty + stepQty >= line.qty) return splitTax(remainingTotal, line.tax_rate);
  const f = computeLine(stepQty, line.unit_price, line.discount_bp, line.tax_rate);
  return f.total > remainingTotal ? splitTax(remainingTotal, line.tax_rate) : f;
}

/** Quantities are integer thousandths: 1.5 → 1500. */
export const QTY_SCALE = 1000;
export function formatQty(milli: number): string {
  const neg = milli < 0;
  const abs = Math.abs(milli);
  const whole = Math.trunc(abs / QTY_SCALE);
  const frac = abs % QTY_SCALE;
  const s = frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
  return neg ? `-${s}` : s;
}
