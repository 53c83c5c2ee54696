/**
 * Demo data of the staff and targets area (issue 7), called by scripts/demo.ts after the staff and the
 * customers exist: the organisation tree, this year's approved new-customer and sales plans decomposed to
 * the salespeople, a fortnight of daily reports (some late, some answered), statuses, tasks and attendance.
 * Everything goes through the dispatcher, as the people themselves would do it.
 */
import type { Core } from '../electron/core/app';
import type { InputOf, MethodName, OutputOf } from '../shared/contract';
import type { PeriodValues } from '../shared/contract/targets';

type Call = <M extends MethodName>(m: M, input: InputOf<M>) => Promise<OutputOf<M>>;

function as(core: Core, token: string): Call {
  return async (m, input) => {
    const env = await core.call(m, input, { transport: 'internal', token });
    if (!env.ok) throw new Error(`${m}: ${env.error.message_zh}`);
    return env.data as never;
  };
}

/** A year split evenly into quarters and months (integer parts, the remainder to the first ones). */
function even(total: number): PeriodValues {
  const parts = (t: number, n: number) =>
    Array.from({ length: n }, (_, i) => Math.floor(t / n) + (i < t % n ? 1 : 0));
  const v: Record<string, number> = { y: total };
  parts(total, 4).forEach((q, i) => {
    v[`q${i + 1}`] = q;
    parts(q, 3).forEach((m, j) => (v[`m${i * 3 + j + 1}`] = m));
  });
  return v as PeriodValues;
}

/** Splits a year's values into shares (weights) that add up exactly, period by period. */
function shares(whole: PeriodValues, weights: number[]): PeriodValues[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map(() => ({}) as Record<string, number>);
  for (const [k, v] of Object.entries(whole)) {
    if (v == null) continue;
    let left = v;
    weights.forEach((w, i) => {
      const x = i === weights.length - 1 ? left : Math.floor((v * w) / total);
      out[i]![k] = x;
      left -= x;
    });
  }
  // Quarters must still add up to the year and months to their quarter: rebuild from the months.
  return out.map((o) => {
    for (let q = 1; q <= 4; q++) o[`q${q}`] = o[`m${q * 3 - 2}`]! + o[`m${q * 3 - 1}`]! + o[`m${q * 3}`]!;
    o.y = o.q1! + o.q2! + o.q3! + o.q4!;
    return o as PeriodValues;
  });
}

