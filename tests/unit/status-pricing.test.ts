import { describe, expect, it } from 'vitest';
import { ORDER_MACHINE, QUOTATION_MACHINE, SHIPMENT_MACHINE, can, nextStatus } from '../../shared/status';
import { computeLine, formatQty, netUnitPrice, partialFigures, splitTax } from '../../shared/pricing';

describe('document life cycles', () => {
  it('orders: only drafts are edited or deleted; approval leads to approved or hold', () => {
    expect(can(ORDER_MACHINE, 'draft', 'edit')).toBe(true);
    for (const s of ['submitted', 'hold', 'approved', 'closed', 'void', 'rejected']) {
      expect(can(ORDER_MACHINE, s, 'edit'), s).toBe(false);
      expect(can(ORDER_MACHINE, s, 'delete'), s).toBe(false);
    }
    expect(nextStatus(ORDER_MACHINE, 'submitted', 'approve')).toBe('approved');
    expect(nextStatus(ORDER_MACHINE, 'draft', 'hold')).toBe('hold');
    expect(nextStatus(ORDER_MACHINE, 'hold', 'release')).toBe('approved');
    expect(nextStatus(ORDER_MACHINE, 'hold', 'creditReject')).toBe('rejected');
    expect(nextStatus(ORDER_MACHINE, 'approved', 'release')).toBeNull();
    expect(can(ORDER_MACHINE, 'approved', 'ship')).toBe(true);
    expect(can(ORDER_MACHINE, 'hold', 'ship')).toBe(false);
    expect(can(ORDER_MACHINE, 'closed', 'ship')).toBe(false);
    expect(can(ORDER_MACHINE, 'void', 'void')).toBe(false);
    expect(can(ORDER_MACHINE, 'rejected', 'approve')).toBe(false);
  });
  it('quotations and shipments', () => {
    expect(can(QUOTATION_MACHINE, 'approved', 'convert')).toBe(true);
    expect(can(QUOTATION_MACHINE, 'draft', 'convert')).toBe(false);
    expect(nextStatus(QUOTATION_MACHINE, 'submitted', 'reject')).toBe('draft');
    expect(can(SHIPMENT_MACHINE, 'approved', 'edit')).toBe(false);
    expect(nextStatus(SHIPMENT_MACHINE, 'approved', 'void')).toBe('void');
    expect(can(SHIPMENT_MACHINE, 'void', 'approve')).toBe(false);
  });
});

describe('line pricing (tax-inclusive prices)', () => {
  it('separates tax from the tax-inclusive total', () => {
    expect(computeLine(20000, 10000, 0, 1300)).toEqual({ amount: 176991, tax: 23009, total: 200000 });
    expect(computeLine(1000, 11300, 0, 1300)).toEqual({ amount: 10000, tax: 1300, total: 11300 });
    expect(computeLine(1500, 1999, 0, 0)).toEqual({ amount: 2999, tax: 0, total: 2999 });
    expect(splitTax(100, 600)).toEqual({ amount: 94, tax: 6, total: 100 });
  });
  it('applies the discount before tax, rounding half-up once per step', () => {
    expect(computeLine(3000, 33, 5000, 1300).total).toBe(49);
    expect(computeLine(10000, 3550, 500, 1300).total).toBe(33725);
    expect(netUnitPrice(10000, 1500)).toBe(8500);
  });
  it('partial deliveries add up to the line exactly (the last part takes what is left)', () => {
    const line = { qty: 3000, unit_price: 33, discount_bp: 5000, tax_rate: 1300, total: 49 };
    const a = partialFigures(line, 0, 0, 1000);
    const b = partialFigures(line, 1000, a.total, 1000);
    const c = partialFigures(line, 2000, a.total + b.total, 1000);
    expect([a.total, b.total, c.total]).toEqual([16, 16, 17]);
    for (const f of [a, b, c]) expect(f.amount + f.tax).toBe(f.total);
    // never more than what is left, even when rounding would overshoot
    const odd = { qty: 3000, unit_price: 1, discount_bp: 0, tax_rate: 0, total: 3 };
    expect(partialFigures(odd, 0, 0, 2500).total).toBe(3);
  });
  it('formats quantities in thousandths', () => {
    expect(formatQty(1500)).toBe('1.5');
    expect(formatQty(2000)).toBe('2');
    expect(formatQty(1)).toBe('0.001');
    expect(formatQty(-1250)).toBe('-1.25');
  });
});
