import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import {
  EVAL_METRICS,
  METRIC_INFO,
  TARGET_METRICS,
  type Basis,
  type EvalFigure,
  type EvalMetric,
  type FunnelResult,
  type PeriodKey,
  type PlanRow,
  type RankingResult,
  type RankingRow,
  type TargetMetric,
} from '../../../../shared/contract/targets';
import {
  growthBp,
  monthKey,
  monthsOf,
  periodRange,
  rankBy,
  ratioBp,
  sumNullable,
  timeProgressBp,
  formatBp,
} from '../../../../shared/performance';
import { placeholders, runList } from '../common/list';
import { customerScopeClause, intersectIds, unitMemberIds, visibleUserIds } from '../common/scope';
import { customerListSpec, toCustomerRow } from '../customers';
import { actualsFor, defaultBasis } from './actuals';
import {
  approvedPlan,
  loadNodes,
  nodeAccess,
  subjectKey,
  subjectNames,
  type NodeRec,
  type Raw,
} from './plans';
import { reportStats, scopedPeople } from '../staff/reports';
import { attendanceStats } from '../staff/attendance';
import { addDays, localInstant, monthBounds } from '../staff/calendar';
import { writeSheet } from '../staff/xlsx';
import { loadConfig as loadCrmConfig } from '../crm/common';
import { parseRoles } from '../auth/session-user';

/** The same range a year earlier (29 February becomes 28). */
function lastYear(d: string): string {
  const y = Number(d.slice(0, 4)) - 1;
  const md = d.slice(5);
  if (md === '02-29') return `${y}-02-28`;
  return `${y}-${md}`;
}

const sumMonths = (m: Map<string, number> | undefined, months: string[]) =>
  months.reduce((s, k) => s + (m?.get(k) ?? 0), 0);

const monthNames = (year: number, period: PeriodKey) =>
  monthsOf(period).map((m) => `${year}-${String(m).padStart(2, '0')}`);

/** A node's target for a period: the period's own amount, else the sum of its months when all are set. */
function targetOf(n: NodeRec | undefined, period: PeriodKey): number | null {
  if (!n) return null;
  const own = n.values[period];
  if (own != null) return own;
  const ms = monthsOf(period).map((m) => n.values[monthKey(m)]);
  return ms.every((v) => v != null) ? (sumNullable(ms) ?? null) : null;
}

interface MetricContext {
  plan: PlanRow | null;
  basis: Basis;
  nodes: NodeRec[];
}

async function metricContext(db: Db, year: number, metric: EvalMetric): Promise<MetricContext> {
  const isTarget = (TARGET_METRICS as readonly string[]).includes(metric);
  const plan = isTarget ? await approvedPlan(db, year, metric) : null;
  const basis = plan?.basis ?? (await defaultBasis(db, metric));
  return { plan, basis, nodes: plan ? await loadNodes(db, plan.id) : [] };
}

/** Salespeople in scope: those with a target in the plan, and active people with the salesperson role. */
async function rankingPeople(
  db: Db,
  ids: number[] | null,
  nodes: NodeRec[],
  from: string,
): Promise<{ id: number; name: string; org_unit_name: string | null }[]> {
  const withTarget = new Set(nodes.filter((n) => n.subject_type === 'user').map((n) => n.subject_id!));
  const params: unknown[] = [true, from];
  let where = '(u.active = ? OR sp.left_date >= ?)';
  if (ids !== null) {
    if (ids.length === 0) return [];
    where += ` AND u.id IN (${placeholders(ids.length)})`;
    params.push(...ids);
  }
  const rows = await db.all<Raw>(
    `SELECT u.id, u.name, u.roles, u.active, o.name AS org_unit_name FROM users u
     LEFT JOIN staff_profiles sp ON sp.user_id = u.id LEFT JOIN org_units o ON o.id = sp.org_unit_id
     WHERE ${where} ORDER BY u.login LIMIT 2000`,
    params,
  );
  return rows
    .filter((r) => withTarget.has(Number(r.id)) || parseRoles(r.roles).includes('salesperson'))
    .map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      org_unit_name: r.org_unit_name == null ? null : String(r.org_unit_name),
    }));
}