export async function demoStaff(
  core: Core,
  admin: Call,
  ids: { gm: number; mgrSouth: number; mgrEast: number; reps: { id: number; region: string }[] },
  rand: () => number,
  password: string,
): Promise<void> {
  const login = async (l: string) => as(core, (await admin('auth.login', { login: l, password })).token);
  const unit = (
    code: string,
    name: string,
    kind: 'company' | 'region' | 'office',
    parent: number | null,
    head: number | null,
  ) => admin('org.save', { code, name, kind, parent_unit_id: parent, head_id: head });
  const hq = await unit('HQ', '广州华南机电贸易有限公司', 'company', null, ids.gm);
  const south = await unit('R-SOUTH', '华南大区', 'region', hq.id, ids.mgrSouth);
  const east = await unit('R-EAST', '华东大区', 'region', hq.id, ids.mgrEast);
  const place = async (userId: number, unitId: number, position: string) => {
    const s = await admin('staff.get', { id: userId });
    await admin('staff.saveProfile', {
      user_id: userId,
      version: s.profile_version,
      org_unit_id: unitId,
      position,
      hire_date: '2023-03-01',
    });
  };
  await place(ids.gm, hq.id, '总经理');
  await place(ids.mgrSouth, south.id, '大区经理');
  await place(ids.mgrEast, east.id, '大区经理');
  for (const r of ids.reps) await place(r.id, r.region === 'SOUTH' ? south.id : east.id, '业务员');

  // Plans: the general manager sets them, the regional managers decompose, the general manager approves.
  const gm = await login('gm01');
  const year = new Date().getFullYear();
  for (const [metric, total] of [
    ['new_customers', 480],
    ['sales', 12_000_000_00],
  ] as const) {
    const plan = await gm('targets.createPlan', { year, metric });
    let b = await gm('targets.block', { plan_id: plan.id });
    const whole = even(total);
    const [s, e] = shares(whole, [55, 45]);
    b = await gm('targets.saveBlock', {
      plan_id: plan.id,
      version: b.plan.version,
      node_id: b.node.id,
      root: { values: whole },
      children: [
        { subject_type: 'org_unit', subject_id: south.id, values: s! },
        { subject_type: 'org_unit', subject_id: east.id, values: e! },
      ],
    });
    for (const [node, region, mgrLogin] of [
      [b.children[0]!, 'SOUTH', 'mgr01'],
      [b.children[1]!, 'EAST', 'mgr02'],
    ] as const) {
      const mgr = await login(mgrLogin);
      const reps = ids.reps.filter((r) => (region === 'SOUTH' ? r.region === 'SOUTH' : r.region !== 'SOUTH'));
      const parts = shares(
        node.values as PeriodValues,
        reps.map(() => 80 + Math.floor(rand() * 40)),
      );
      const cur = await mgr('targets.block', { plan_id: plan.id, node_id: node.id });
      await mgr('targets.saveBlock', {
        plan_id: plan.id,
        version: cur.plan.version,
        node_id: node.id,
        children: reps.map((r, i) => ({
          subject_type: 'user' as const,
          subject_id: r.id,
          values: parts[i]!,
        })),
      });
    }
    const fresh = await gm('targets.block', { plan_id: plan.id });
    await gm('targets.approve', { id: plan.id, version: fresh.plan.version });
  }

  // The last two weeks: reports (some late), attendance, statuses, a few tasks.
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const today = new Date();
  const DONE = [
    '上午拜访老客户，了解下季度采购计划；下午整理报价单。',
    '电话回访三家客户，跟进上周报价；一家要求降价 3%。',
    '陪同技术到客户现场调试设备，客户对交期有意见。',
    '参加产品培训，学习新款变频器的选型。',
    '走访工业园新客户两家，留下样本，约下周再谈。',
  ];
  const mgrSouth = await login('mgr01');
  for (const r of ids.reps) {
    const user = await admin('users.get', { id: r.id });
    const rep = await login(user.login);
    for (let back = 14; back >= 1; back--) {
      const d = new Date(today.getTime() - back * 86_400_000);
      if (d.getDay() === 0 || d.getDay() === 6) continue;
      const date = day(d);
      await admin('attendance.save', {
        user_id: r.id,
        work_date: date,
        check_in:
          rand() < 0.15
            ? `09:${pad(5 + Math.floor(rand() * 40))}`
            : `08:${pad(30 + Math.floor(rand() * 29))}`,
        check_out: rand() < 0.1 ? `17:${pad(Math.floor(rand() * 50))}` : `18:${pad(Math.floor(rand() * 40))}`,
      });
      if (rand() < 0.85) {
        await rep('workReports.save', {
          report_date: date,
          done: DONE[Math.floor(rand() * DONE.length)]!,
          visit_count: Math.floor(rand() * 4),
          plan: '继续跟进报价客户，整理本周拜访记录。',
        });
      }
    }
    if (r.region === 'SOUTH') {
      const list = await mgrSouth('workReports.list', { user_id: r.id, limit: 2 });
      for (const rep0 of list.rows) {
        await mgrSouth('workReports.comment', {
          report_id: rep0.id,
          body: '降价要先报我审批，交期问题和仓库确认后回复客户。',
        });
      }
    }
    const start = new Date(today);
    start.setHours(14, 0, 0, 0);
    await rep('staffStatus.set', {
      kind: rand() < 0.5 ? 'visiting' : 'office',
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      note: '客户拜访',
    });
    const due = new Date(today.getTime() + 2 * 86_400_000);
    due.setHours(17, 0, 0, 0);
    await admin('schedules.create', {
      subject: '整理本月回款计划表',
      assignee_id: r.id,
      starts_at: new Date(due.getTime() - 8 * 3_600_000).toISOString(),
      ends_at: due.toISOString(),
    });
  }
  const sp02 = await login('sp02');
  const leaveStart = new Date(today.getTime() + 5 * 86_400_000);
  leaveStart.setHours(0, 0, 0, 0);
  await sp02('staffStatus.set', {
    kind: 'leave',
    starts_at: leaveStart.toISOString(),
    ends_at: new Date(leaveStart.getTime() + 86_400_000).toISOString(),
    note: '事假',
  });
}
