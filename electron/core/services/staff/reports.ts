import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type {
  ReportStatRow,
  StaffSettings,
  WorkReportDetail,
  WorkReportRow,
} from '../../../../shared/contract/staff';
import { placeholders, runList, type ListSpec } from '../common/list';
import { intersectIds, unitMemberIds, visibleUserIds } from '../common/scope';
import { toBool } from '../common/text';
import { addReminder } from './org';
import { approvedAbsences } from './status';
import { coveredDates, getStaffSettings, localInstant, monthBounds, workdaysIn } from './calendar';

type Raw = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));

const SELECT = `r.id, r.user_id, u.name AS user_name, r.report_date, r.done, r.visits, r.visit_count, r.problems, r.plan,
  r.submitted_at, r.late, rb.name AS read_by_name, r.read_at, r.comment_count, r.version`;
const FROM = 'work_reports r JOIN users u ON u.id = r.user_id LEFT JOIN users rb ON rb.id = r.read_by';

const spec: ListSpec = {
  from: FROM,
  select: SELECT,
  fields: {
    user_name: { sql: 'u.name', type: 'text' },
    report_date: { sql: 'r.report_date', type: 'date' },
    done: { sql: 'r.done', type: 'text', sortable: false },
    visit_count: { sql: 'r.visit_count', type: 'number' },
    submitted_at: { sql: 'r.submitted_at', type: 'date' },
    late: { sql: 'r.late', type: 'bool' },
    read_at: { sql: 'r.read_at', type: 'date' },
    comment_count: { sql: 'r.comment_count', type: 'number' },
  },
  search: ['u.name', 'u.login', 'r.done', 'r.problems', 'r.visits'],
  defaultSort: { field: 'report_date', dir: 'desc' },
  tiebreak: 'r.id DESC',
};

const toRow = (r: Raw): WorkReportRow => ({
  id: Number(r.id),
  user_id: Number(r.user_id),
  user_name: String(r.user_name),
  report_date: String(r.report_date),
  done: String(r.done),
  visits: str(r.visits),
  visit_count: Number(r.visit_count ?? 0),
  problems: str(r.problems),
  plan: str(r.plan),
  submitted_at: String(r.submitted_at),
  late: toBool(r.late),
  read_by_name: str(r.read_by_name),
  read_at: str(r.read_at),
  comment_count: Number(r.comment_count ?? 0),
  version: Number(r.version),
});

const mayReview = (user: SessionUser, authorId: number, visible: number[] | null) =>
  authorId !== user.id && user.scope !== 'own' && (visible === null || visible.includes(authorId));

/** The author may still edit: nobody else has read or answered it. */
async function editable(db: Db, r: WorkReportRow): Promise<boolean> {
  if (r.read_at) return false;
  const other = await db.get(
    'SELECT id FROM work_report_comments WHERE report_id = ? AND user_id <> ? LIMIT 1',
    [r.id, r.user_id],
  );
  return !other;
}

async function detail(ctx: ServiceContext, id: number, visible?: number[] | null): Promise<WorkReportDetail> {
  const user = ctx.requireUser();
  const vis = visible === undefined ? await visibleUserIds(ctx.db, user) : visible;
  const r = await ctx.db.get<Raw>(`SELECT ${SELECT} FROM ${FROM} WHERE r.id = ?`, [id]);
  if (!r || (vis !== null && !vis.includes(Number(r.user_id)))) throw notFound('日报', 'Report');
  const row = toRow(r);
  const comments = await ctx.db.all<Raw>(
    `SELECT c.id, c.user_id, u.name AS user_name, c.body, c.created_at FROM work_report_comments c
     JOIN users u ON u.id = c.user_id WHERE c.report_id = ? ORDER BY c.created_at, c.id`,
    [id],
  );
  return {
    ...row,
    comments: comments.map((c) => ({
      id: Number(c.id),
      user_id: Number(c.user_id),
      user_name: String(c.user_name),
      body: String(c.body),
      created_at: String(c.created_at),
    })),
    can_edit: row.user_id === user.id && (await editable(ctx.db, row)),
    can_review: mayReview(user, row.user_id, vis),
  };
}

/** The instant a report for `date` is due. */
export const reportDeadline = (date: string, s: StaffSettings): string =>
  localInstant(date, s.report_deadline);

/**
 * Dates on which a report was due for one employee: working days of [from, to] that are over (before
 * today, or today once the deadline has passed), within employment, not on approved leave.
 */
export function dueDates(
  from: string,
  to: string,
  s: StaffSettings,
  opts: {
    today: string;
    nowIso: string;
    hire?: string | null;
    left?: string | null;
    leaveDates?: Set<string>;
  },
): string[] {
  return workdaysIn(from, to, s).filter((d) => {
    if (d > opts.today) return false;
    if (d === opts.today && opts.nowIso <= reportDeadline(d, s)) return false;
    if (opts.hire && d < opts.hire) return false;
    if (opts.left && d > opts.left) return false;
    return !opts.leaveDates?.has(d);
  });
}