async function ranking(
  ctx: ServiceContext,
  q: {
    year: number;
    metric: TargetMetric;
    period: PeriodKey;
    level: 'user' | 'org_unit';
    org_unit_id?: number;
  },
): Promise<RankingResult> {
  const user = ctx.requireUser();
  const today = ctx.today();
  const { from, to } = periodRange(q.year, q.period);
  const mc = await metricContext(ctx.db, q.year, q.metric);
  const unit = METRIC_INFO[q.metric].unit;
  let ids = await visibleUserIds(ctx.db, user);
  if (q.org_unit_id) ids = intersectIds(ids, await unitMemberIds(ctx.db, q.org_unit_id));
  const months = monthNames(q.year, q.period);
  const lyMonths = monthNames(q.year - 1, q.period);
  const base = {
    unit,
    basis: mc.basis,
    plan_id: mc.plan?.id ?? null,
    from,
    to,
    time_bp: timeProgressBp(from, to, today),
    as_of: today,
  };

  let subjects: {
    type: 'user' | 'org_unit';
    id: number;
    name: string;
    org_unit_name: string | null;
    users: number[];
    node?: NodeRec;
  }[];
  if (q.level === 'user') {
    const people = await rankingPeople(ctx.db, ids, mc.nodes, from);
    const nodeOf = new Map(mc.nodes.filter((n) => n.subject_type === 'user').map((n) => [n.subject_id!, n]));
    subjects = people.map((p) => ({
      type: 'user',
      id: p.id,
      name: p.name,
      org_unit_name: p.org_unit_name,
      users: [p.id],
      node: nodeOf.get(p.id),
    }));
  } else {
    // Units: the plan's unit nodes directly under the chosen unit (or the top ones), else the org tree.
    const access = mc.plan ? await nodeAccess(ctx, mc.nodes) : null;
    let unitNodes = mc.nodes.filter((n) => n.subject_type === 'org_unit' && access?.visible.has(n.id));
    if (q.org_unit_id) {
      const parent = unitNodes.find((n) => n.subject_id === q.org_unit_id);
      unitNodes = parent ? unitNodes.filter((n) => n.parent_id === parent.id) : [];
    } else {
      const unitIds = new Set(unitNodes.map((n) => n.id));
      unitNodes = unitNodes.filter((n) => n.parent_id == null || !unitIds.has(n.parent_id));
    }
    let units: { id: number; node?: NodeRec }[] = unitNodes.map((n) => ({ id: n.subject_id!, node: n }));
    if (units.length === 0) {
      const rows = await ctx.db.all<Raw>(
        q.org_unit_id
          ? 'SELECT id FROM org_units WHERE parent_id = ? AND active = ? ORDER BY sort, code'
          : "SELECT id FROM org_units WHERE kind = 'region' AND active = ? ORDER BY sort, code",
        q.org_unit_id ? [q.org_unit_id, true] : [true],
      );
      units = rows.map((r) => ({ id: Number(r.id) }));
    }
    const names = await subjectNames(
      ctx.db,
      units.map((u) => ({ subject_type: 'org_unit' as const, subject_id: u.id })),
    );
    subjects = [];
    for (const u of units) {
      const members = intersectIds(ids, await unitMemberIds(ctx.db, u.id)) ?? [];
      if (ids !== null && members.length === 0 && !u.node) continue;
      subjects.push({
        type: 'org_unit',
        id: u.id,
        name: names.subjects.get(subjectKey('org_unit', u.id))?.name ?? `#${u.id}`,
        org_unit_name: null,
        users: members,
        node: u.node,
      });
    }
  }
  const allUsers = [...new Set(subjects.flatMap((s) => s.users))];
  const cur = await actualsFor(ctx.db, q.metric, mc.basis, { from, to, userIds: allUsers });
  const prev = await actualsFor(ctx.db, q.metric, mc.basis, {
    from: lastYear(from),
    to: lastYear(to),
    userIds: allUsers,
  });
  const rows: RankingRow[] = subjects.map((s) => {
    const actual = cur ? s.users.reduce((a, u) => a + sumMonths(cur.byUserMonth.get(u), months), 0) : null;
    const ly = prev ? s.users.reduce((a, u) => a + sumMonths(prev.byUserMonth.get(u), lyMonths), 0) : null;
    const target = targetOf(s.node, q.period);
    const completion = ratioBp(actual, target);
    return {
      subject_type: s.type,
      subject_id: s.id,
      name: s.name,
      org_unit_name: s.org_unit_name,
      target,
      actual,
      last_year: ly,
      completion_bp: completion,
      gap_bp: completion == null ? null : completion - base.time_bp,
      yoy_bp: growthBp(actual, ly),
      rank: null,
      yoy_rank: null,
    };
  });
  const r1 = rankBy(
    rows,
    (r) => r.completion_bp,
    (r) => r.actual,
  );
  const r2 = rankBy(
    rows,
    (r) => r.yoy_bp,
    (r) => r.actual,
  );
  for (const r of rows) {
    r.rank = r1.get(r) ?? null;
    r.yoy_rank = r2.get(r) ?? null;
  }
  rows.sort(
    (a, b) =>
      (a.rank ?? 1e9) - (b.rank ?? 1e9) ||
      (b.actual ?? -1) - (a.actual ?? -1) ||
      a.name.localeCompare(b.name, 'zh'),
  );
  return { ...base, rows, source_available: cur !== null };
}

