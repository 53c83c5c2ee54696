import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, expectError } from '../helpers/harness';
import { salesFixture, type SalesFixture } from '../helpers/sales-fixture';
import { approvedOrder, invoice, ship } from '../helpers/finance-fixture';

/**
 * Ageing bucket bounds must be ascending: each bucket is "above the previous bound, up to this one", so
 * [60, 30] would put a 45-day invoice in two buckets and the buckets would no longer add up to the total.
 */
describeEachDb('finance: ageing bucket bounds are ascending', (app) => {
  let f: SalesFixture;
  beforeAll(async () => {
    f = await salesFixture(app(), 'bk');
    const o = await approvedOrder(app(), f, f.other, [[f.p1, 1, 10000]]);
    const s = await ship(app(), f, f.other, [[o.lines[0]!.id, 1]], '2026-09-01');
    await invoice(app(), f, f.other, [[s.lines[0]!.id, 1]], '2026-09-01'); // 60 days: due 2026-10-31
  });

  it('settings refuse bounds that are not ascending, naming the bound', async () => {
    const before = await app().call('finance.settings', {}, app().adminToken);
    for (const bad of [
      [60, 30],
      [30, 30, 90],
    ]) {
      const e = await expectError(
        app().call('finance.setSettings', { ...before, ageing_buckets: bad }, app().adminToken),
        'VALIDATION',
      );
      expect(e.fields?.[0]?.path[0]).toBe('ageing_buckets');
    }
    expect(await app().call('finance.settings', {}, app().adminToken)).toEqual(before);
    const ok = await app().call(
      'finance.setSettings',
      { ...before, ageing_buckets: [15, 45] },
      app().adminToken,
    );
    expect(ok.ageing_buckets).toEqual([15, 45]);
    await app().call('finance.setSettings', before, app().adminToken);
  });

  it('the ageing refuses bounds that are not ascending instead of counting an invoice twice', async () => {
    const q = { as_of: '2026-12-15', group_by: 'customer' as const, q: '瑞丰' };
    await expectError(app().call('reports.ageing', { ...q, buckets: [60, 30] }, f.fin.token), 'VALIDATION');
    await expectError(
      app().call('reports.ageingItems', { ...q, buckets: [60, 30], bucket: 0 }, f.fin.token),
      'VALIDATION',
    );
    const good = await app().call('reports.ageing', { ...q, buckets: [30, 60] }, f.fin.token);
    const row = good.rows[0]!;
    expect(row.buckets).toEqual([0, 10000, 0]); // 45 days overdue: 31–60
    expect(row.current + row.buckets.reduce((a, b) => a + b, 0) - row.unapplied).toBe(row.total);
  });
});