/** Per-employee report figures for [from, to]: pure, so that it can be tested against hand counts. */
export function reportFigures(
  due: string[],
  reports: { report_date: string; late: boolean; read: boolean }[],
): Omit<ReportStatRow, 'user_id' | 'name'> {
  const byDate = new Set(reports.map((r) => r.report_date));
  const missing = due.filter((d) => !byDate.has(d));
  const late = reports.filter((r) => r.late).length;
  return {
    expected: due.length,
    submitted: reports.length,
    on_time: reports.length - late,
    late,
    missing: missing.length,
    unread: reports.filter((r) => !r.read).length,
    missing_dates: missing,
  };
}

/** Report figures of many employees for [from, to]; users are given (already scoped). */
export async function reportStats(
  db: Db,
  users: { id: number; name: string; hire_date: string | null; left_date: string | null }[],
  from: string,
  to: string,
  ctx: { today: string; nowIso: string },
): Promise<ReportStatRow[]> {
  if (users.length === 0) return [];
  const s = await getStaffSettings(db);
  const ids = users.map((u) => u.id);
  const rows = await db.all<Raw>(
    `SELECT user_id, report_date, late, read_at FROM work_reports
     WHERE user_id IN (${placeholders(ids.length)}) AND report_date >= ? AND report_date <= ?`,
    [...ids, from, to],
  );
  const leaves = await approvedAbsences(db, ids, from, to);
  return users.map((u) => {
    const leaveDates = new Set(
      leaves
        .filter((l) => l.user_id === u.id && l.kind === 'leave')
        .flatMap((l) => coveredDates(l.starts_at, l.ends_at, from, to)),
    );
    const due = dueDates(from, to, s, {
      today: ctx.today,
      nowIso: ctx.nowIso,
      hire: u.hire_date,
      left: u.left_date,
      leaveDates,
    });
    const mine = rows
      .filter((r) => Number(r.user_id) === u.id)
      .map((r) => ({ report_date: String(r.report_date), late: toBool(r.late), read: r.read_at != null }));
    return { user_id: u.id, name: u.name, ...reportFigures(due, mine) };
  });
}

/** Employees (id, name, employment dates) among `ids` (null = everyone), active or left after `from`. */
export async function scopedPeople(
  db: Db,
  ids: number[] | null,
  from: string,
): Promise<
  { id: number; name: string; login: string; hire_date: string | null; left_date: string | null }[]
> {
  const params: unknown[] = [true, from];
  let where = '(u.active = ? OR sp.left_date >= ?)';
  if (ids !== null) {
    if (ids.length === 0) return [];
    where += ` AND u.id IN (${placeholders(ids.length)})`;
    params.push(...ids);
  }
  const rows = await db.all<Raw>(
    `SELECT u.id, u.name, u.login, sp.hire_date, sp.left_date FROM users u
     LEFT JOIN staff_profiles sp ON sp.user_id = u.id WHERE ${where} ORDER BY u.login LIMIT 1000`,
    params,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    login: String(r.login),
    hire_date: str(r.hire_date),
    left_date: str(r.left_date),
  }));
}

