import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, expectError } from '../helpers/harness';
import { salesFixture, type SalesFixture } from '../helpers/sales-fixture';

/**
 * 销售漏斗 on the managers' dashboard: the opportunities opened in a period, counted at every stage up to
 * the furthest they reached; conversion from each stage to the next; won and lost; the caller's scope.
 */
describeEachDb('analytics: the sales funnel', (app) => {
  let f: SalesFixture;

  beforeAll(async () => {
    const t = app();
    f = await salesFixture(t);
    const cfg = await t.call('crm.config', {}, t.adminToken);
    const stage = (key: string, zh: string) => ({
      key,
      zh,
      en: key,
      limit_days: 30,
      requirements: [],
      tasks: [],
    });
    await t.call(
      'crm.setConfig',
      {
        ...cfg,
        stages: [stage('opportunity', '商机'), stage('initiation', '立项'), stage('bid', '投标')],
        won_requirements: [],
      },
      t.adminToken,
    );
  });

  /** Opens an opportunity for the salesperson and moves it through `path` (stage keys, then won / lost). */
  async function opp(token: string, customer: number, name: string, amount: number, path: string[]) {
    const t = app();
    let o = await t.call(
      'opportunities.create',
      { customer_id: customer, name, expected_amount: amount },
      token,
    );
    for (const step of path) {
      if (step === 'won') {
        o = await t.call(
          'opportunities.win',
          { id: o.id, version: o.version, won_amount: amount + 1000, won_on: '2026-11-20' },
          token,
        );
      } else if (step === 'lost') {
        o = await t.call(
          'opportunities.lose',
          { id: o.id, version: o.version, lost_reason: '价格', lost_to: '正泰' },
          token,
        );
      } else {
        o = await t.call('opportunities.advance', { id: o.id, version: o.version, to_stage: step }, token);
      }
    }
    return o;
  }

  it('counts each opportunity at every stage it reached; conversion, won, lost; scope by owner', async () => {
    const t = app();
    // 张三 (sp): five opportunities
    await opp(f.sp.token, f.acct, '漏斗一 停在商机', 100_000, []);
    await opp(f.sp.token, f.acct, '漏斗二 立项', 200_000, ['initiation']);
    await opp(f.sp.token, f.acct, '漏斗三 投标', 300_000, ['initiation', 'bid']);
    await opp(f.sp.token, f.acct, '漏斗四 中标', 400_000, ['initiation', 'bid', 'won']);
    await opp(f.sp.token, f.acct, '漏斗五 立项后输单', 500_000, ['initiation', 'lost']);
    // 李四 (sp2): one, at the bid stage
    await opp(f.sp2.token, f.other, '漏斗六 李四', 600_000, ['initiation', 'bid']);

    const all = await t.call('analytics.funnel', { year: 2026 }, f.mgr.token);
    expect(all.stages.map((s) => [s.key, s.reached, s.open_now])).toEqual([
      ['opportunity', 6, 1],
      ['initiation', 5, 1],
      ['bid', 3, 2],
    ]);
    expect(all.stages[0]!.reached_amount).toBe(100_000 + 200_000 + 300_000 + 401_000 + 500_000 + 600_000);
    expect(all.stages[2]!.open_amount).toBe(300_000 + 600_000);
    expect(all.stages.map((s) => s.conversion_bp)).toEqual([8333, 6000, 3333]); // 5/6, 3/5, 1/3 (won)
    expect(all).toMatchObject({
      won: 1,
      won_amount: 401_000,
      lost: 1,
      lost_amount: 500_000,
      overall_bp: 1667,
    });

    // 张三 sees his own five; the manager can narrow to him; 张三 cannot look at 李四
    const own = await t.call('analytics.funnel', { year: 2026 }, f.sp.token);
    expect(own.stages.map((s) => s.reached)).toEqual([5, 4, 2]);
    const his = await t.call('analytics.funnel', { year: 2026, user_id: f.sp.id }, f.mgr.token);
    expect(his).toEqual(own);
    await expectError(t.call('analytics.funnel', { year: 2026, user_id: f.sp2.id }, f.sp.token), 'NOT_FOUND');

    // another period has none
    const empty = await t.call('analytics.funnel', { year: 2026, month: 10 }, f.mgr.token);
    expect(empty.stages.every((s) => s.reached === 0 && s.conversion_bp === null)).toBe(true);
    expect(empty.overall_bp).toBeNull();
    const nov = await t.call('analytics.funnel', { year: 2026, month: 11 }, f.mgr.token);
    expect(nov.stages[0]!.reached).toBe(6);
  });
});