async function requireUserInScope(ctx: ServiceContext, userId: number): Promise<void> {
  const ids = await visibleUserIds(ctx.db, ctx.requireUser());
  if (ids !== null && !ids.includes(userId)) throw AppError.field('NOT_FOUND', ['user_id'], 'user_not_found');
}

/**
 * 销售漏斗. The cohort is the opportunities opened in the period whose owner the caller may see; each is
 * counted at every stage up to the furthest it reached (stage history, so a skipped stage still counts as
 * passed), won ones at every stage. Conversion is reached(next) ÷ reached(this).
 */
async function funnel(
  ctx: ServiceContext,
  q: { year: number; month?: number | undefined; user_id?: number | undefined },
): Promise<FunnelResult> {
  const cfg = await loadCrmConfig(ctx.db);
  const range = q.month
    ? monthBounds(`${q.year}-${String(q.month).padStart(2, '0')}`)
    : periodRange(q.year, 'y');
  let ids = await visibleUserIds(ctx.db, ctx.requireUser());
  if (q.user_id) {
    await requireUserInScope(ctx, q.user_id);
    ids = [q.user_id];
  }
  const stages = cfg.stages;
  const won = stages.length;
  const levelCase = `CASE h.stage ${stages.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} WHEN 'won' THEN ${won} ELSE -1 END`;
  const owner = ids === null ? '' : ` AND o.owner_id IN (${placeholders(ids.length)})`;
  const params = [
    ...stages.map((st) => st.key),
    localInstant(range.from, '00:00'),
    localInstant(addDays(range.to, 1), '00:00'),
    ...(ids ?? []),
  ];
  const rows = await ctx.db.all<{ lvl: number; status: string; stage: string; n: number; a: number }>(
    `SELECT t.lvl, t.status, t.stage, COUNT(*) AS n, COALESCE(SUM(t.amt), 0) AS a FROM (
       SELECT o.id, o.status, o.stage, MAX(${levelCase}) AS lvl,
              MAX(CASE WHEN o.status = 'won' THEN COALESCE(o.won_amount, o.expected_amount, 0) ELSE COALESCE(o.expected_amount, 0) END) AS amt
       FROM crm_opportunities o JOIN crm_opportunity_stages h ON h.opportunity_id = o.id
       WHERE o.created_at >= ? AND o.created_at < ?${owner}
       GROUP BY o.id, o.status, o.stage
     ) t GROUP BY t.lvl, t.status, t.stage`,
    params,
  );
  const reached = new Array<number>(won + 1).fill(0);
  const reachedAmount = new Array<number>(won + 1).fill(0);
  const openNow = new Map<string, { n: number; a: number }>();
  let lost = 0;
  let lostAmount = 0;
  let cohort = 0;
  for (const r of rows) {
    const n = Number(r.n);
    const a = Number(r.a);
    cohort += n;
    for (let i = 0; i <= Math.min(Number(r.lvl), won); i++) {
      reached[i]! += n;
      reachedAmount[i]! += a;
    }
    if (r.status === 'lost') {
      lost += n;
      lostAmount += a;
    } else if (r.status === 'open') {
      const o = openNow.get(r.stage) ?? { n: 0, a: 0 };
      openNow.set(r.stage, { n: o.n + n, a: o.a + a });
    }
  }
  return {
    from: range.from,
    to: range.to,
    stages: stages.map((st, i) => ({
      key: st.key,
      zh: st.zh,
      en: st.en,
      reached: reached[i]!,
      reached_amount: reachedAmount[i]!,
      open_now: openNow.get(st.key)?.n ?? 0,
      open_amount: openNow.get(st.key)?.a ?? 0,
      conversion_bp: ratioBp(reached[i + 1]!, reached[i]!),
    })),
    won: reached[won]!,
    won_amount: reachedAmount[won]!,
    lost,
    lost_amount: lostAmount,
    overall_bp: ratioBp(reached[won]!, cohort),
  };
}