export const reportHandlers: HandlersFor<'workReports.'> = {
  async 'workReports.save'(ctx, input) {
    const user = ctx.requireUser();
    if (input.report_date > ctx.today()) throw AppError.field('VALIDATION', ['report_date'], 'report_future');
    const now = ctx.nowIso();
    const cols = {
      done: input.done,
      visits: input.visits,
      visit_count: input.visit_count,
      problems: input.problems,
      plan: input.plan,
    };
    const cur = await ctx.db.get<Raw>(
      `SELECT ${SELECT} FROM ${FROM} WHERE r.user_id = ? AND r.report_date = ?${ctx.db.forUpdate ? ' FOR UPDATE OF r' : ''}`,
      [user.id, input.report_date],
    );
    let id: number;
    if (cur) {
      const row = toRow(cur);
      if (input.version != null && input.version !== row.version) throw versionConflict();
      if (!(await editable(ctx.db, row)))
        throw AppError.field('BUSINESS_RULE', ['report_date'], 'report_locked');
      id = row.id;
      const sets = Object.keys(cols).map((k) => `${k} = ?`);
      await ctx.db.run(
        `UPDATE work_reports SET ${sets.join(', ')}, updated_at = ?, version = version + 1 WHERE id = ?`,
        [...Object.values(cols), now, id],
      );
      ctx.audit(id, `修改工作日报 ${input.report_date}`);
    } else {
      const s = await getStaffSettings(ctx.db);
      const late = now > reportDeadline(input.report_date, s);
      id = await ctx.db.insert('work_reports', {
        user_id: user.id,
        report_date: input.report_date,
        ...cols,
        submitted_at: now,
        late,
        comment_count: 0,
        created_at: now,
        updated_at: now,
        version: 0,
      });
      ctx.audit(id, `提交工作日报 ${input.report_date}${late ? '（迟交）' : ''}`);
    }
    return detail(ctx, id, [user.id]);
  },

  async 'workReports.list'(ctx, q) {
    const user = ctx.requireUser();
    const visible = await visibleUserIds(ctx.db, user);
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (visible !== null) {
      base.clauses.push(`r.user_id IN (${placeholders(visible.length)})`);
      base.params.push(...visible);
    }
    if (q.user_id) {
      base.clauses.push('r.user_id = ?');
      base.params.push(q.user_id);
    }
    if (q.date_from) {
      base.clauses.push('r.report_date >= ?');
      base.params.push(q.date_from);
    }
    if (q.date_to) {
      base.clauses.push('r.report_date <= ?');
      base.params.push(q.date_to);
    }
    if (q.unread) {
      base.clauses.push('r.read_at IS NULL AND r.user_id <> ?');
      base.params.push(user.id);
    }
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return { rows: r.rows.map(toRow), total: r.total };
  },

  async 'workReports.get'(ctx, { id }) {
    return detail(ctx, id);
  },

  async 'workReports.mine'(ctx, { report_date }) {
    const user = ctx.requireUser();
    const r = await ctx.db.get<{ id: number }>(
      'SELECT id FROM work_reports WHERE user_id = ? AND report_date = ?',
      [user.id, report_date],
    );
    return r ? detail(ctx, Number(r.id), [user.id]) : null;
  },

  async 'workReports.markRead'(ctx, { id }) {
    const user = ctx.requireUser();
    const visible = await visibleUserIds(ctx.db, user);
    const d = await detail(ctx, id, visible);
    if (!d.can_review) throw AppError.field('FORBIDDEN', ['id'], 'not_in_scope');
    if (!d.read_at) {
      await ctx.db.run(
        'UPDATE work_reports SET read_by = ?, read_at = ?, version = version + 1 WHERE id = ?',
        [user.id, ctx.nowIso(), id],
      );
      ctx.audit(id, `已阅 ${d.user_name} ${d.report_date} 日报`);
    } else ctx.audit(id, `查看 ${d.user_name} ${d.report_date} 日报`);
    return detail(ctx, id, visible);
  },

  async 'workReports.comment'(ctx, { report_id, body }) {
    const user = ctx.requireUser();
    const visible = await visibleUserIds(ctx.db, user);
    await ctx.db.get(`SELECT id FROM work_reports WHERE id = ?${ctx.db.forUpdate}`, [report_id]);
    const d = await detail(ctx, report_id, visible);
    const isAuthor = d.user_id === user.id;
    if (!isAuthor && !d.can_review) throw AppError.field('FORBIDDEN', ['body'], 'report_comment_forbidden');
    const now = ctx.nowIso();
    await ctx.db.insert('work_report_comments', { report_id, user_id: user.id, body, created_at: now });
    await ctx.db.run(
      `UPDATE work_reports SET comment_count = comment_count + 1,
       read_by = CASE WHEN read_at IS NULL AND ? THEN ? ELSE read_by END,
       read_at = CASE WHEN read_at IS NULL AND ? THEN ? ELSE read_at END,
       version = version + 1 WHERE id = ?`,
      [!isAuthor, user.id, !isAuthor, now, report_id],
    );
    const cid = await ctx.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM work_report_comments WHERE report_id = ?',
      [report_id],
    );
    // Tell the other side.
    let notify: number | null;
    if (!isAuthor) notify = d.user_id;
    else {
      const last = await ctx.db.get<{ user_id: number }>(
        'SELECT user_id FROM work_report_comments WHERE report_id = ? AND user_id <> ? ORDER BY id DESC LIMIT 1',
        [report_id, user.id],
      );
      notify = last ? Number(last.user_id) : null;
    }
    if (notify != null) {
      await addReminder(
        ctx.db,
        {
          user_id: notify,
          kind: 'report_comment',
          ref_type: 'work_report',
          ref_id: report_id,
          message: isAuthor
            ? `${user.name} 回复了 ${d.report_date} 日报的批复`
            : `${user.name} 批复了您 ${d.report_date} 的日报：${body.slice(0, 60)}`,
          dedupe_key: `report_comment:${report_id}:${Number(cid?.n ?? 0)}`,
        },
        now,
      );
    }
    ctx.audit(report_id, `${isAuthor ? '回复' : '批复'} ${d.user_name} ${d.report_date} 日报`);
    return detail(ctx, report_id, visible);
  },

  async 'workReports.stats'(ctx, q) {
    let ids = await visibleUserIds(ctx.db, ctx.requireUser());
    if (q.org_unit_id) ids = intersectIds(ids, await unitMemberIds(ctx.db, q.org_unit_id));
    const { from, to } = monthBounds(q.month);
    const people = await scopedPeople(ctx.db, ids, from);
    return reportStats(ctx.db, people, from, to, { today: ctx.today(), nowIso: ctx.nowIso() });
  },
};
