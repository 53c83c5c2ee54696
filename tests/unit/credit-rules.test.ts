import { describe, expect, it } from 'vitest';
import { evaluate } from '../../electron/core/services/sales/credit';
import { DEFAULT_CREDIT_RULES, type CreditBreakdown } from '../../shared/contract/sales';

/** An account customer well inside a ¥100,000 limit, with one invoice 45 days overdue. */
const overdue: CreditBreakdown = {
  customer_id: 1,
  customer_type: 'account',
  bad_record: false,
  credit_limit: 10_000_000,
  temp_limit: 0,
  temp_limit_until: null,
  effective_limit: 10_000_000,
  credit_days: 30,
  receivable: 500_000,
  delivered_uninvoiced: 200_000,
  open_orders: 0,
  advances: 0,
  this_document: 0,
  exposure: 700_000,
  available: 9_300_000,
  usage_bp: 700,
  overdue_count: 1,
  overdue_amount: 500_000,
  oldest_overdue_days: 45,
};

describe('credit rules per stage', () => {
  it('the overdue rule holds orders and shipments, not the invoice of goods already delivered', () => {
    expect(evaluate('order', overdue, DEFAULT_CREDIT_RULES).outcome).toBe('hold');
    expect(evaluate('shipment', overdue, DEFAULT_CREDIT_RULES).outcome).toBe('hold');
    const inv = evaluate('invoice', overdue, DEFAULT_CREDIT_RULES);
    expect(inv.outcome).toBe('pass');
    expect(inv.reasons.map((r) => r.code)).not.toContain('overdue');
  });

  it('overdue within the allowed days, or the rule off, passes every stage', () => {
    const within = { ...overdue, oldest_overdue_days: 30 };
    const off = { ...DEFAULT_CREDIT_RULES, overdue_block_days: null };
    for (const stage of ['order', 'shipment', 'invoice'] as const) {
      expect(evaluate(stage, within, DEFAULT_CREDIT_RULES).outcome).toBe('pass');
      expect(evaluate(stage, overdue, off).outcome).toBe('pass');
    }
  });

  it('the invoice stage still applies its limit rule (warn by default, hold when set to block)', () => {
    const over = {
      ...overdue,
      overdue_count: 0,
      oldest_overdue_days: 0,
      exposure: 10_500_000,
      usage_bp: 10500,
    };
    expect(evaluate('invoice', over, DEFAULT_CREDIT_RULES).outcome).toBe('warn');
    const strict = {
      ...DEFAULT_CREDIT_RULES,
      invoice: { mode: 'block' as const, warn_bp: 8000, block_bp: 10000 },
    };
    expect(evaluate('invoice', over, strict).outcome).toBe('hold');
  });
});
