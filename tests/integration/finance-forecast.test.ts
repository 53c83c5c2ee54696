import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from '../helpers/harness';
import { salesFixture, type SalesFixture } from '../helpers/sales-fixture';
import { approvedOrder, invoice, ship } from '../helpers/finance-fixture';

/**
 * The collection forecast from a day inside a month: what fell due before that day is overdue, and only
 * overdue — the month's first bucket (上旬, 1st–10th) must not count it again.
 */
describeEachDb('finance: collection forecast from mid-month', (app) => {
  let f: SalesFixture;
  beforeAll(async () => {
    f = await salesFixture(app(), 'fc');
    // ¥100.00 invoiced 2026-11-20 on 60 days (瑞丰): due 2027-01-19
    const o = await approvedOrder(app(), f, f.other, [[f.p1, 1, 10000]]);
    const s = await ship(app(), f, f.other, [[o.lines[0]!.id, 1]]);
    await invoice(app(), f, f.other, [[s.lines[0]!.id, 1]], '2026-11-20');
  });

  it('counts an invoice due before the start date once, as overdue', async () => {
    const fc = await app().call('reports.forecast', { from: '2027-01-25' }, f.fin.token);
    expect(fc.labels.slice(0, 3)).toEqual(['01月上旬', '01月中旬', '01月下旬']);
    const row = fc.rows.find((r) => r.customer_id === f.other)!;
    expect(row.overdue).toBe(10000);
    expect(row.buckets.every((b) => b === 0)).toBe(true); // due 01-19 lies in 中旬, but before the 25th
    expect(row.total).toBe(10000);
    expect(fc.totals.total).toBe(fc.totals.overdue + fc.totals.buckets.reduce((a, b) => a + b, 0));
  });

  it('counts an invoice due on or after the start date in its period', async () => {
    const fc = await app().call('reports.forecast', { from: '2027-01-15' }, f.fin.token);
    const row = fc.rows.find((r) => r.customer_id === f.other)!;
    expect(row.overdue).toBe(0);
    expect(row.buckets[1]).toBe(10000); // 01-19: 中旬
    expect(row.total).toBe(10000);
  });
});