export const analyticsHandlers: HandlersFor<'analytics.'> = {
  async 'analytics.funnel'(ctx, q) {
    return funnel(ctx, q);
  },

  async 'analytics.ranking'(ctx, q) {
    return ranking(ctx, q);
  },

  async 'analytics.exportRanking'(ctx, q) {
    const r = await ranking(ctx, q);
    const label = METRIC_INFO[q.metric];
    const amount = (v: number | null) =>
      v == null ? null : r.unit === 'fen' ? v / 100 : r.unit === 'milli' ? v / 1000 : v;
    const pct = (v: number | null) => (v == null ? null : v / 10000);
    const rows: unknown[][] = [
      [
        `${q.year} ${q.period.toUpperCase()} ${label.zh}排名（${r.from} ~ ${r.to}，截至 ${r.as_of}，时间进度 ${formatBp(r.time_bp)}）`,
      ],
      [
        '排名',
        q.level === 'user' ? '姓名' : '组织',
        '所属组织',
        '指标',
        '实际',
        '完成率',
        '进度差',
        '去年同期',
        '同比增长',
        '同比排名',
      ],
      ...r.rows.map((x) => [
        x.rank,
        x.name,
        x.org_unit_name,
        amount(x.target),
        amount(x.actual),
        pct(x.completion_bp),
        pct(x.gap_bp),
        amount(x.last_year),
        pct(x.yoy_bp),
        x.yoy_rank,
      ]),
    ];
    return {
      file_name: `${q.year}-${q.period}-${label.zh}排名.xlsx`,
      base64: writeSheet('排名', rows, [6, 12, 14, 14, 14, 10, 10, 14, 10, 8]),
    };
  },

  async 'analytics.trend'(ctx, q) {
    const user = ctx.requireUser();
    let ids = await visibleUserIds(ctx.db, user);
    if (q.user_id) {
      await requireUserInScope(ctx, q.user_id);
      ids = [q.user_id];
    } else if (q.org_unit_id) ids = intersectIds(ids, await unitMemberIds(ctx.db, q.org_unit_id));
    const mc = await metricContext(ctx.db, q.year, q.metric);
    const { from, to } = periodRange(q.year, 'y');
    const cur = await actualsFor(ctx.db, q.metric, mc.basis, { from, to, userIds: ids });
    const prev = await actualsFor(ctx.db, q.metric, mc.basis, {
      from: lastYear(from),
      to: lastYear(to),
      userIds: ids,
    });
    // Target per month: the person's / unit's node, the whole plan for scope all, else the people in scope.
    let targetNodes: NodeRec[] = [];
    if (mc.plan) {
      if (q.user_id)
        targetNodes = mc.nodes.filter((n) => n.subject_type === 'user' && n.subject_id === q.user_id);
      else if (q.org_unit_id)
        targetNodes = mc.nodes.filter((n) => n.subject_type === 'org_unit' && n.subject_id === q.org_unit_id);
      else if (ids === null) targetNodes = mc.nodes.filter((n) => n.parent_id == null);
      else targetNodes = mc.nodes.filter((n) => n.subject_type === 'user' && ids!.includes(n.subject_id!));
    }
    const total = (a: { byUserMonth: Map<number, Map<string, number>> } | null, month: string) =>
      a ? [...a.byUserMonth.values()].reduce((s, m) => s + (m.get(month) ?? 0), 0) : null;
    const months = Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
      const month = `${q.year}-${String(m).padStart(2, '0')}`;
      const lyMonth = `${q.year - 1}-${String(m).padStart(2, '0')}`;
      return {
        month,
        target: targetNodes.length ? sumNullable(targetNodes.map((n) => targetOf(n, monthKey(m)))) : null,
        actual: total(cur, month),
        last_year: total(prev, lyMonth),
      };
    });
    return { months, unit: METRIC_INFO[q.metric].unit, source_available: cur !== null };
  },

  async 'analytics.evaluation'(ctx, q) {
    await requireUserInScope(ctx, q.user_id);
    const u = await ctx.db.get<Raw>(
      `SELECT u.id, u.name, u.login, o.name AS org_unit_name, m.name AS manager_name, sp.position, sp.hire_date, sp.left_date
       FROM users u LEFT JOIN staff_profiles sp ON sp.user_id = u.id LEFT JOIN org_units o ON o.id = sp.org_unit_id
       LEFT JOIN users m ON m.id = u.manager_id WHERE u.id = ?`,
      [q.user_id],
    );
    if (!u) throw AppError.field('NOT_FOUND', ['user_id'], 'user_not_found');
    const today = ctx.today();
    const { from, to } = periodRange(q.year, q.period);
    const months = monthNames(q.year, q.period);
    const lyMonths = monthNames(q.year - 1, q.period);
    const figures: EvalFigure[] = [];
    for (const metric of EVAL_METRICS) {
      const mc = await metricContext(ctx.db, q.year, metric);
      const unit = METRIC_INFO[metric].unit;
      const node = mc.nodes.find((n) => n.subject_type === 'user' && n.subject_id === q.user_id);
      const peers = mc.nodes.filter((n) => n.subject_type === 'user').map((n) => n.subject_id!);
      const group = peers.includes(q.user_id) ? peers : [q.user_id];
      const cur = await actualsFor(ctx.db, metric, mc.basis, { from, to, userIds: group });
      const prev = await actualsFor(ctx.db, metric, mc.basis, {
        from: lastYear(from),
        to: lastYear(to),
        userIds: [q.user_id],
      });
      const actual = cur ? sumMonths(cur.byUserMonth.get(q.user_id), months) : null;
      const target = targetOf(node, q.period);
      let rank: number | null = null;
      if (cur && node) {
        const rows = group.map((id) => {
          const n = mc.nodes.find((x) => x.subject_type === 'user' && x.subject_id === id);
          const a = sumMonths(cur.byUserMonth.get(id), months);
          return { id, bp: ratioBp(a, targetOf(n, q.period)), a };
        });
        const ranks = rankBy(
          rows,
          (r) => r.bp,
          (r) => r.a,
        );
        rank = ranks.get(rows.find((r) => r.id === q.user_id)!) ?? null;
      }
      const ly = prev ? sumMonths(prev.byUserMonth.get(q.user_id), lyMonths) : null;
      figures.push({
        metric,
        unit,
        basis: cur || mc.plan ? mc.basis : null,
        source_available: cur !== null,
        target,
        actual,
        last_year: ly,
        completion_bp: ratioBp(actual, target),
        yoy_bp: growthBp(actual, ly),
        rank,
        of: node && cur ? group.length : null,
      });
    }
    const sales = figures.find((f) => f.metric === 'sales');
    const coll = figures.find((f) => f.metric === 'collection');
    const person = {
      id: Number(u.id),
      name: String(u.name),
      login: String(u.login),
      hire_date: u.hire_date == null ? null : String(u.hire_date),
      left_date: u.left_date == null ? null : String(u.left_date),
    };
    const rs = (await reportStats(ctx.db, [person], from, to, { today, nowIso: ctx.nowIso() }))[0]!;
    const at = (await attendanceStats(ctx.db, [person], from, to, ctx.now()))[0]!;
    const t = await ctx.db.get<Raw>(
      `SELECT COUNT(*) AS total,
         SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done,
         SUM(CASE WHEN status IN ('pending', 'accepted') AND ends_at < ? THEN 1 ELSE 0 END) AS overdue,
         SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) AS rejected
       FROM staff_tasks WHERE assignee_id = ? AND kind = 'task' AND ends_at >= ? AND ends_at < ?`,
      [ctx.nowIso(), q.user_id, localInstant(from), localInstant(addDays(to, 1))],
    );
    return {
      user: {
        id: person.id,
        name: person.name,
        login: person.login,
        org_unit_name: u.org_unit_name == null ? null : String(u.org_unit_name),
        manager_name: u.manager_name == null ? null : String(u.manager_name),
        position: u.position == null ? null : String(u.position),
      },
      year: q.year,
      period: q.period,
      from,
      to,
      as_of: today,
      time_bp: timeProgressBp(from, to, today),
      figures,
      collection_rate_bp: ratioBp(coll?.actual, sales?.actual),
      reports: {
        expected: rs.expected,
        submitted: rs.submitted,
        on_time: rs.on_time,
        late: rs.late,
        missing: rs.missing,
      },
      attendance: {
        workdays: at.workdays,
        present: at.present,
        late: at.late,
        early: at.early,
        absent: at.absent,
        leave_days: at.leave_days,
        trip_days: at.trip_days,
      },
      tasks: {
        total: Number(t?.total ?? 0),
        done: Number(t?.done ?? 0),
        overdue: Number(t?.overdue ?? 0),
        rejected: Number(t?.rejected ?? 0),
      },
    };
  },

  async 'analytics.dashboard'(ctx, q) {
    const user = ctx.requireUser();
    const today = ctx.today();
    const year = q.year ?? Number(today.slice(0, 4));
    const month = q.month ?? Number(today.slice(5, 7));
    const ids = await visibleUserIds(ctx.db, user);
    const monthStr = `${year}-${String(month).padStart(2, '0')}`;
    const mb = monthBounds(monthStr);
    const yb = periodRange(year, 'y');
    const people = await scopedPeople(ctx.db, ids, mb.from);
    const peopleIds = people.map((p) => p.id);
    const kpis = [];
    for (const metric of TARGET_METRICS) {
      const mc = await metricContext(ctx.db, year, metric);
      let nodes: NodeRec[] = [];
      if (mc.plan) {
        nodes =
          ids === null
            ? mc.nodes.filter((n) => n.parent_id == null)
            : mc.nodes.filter((n) => n.subject_type === 'user' && ids.includes(n.subject_id!));
      }
      const a = await actualsFor(ctx.db, metric, mc.basis, { from: yb.from, to: yb.to, userIds: ids });
      const all = a ? [...a.byUserMonth.values()] : null;
      const actualMonth = all ? all.reduce((s, m) => s + (m.get(monthStr) ?? 0), 0) : null;
      const actualYear = all ? all.reduce((s, m) => s + [...m.values()].reduce((x, y) => x + y, 0), 0) : null;
      const targetMonth = nodes.length ? sumNullable(nodes.map((n) => targetOf(n, monthKey(month)))) : null;
      const targetYear = nodes.length ? sumNullable(nodes.map((n) => targetOf(n, 'y'))) : null;
      kpis.push({
        metric,
        unit: METRIC_INFO[metric].unit,
        source_available: a !== null,
        target_month: targetMonth,
        actual_month: actualMonth,
        completion_month_bp: ratioBp(actualMonth, targetMonth),
        target_year: targetYear,
        actual_year: actualYear,
        completion_year_bp: ratioBp(actualYear, targetYear),
      });
    }
    const active = people.filter((p) => !p.left_date || p.left_date >= today);
    // Who owes a report today (working day, employed, not on leave), regardless of the deadline.
    const todayStats = await reportStats(ctx.db, active, today, today, { today, nowIso: '9999' });
    const todayReports = peopleIds.length
      ? await ctx.db.all<Raw>(
          `SELECT user_id, late FROM work_reports WHERE report_date = ? AND user_id IN (${placeholders(peopleIds.length)})`,
          [today, ...peopleIds],
        )
      : [];
    const monthStats = await reportStats(ctx.db, people, mb.from, mb.to, { today, nowIso: ctx.nowIso() });
    const att = await attendanceStats(ctx.db, people, mb.from, mb.to, ctx.now());
    const scope = (col: string) =>
      ids === null
        ? { sql: '', params: [] as unknown[] }
        : { sql: ` AND ${col} IN (${placeholders(ids.length)})`, params: ids };
    const ts = scope('assignee_id');
    const tasks = await ctx.db.get<Raw>(
      `SELECT SUM(CASE WHEN status IN ('pending', 'accepted') THEN 1 ELSE 0 END) AS open,
         SUM(CASE WHEN status IN ('pending', 'accepted') AND ends_at < ? THEN 1 ELSE 0 END) AS overdue,
         SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS pending_accept
       FROM staff_tasks WHERE kind = 'task'${ts.sql}`,
      [ctx.nowIso(), ...ts.params],
    );
    const ss = scope('user_id');
    const approvals =
      user.scope === 'own'
        ? 0
        : Number(
            (
              await ctx.db.get<{ n: number }>(
                `SELECT COUNT(*) AS n FROM staff_statuses WHERE approval = 'pending' AND user_id <> ?${ss.sql}`,
                [user.id, ...ss.params],
              )
            )?.n ?? 0,
          );
    const now = ctx.nowIso();
    const cur = await ctx.db.all<Raw>(
      `SELECT kind, COUNT(DISTINCT user_id) AS n FROM staff_statuses
       WHERE approval IN ('none', 'approved') AND starts_at <= ? AND ends_at > ?${ss.sql} GROUP BY kind`,
      [now, now, ...ss.params],
    );
    const away = cur.reduce((s, r) => s + Number(r.n), 0);
    const status_now = [
      { kind: 'office', count: Math.max(active.length - away, 0) },
      ...cur.map((r) => ({ kind: String(r.kind), count: Number(r.n) })),
    ];
    const submittedToday = new Set(todayReports.map((r) => Number(r.user_id)));
    const due = todayStats.filter((s) => s.expected > 0);
    return {
      as_of: today,
      year,
      month,
      time_bp_month: timeProgressBp(mb.from, mb.to, today),
      time_bp_year: timeProgressBp(yb.from, yb.to, today),
      people: active.length,
      kpis,
      reports_today: {
        expected: due.length,
        submitted: todayReports.length,
        late: todayReports.filter((r) => r.late === true || r.late === 1).length,
        missing_names: due
          .filter((s) => !submittedToday.has(s.user_id))
          .map((s) => s.name)
          .slice(0, 50),
      },
      reports_month: {
        on_time: monthStats.reduce((s, r) => s + r.on_time, 0),
        late: monthStats.reduce((s, r) => s + r.late, 0),
        missing: monthStats.reduce((s, r) => s + r.missing, 0),
        unread: monthStats.filter((r) => r.user_id !== user.id).reduce((s, r) => s + r.unread, 0),
      },
      attendance_month: {
        late: att.reduce((s, r) => s + r.late, 0),
        early: att.reduce((s, r) => s + r.early, 0),
        absent: att.reduce((s, r) => s + r.absent, 0),
        leave_days: att.reduce((s, r) => s + r.leave_days, 0),
      },
      tasks: {
        open: Number(tasks?.open ?? 0),
        overdue: Number(tasks?.overdue ?? 0),
        pending_accept: Number(tasks?.pending_accept ?? 0),
      },
      approvals_pending: approvals,
      status_now,
    };
  },

  async 'analytics.newCustomers'(ctx, q) {
    let ids = await visibleUserIds(ctx.db, ctx.requireUser());
    const base = { clauses: [] as string[], params: [] as unknown[] };
    const scope = customerScopeClause(ids);
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    if (q.user_id) ids = [q.user_id];
    else if (q.org_unit_id) ids = await unitMemberIds(ctx.db, q.org_unit_id);
    else ids = null;
    if (ids !== null) {
      base.clauses.push(ids.length ? `c.owner_id IN (${placeholders(ids.length)})` : '1 = 0');
      base.params.push(...ids);
    }
    base.clauses.push('c.created_at >= ? AND c.created_at < ?');
    base.params.push(localInstant(q.from), localInstant(addDays(q.to, 1)));
    const r = await runList<Raw>(ctx.db, customerListSpec, q, base);
    return { rows: r.rows.map(toCustomerRow), total: r.total };
  },
};
